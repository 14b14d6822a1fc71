/// A month in the Republic of China calendar, written `111-03`.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ROC year (民國年).
    public let year: Int
    /// The month, 1–12.
    public let month: Int

    /// A month; `month` must be 1–12.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month))
        self.year = year
        self.month = month
    }

    /// Parses `111-03` (also `111/03`, `111-3`); nil when it is not such a month.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count <= 3, parts[1].count <= 2,
              let year = Int(parts[0]), let month = Int(parts[1]), year > 0, (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    /// The month after this one.
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1)
    }

    /// `111-03`.
    public var description: String {
        "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }
}

/// An inclusive range of months, written `111-02..111-05`.
public struct PeriodRange: Sendable, Hashable, CustomStringConvertible {
    /// The first month.
    public let first: YearMonth
    /// The last month.
    public let last: YearMonth

    /// A range; `first` must not be after `last`.
    public init(_ first: YearMonth, _ last: YearMonth) {
        precondition(first <= last)
        self.first = first
        self.last = last
    }

    /// Parses `111-02..111-05` or a single month `111-04`; nil when it cannot be read.
    public init?(_ text: String) {
        let parts = text.components(separatedBy: "..")
        if parts.count == 1, let month = YearMonth(parts[0]) {
            self.init(month, month)
            return
        }
        guard parts.count == 2, let a = YearMonth(parts[0]), let b = YearMonth(parts[1]), a <= b else { return nil }
        self.init(a, b)
    }

    /// Every month of the range, in order.
    public var months: [YearMonth] {
        var result: [YearMonth] = []
        var month = first
        while month <= last {
            result.append(month)
            month = month.next
        }
        return result
    }

    /// Whether `month` is in the range.
    public func contains(_ month: YearMonth) -> Bool {
        first <= month && month <= last
    }

    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: PeriodRange) -> Bool {
        contains(other.first) && contains(other.last)
    }

    /// `111-02..111-05`.
    public var description: String {
        first == last ? first.description : "\(first)..\(last)"
    }
}

import Foundation

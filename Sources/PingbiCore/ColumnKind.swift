import Foundation

/// What every cell of a column must hold. Declared on each ``ColumnSpec`` so that the core can
/// check every cell of every input file before a program runs (``InputValidation``) and list
/// all the problems at once. A kind checks a cell on its own; what needs other cells or other
/// files (a part larger than its whole, a unit not in the roster) stays with the program.
public enum ColumnKind: Sendable, Equatable {
    /// Free text, blank included (事蹟概述, 序號): never an error.
    case text
    /// A unit's name (公所, 縣市, 地區, 推薦機關): not blank; matched after 台→臺 and trimming.
    case unit
    /// A person's name: not blank; kept as written (trimmed only).
    case person
    /// A count: a whole number from 0 to ``CountLimit/maximum``, thousands separators allowed.
    case count
    /// A count of people (應繳人數, 督導員人數): checked as ``count``, counted in 人 rather than 件.
    case headcount
    /// A decimal number, no less than `minimum` where one is given.
    case number(minimum: Decimal?)
    /// A rate in percent from 0 to 100 (`68.70%` or `68.70`).
    case rate
    /// A signed percentage difference (`-0.23%`).
    case percent
    /// A number within a closed range (a panel score 0–100).
    case range(Decimal, Decimal)
    /// A month written `111-03`, inside `period`.
    case month(PeriodRange)
    /// One of the listed values, exactly (after trimming).
    case choice([String])
    /// A value the program's own reader accepts (組別 `1` or `第一組`); `description` says what
    /// is expected. Two such kinds are equal when their descriptions are.
    case accepted(description: String, by: @Sendable (String) -> Bool)

    /// The problem with a cell whose text (trimmed of spaces) is `text`, or nil when the cell
    /// is what this kind holds. A blank cell is checked here only where the column does not
    /// allow blanks.
    public func problem(_ text: String) -> CellExpectation? {
        switch self {
        case .text:
            return nil
        case .unit:
            return UnitName.normalize(text).isEmpty ? .nonEmpty : nil
        case .person:
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? .nonEmpty : nil
        case .choice(let allowed):
            return allowed.contains(text) ? nil : .oneOf(allowed)
        case .accepted(let description, let accepts):
            return accepts(text) ? nil : .described(description)
        case .month(let period):
            guard let month = YearMonth(text) else { return .described("民國年-月，例如 \(period.first.year)-03") }
            return period.contains(month) ? nil : .described("計畫期間 \(period) 內的月份")
        case .count, .headcount, .number, .rate, .percent, .range:
            if text.isEmpty { return .nonEmpty }
            do throws(CellError) {
                try parse(text)
                return nil
            } catch {
                return error.expected
            }
        }
    }

    /// Parses a numeric cell, throwing the expectation it fails.
    private func parse(_ text: String) throws(CellError) {
        switch self {
        case .count, .headcount:
            _ = try CountLimit.parse(text)
        case .number(let minimum):
            let value = try CellParser.number(text)
            if let minimum, value < minimum { throw CellError(expected: .described("不小於 \(minimum.plainText) 的數字")) }
        case .rate:
            _ = try CellParser.rate(text)
        case .percent:
            _ = try CellParser.percent(text)
        case .range(let low, let high):
            let value = try CellParser.number(text)
            if value < low || value > high { throw CellError(expected: .range(low, high)) }
        default:
            break
        }
    }

    /// The word a quantity of this kind is counted in: 人 for a ``headcount``, else 件.
    public var countWord: String { self == .headcount ? "人" : "件" }

    /// Whether cells of this kind are counts (``count`` or ``headcount``).
    var isCount: Bool { self == .count || self == .headcount }

    /// Whether cells of this kind repeat down a column (names, months, choices), so that a
    /// check remembers the cells it has seen rather than checking each again.
    var repeatsDownAColumn: Bool {
        switch self {
        case .unit, .person, .month, .choice, .accepted: true
        default: false
        }
    }

    /// The form of a valid cell by which two rows are compared as keys: a unit's normalised
    /// name, a month as `111-03`, otherwise the text as written (trimmed).
    func keyForm(_ text: String) -> String {
        switch self {
        case .unit: UnitName.normalize(text)
        case .person: text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .month: YearMonth(text).map(\.description) ?? text
        default: text
        }
    }

    /// Whether two kinds are the same: same case and values (``accepted(description:by:)`` by
    /// its description).
    public static func == (a: ColumnKind, b: ColumnKind) -> Bool {
        switch (a, b) {
        case (.text, .text), (.unit, .unit), (.person, .person), (.count, .count), (.headcount, .headcount), (.rate, .rate), (.percent, .percent):
            true
        case (.number(let x), .number(let y)): x == y
        case (.range(let a1, let a2), .range(let b1, let b2)): a1 == b1 && a2 == b2
        case (.month(let x), .month(let y)): x == y
        case (.choice(let x), .choice(let y)): x == y
        case (.accepted(let x, _), .accepted(let y, _)): x == y
        default: false
        }
    }
}

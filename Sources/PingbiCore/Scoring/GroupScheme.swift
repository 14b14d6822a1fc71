import Foundation

/// Groups of units by a measured value (肆、一: 依110年每月平均異動筆數分為 4 組): group 1 holds
/// the largest values, each group down to its lower bound, the last group the rest.
///
/// A document writes the bounds as whole-number ranges (≥200、80~199、30~79、<29), which leave
/// gaps between them; ``group(for:asWritten:)`` reads them either as half-open intervals (no
/// gaps) or as written (a value in a gap has no group).
public struct GroupScheme: Sendable, Equatable {
    /// The column of the measured value (`110年月平均異動筆數`).
    public var measure: String
    /// The lower bound of each group but the last, descending (111: 200, 80, 30).
    public var lowerBounds: [Decimal]
    /// The number of units the document lists in each group, in group order (nil: not listed).
    public var documentedSizes: [Int]?

    /// Groups of `measure` above `lowerBounds`, with the sizes the document lists.
    public init(measure: String, lowerBounds: [Decimal], documentedSizes: [Int]? = nil) {
        self.measure = measure
        self.lowerBounds = lowerBounds
        self.documentedSizes = documentedSizes
    }

    /// The number of groups.
    public var count: Int { lowerBounds.count + 1 }
    /// The group numbers, 1 first.
    public var numbers: [Int] { Array(1...count) }

    /// The Chinese numeral of a group number (`一` for 1), up to 十.
    public static func numeral(_ number: Int) -> String {
        let numerals = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        return numerals.indices.contains(number) ? numerals[number] : "\(number)"
    }

    /// A group's title: `第一組`.
    public func title(_ number: Int) -> String { "第\(Self.numeral(number))組" }
    /// Every group's title, by its number as text (what a result's `groupTitles` holds).
    public var titles: [String: String] {
        Dictionary(uniqueKeysWithValues: numbers.map { ("\($0)", title($0)) })
    }

    /// The documented size of `group`, if listed.
    public func documentedSize(of group: Int) -> Int? {
        documentedSizes.flatMap { $0.indices.contains(group - 1) ? $0[group - 1] : nil }
    }

    /// The group of `value`: half-open intervals, or (`asWritten`) the whole-number ranges the
    /// document writes, where a value in a gap (199–200) has no group.
    public func group(for value: Decimal, asWritten: Bool) -> Int? {
        for (index, lower) in lowerBounds.enumerated() where value >= lower {
            guard asWritten, index > 0 else { return index + 1 }
            return value <= lowerBounds[index - 1] - 1 ? index + 1 : nil
        }
        guard asWritten, let last = lowerBounds.last else { return count }
        return value < last - 1 ? count : nil
    }

    /// A group cell: `1`…, `一`…, or `第一組`…; nil when it is none of these.
    public func parse(_ text: String) -> Int? {
        var key = text
        if key.hasPrefix("第") { key.removeFirst() }
        if key.hasSuffix("組") { key.removeLast() }
        return numbers.first { "\($0)" == key || Self.numeral($0) == key }
    }

    /// The numbers a group cell may hold: `1 到 4（或 一、二、三、四）`.
    public var numbersText: String {
        "1 到 \(count)（或 " + numbers.map(Self.numeral).joined(separator: "、") + "）"
    }

    /// The bounds as the document writes them: `≥200、80~199、30~79、<29`.
    public var asWrittenText: String {
        var parts: [String] = []
        for (index, lower) in lowerBounds.enumerated() {
            parts.append(index == 0 ? "≥\(lower.plainText)" : "\(lower.plainText)~\((lowerBounds[index - 1] - 1).plainText)")
        }
        if let last = lowerBounds.last { parts.append("<\((last - 1).plainText)") }
        return parts.joined(separator: "、")
    }

    /// The bounds as half-open intervals, `titled` with their groups: `≥200 第一組、80–<200
    /// 第二組、…、<30 第四組` (or `≥200、80–<200、…、<30`).
    public func halfOpenText(titled: Bool) -> String {
        var parts: [String] = []
        for (index, lower) in lowerBounds.enumerated() {
            let range = index == 0 ? "≥\(lower.plainText)" : "\(lower.plainText)–<\(lowerBounds[index - 1].plainText)"
            parts.append(titled ? "\(range) \(title(index + 1))" : range)
        }
        if let last = lowerBounds.last { parts.append("<\(last.plainText)" + (titled ? " \(title(count))" : "")) }
        return parts.joined(separator: "、")
    }
}

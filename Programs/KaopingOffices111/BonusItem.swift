import Foundation
import PingbiCore

/// What a bonus item (6)–(8) reads: one office's activity and the readings.
public struct BonusInput: Sendable {
    /// The office.
    public let office: OfficeActivity
    /// The readings in force.
    public let readings: ReadingChoices

    /// An office's input.
    public init(office: OfficeActivity, readings: ReadingChoices) {
        self.office = office
        self.readings = readings
    }

    /// An office with one month of `counts`, for examples.
    public static func oneMonth(_ counts: Counts, cardSite: Bool = false, readings: [String: String] = [:]) -> BonusInput {
        BonusInput(
            office: OfficeActivity(
                office: Office(name: "甲", group: 1, isCardSite: cardSite), months: [(YearMonth(year: 111, month: 2), counts)]),
            readings: ReadingChoices(readings))
    }
}

/// A bonus item: points from the office's own counts, capped, added to the total unweighted.
public protocol BonusItem: Indicator where Input == BonusInput, Output == ItemScore {
    /// The short label of its column: `LINE` in `(6)LINE`.
    var label: String { get }
    /// The columns of `activity.csv` it reads: they are required while the item is in the program.
    var columns: [CountColumn] { get }
}

extension BonusItem {
    /// The item's number as the document writes it (`6` for `S6`).
    public var number: String { String(id.dropFirst()) }

    /// Finishes a bonus score: the formula with its numbers, the cap, the rounding.
    public func finish(
        _ input: BonusInput, inputs: [(String, Int)], formula: String, substitution: String, points: Decimal, cap: Int
    ) -> ItemScore {
        var explanation = Explanation("\(id) \(name)（加分）")
        for (label, count) in inputs { explanation.input(label, count: count) }
        explanation.add(.formula, formula)
        explanation.add(.substitution, "\(substitution) = \(points.plainText)")
        let score = ScoreSteps.cap(Fraction(points), at: cap, &explanation)
        let value = ScoreSteps.finish(score, input.readings(KaopingReadings.rounding), &explanation)
        return ItemScore(unit: input.office.office.name, a: nil, score: score, value: value, aExplanation: nil, explanation: explanation)
    }

    /// The shown score for one month of `counts` (for examples).
    public func score(_ counts: Counts, cardSite: Bool = false, readings: [String: String] = [:]) -> Decimal {
        evaluate(.oneMonth(counts, cardSite: cardSite, readings: readings)).value
    }
}

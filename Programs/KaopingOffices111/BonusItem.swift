import Foundation
import PingbiCore

/// What a bonus item (6)–(8) reads: one office's activity and the readings.
struct BonusInput: Sendable {
    /// The office.
    let office: OfficeActivity
    /// The readings in force.
    let readings: ReadingChoices

    /// An office with one month of `counts`, for examples.
    static func oneMonth(_ counts: Counts, cardSite: Bool = false, readings: [String: String] = [:]) -> BonusInput {
        BonusInput(
            office: OfficeActivity(
                office: Office(name: "甲", group: 1, isCardSite: cardSite), months: [(YearMonth(year: 111, month: 2), counts)]),
            readings: ReadingChoices(readings))
    }
}

/// A bonus item: points from the office's own counts, capped, added to the total unweighted.
protocol BonusItem: Indicator where Input == BonusInput, Output == ItemScore {}

extension BonusItem {
    /// Finishes a bonus score: the formula with its numbers, the cap, the rounding.
    func finish(
        _ input: BonusInput, inputs: [(String, Int)], formula: String, substitution: String, points: Decimal, cap: Int
    ) -> ItemScore {
        var explanation = Explanation("\(id) \(name)（加分）")
        for (label, count) in inputs { explanation.input(label, Decimal(count)) }
        explanation.add(.formula, formula)
        explanation.add(.substitution, "\(substitution) = \(points.plainText)")
        let score = ItemSteps.cap(Fraction(points), at: cap, &explanation)
        let value = ItemSteps.finish(score, input.readings(KaopingReadings.rounding), &explanation)
        return ItemScore(unit: input.office.office.name, a: nil, score: score, value: value, aExplanation: nil, explanation: explanation)
    }

    /// The shown score for one month of `counts` (for examples).
    func score(_ counts: Counts, cardSite: Bool = false, readings: [String: String] = [:]) -> Decimal {
        evaluate(.oneMonth(counts, cardSite: cardSite, readings: readings)).value
    }
}

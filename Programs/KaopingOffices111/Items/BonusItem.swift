import Foundation
import PingbiCore

/// What a bonus item (6)–(8) reads: one office's activity and the readings.
public typealias BonusInput = UnitMember<OfficeActivity>

extension UnitMember where Unit == OfficeActivity {
    /// The office.
    public var office: OfficeActivity { unit }

    /// An office's input.
    public init(office: OfficeActivity, readings: ReadingChoices) {
        self.init(unit: office, readings: readings)
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
public protocol BonusItem: UnitScoredItem where Unit == OfficeActivity {
    /// The short label of its column: `LINE` in `(6)LINE`.
    var label: String { get }
    /// The columns of `activity.csv` it reads: they are required while the item is in the program.
    var columns: [CountColumn] { get }
}

extension BonusItem {
    /// Added to the total unweighted.
    public var isBonus: Bool { true }
    /// The item's number as the document writes it (`6` for `S6`).
    public var number: String { String(id.dropFirst()) }

    /// Finishes a bonus score: the formula with its numbers, the cap, the rounding. The inputs,
    /// formula and substitution are only written when the explanation records (a run computed
    /// silently writes no text per office).
    public func finish(
        _ input: BonusInput, inputs: @autoclosure () -> [(String, Int)], formula: @autoclosure () -> String,
        substitution: @autoclosure () -> String, points: Decimal, cap: Int
    ) -> ItemScore {
        var explanation = Explanation("\(id) \(name)（加分）")
        if Explanation.records { for (label, count) in inputs() { explanation.input(label, count: count) } }
        explanation.add(.formula, formula())
        explanation.add(.substitution, "\(substitution()) = \(points.plainText)")
        let score = ScoreSteps.cap(Fraction(points), at: cap, &explanation)
        let value = ScoreSteps.finish(score, input.readings(KaopingReadings.rounding), &explanation)
        return ItemScore(unit: input.office.office.name, a: nil, score: score, value: value, aExplanation: nil, explanation: explanation)
    }

    /// The shown score for one month of `counts` (for examples).
    public func score(_ counts: Counts, cardSite: Bool = false, readings: [String: String] = [:]) -> Decimal {
        evaluate(.oneMonth(counts, cardSite: cardSite, readings: readings)).value
    }
}

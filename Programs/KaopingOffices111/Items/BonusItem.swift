import Foundation
import PingbiCore

/// What a bonus item (6)–(8) reads: one office's activity and the readings.
public typealias BonusInput = UnitMember<OfficeActivity>

extension UnitMember where Unit == OfficeActivity {
    /// The office (read where the input keeps it, not copied).
    public var office: OfficeActivity {
        _read { yield unit }
    }

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
    /// silently writes no text per office); a run computed silently under `rounding=items`
    /// rounds the capped points from their digits (``ScoreSteps/cappedTenths(_:cap:)``), its
    /// exact score not made (nil, as ``ItemScore/score`` allows).
    public func finish(
        _ input: BonusInput, inputs: @autoclosure () -> [(String, Int)], formula: @autoclosure () -> String,
        substitution: @autoclosure () -> String, points: Decimal, cap: Int
    ) -> ItemScore {
        let rounding: RoundingStage = input.readings(KaopingReadings.rounding)
        if rounding == .items, !Explanation.records, let tenths = ScoreSteps.cappedTenths(points, cap: cap) {
            return ItemScore(
                unit: input.office.office.name, a: nil, score: nil, value: Fraction.decimal(tenths: tenths), aExplanation: nil,
                explanation: .silent)
        }
        var explanation = Explanation("\(id) \(name)（加分）")
        if Explanation.records { for (label, count) in inputs() { explanation.input(label, count: count) } }
        explanation.add(.formula, formula())
        explanation.add(.substitution, "\(substitution()) = \(points.plainText)")
        let score = ScoreSteps.cap(Fraction(points), at: cap, &explanation)
        let value = ScoreSteps.finish(score, rounding, &explanation)
        return ItemScore(unit: input.office.office.name, a: nil, score: score, value: value, aExplanation: nil, explanation: explanation)
    }

    /// Σ count × weight over `terms`, exact: summed as whole hundredths where every weight has
    /// at most two decimals and nothing overflows 64 bits (no `Decimal` multiplication per
    /// office), else by `Decimal` arithmetic. The same value either way, so the same score and
    /// the same text (`2.5`).
    func points(_ terms: [(count: Int, weight: Decimal)]) -> Decimal {
        var hundredths = 0
        for term in terms {
            guard let parts = term.weight.smallParts, parts.exponent >= -2, parts.exponent <= 0,
                let significand = Int(exactly: parts.significand)
            else { return decimalPoints(terms) }
            let (weight, o1) = significand.multipliedReportingOverflow(by: parts.exponent == 0 ? 100 : parts.exponent == -1 ? 10 : 1)
            let (product, o2) = term.count.multipliedReportingOverflow(by: parts.negative ? -weight : weight)
            let (sum, o3) = hundredths.addingReportingOverflow(product)
            guard !o1, !o2, !o3 else { return decimalPoints(terms) }
            hundredths = sum
        }
        return Decimal(sign: hundredths < 0 ? .minus : .plus, exponent: -2, significand: Decimal(hundredths.magnitude))
    }

    /// Σ count × weight by `Decimal` arithmetic.
    private func decimalPoints(_ terms: [(count: Int, weight: Decimal)]) -> Decimal {
        terms.reduce(Decimal(0)) { $0 + Decimal($1.count) * $1.weight }
    }

    /// The shown score for one month of `counts` (for examples).
    public func score(_ counts: Counts, cardSite: Bool = false, readings: [String: String] = [:]) -> Decimal {
        evaluate(.oneMonth(counts, cardSite: cardSite, readings: readings)).value
    }
}

import Foundation
import PingbiCore

/// One office's result on one item: its raw value A, its exact score, the value the result
/// shows, and the explanations behind both.
public struct ItemScore: Sendable {
    /// The office.
    public let unit: String
    /// The raw value A (nil when undefined, or for the bonus items).
    public let a: Fraction?
    /// The exact score after cap and floor, before any rounding; nil where the rounded value
    /// was decided without it (``GuardedSum``, `rounding=items` only).
    public let score: Fraction?
    /// The score as the result shows it: rounded to one decimal under `rounding=items`,
    /// else exact (or, if not a finite decimal, to 6 decimals, the total using the exact value).
    public let value: Decimal
    /// The explanation of A.
    public let aExplanation: Explanation?
    /// The explanation of the score.
    public let explanation: Explanation
    /// The group's B the score was measured against (nil for the bonus items, or when B is 0).
    public let mean: Decimal?

    /// A score.
    public init(
        unit: String, a: Fraction?, score: Fraction?, value: Decimal, aExplanation: Explanation?, explanation: Explanation,
        mean: Decimal? = nil
    ) {
        self.mean = mean
        self.unit = unit
        self.a = a
        self.score = score
        self.value = value
        self.aExplanation = aExplanation
        self.explanation = explanation
    }

    /// The score that enters the total: the rounded value under `items`, else the exact score.
    func forTotal(_ rounding: RoundingStage) -> Fraction {
        // Under `total-only` every score is exact (the guarded path serves `items` only).
        rounding == .items ? Fraction(value) : score!
    }
}

/// What the group-relative items read: the offices of one group, the readings, and the
/// program's weights (which an item's titles and notes quote).
public struct GroupInput: Sendable {
    /// The offices of the group.
    public let offices: [OfficeActivity]
    /// The readings in force.
    public let readings: ReadingChoices
    /// The weights of the program's items, by item id.
    public let weights: [String: Decimal]

    /// A group's input; the 111 document's weights unless `weights` is given.
    public init(offices: [OfficeActivity], readings: ReadingChoices, weights: [String: Decimal] = Kaoping111.documentWeights) {
        self.offices = offices
        self.readings = readings
        self.weights = weights
    }

    /// An item's weight in percent, as titles write it (`30` for 0.30); `?` when it has none.
    public func percent(of id: String) -> String {
        weights[id].map { ($0 * 100).plainText } ?? "?"
    }

    /// A group of offices with one month (111-02) of counts each, for examples.
    public static func oneMonth(_ counts: [String: Counts], readings: [String: String] = [:]) -> GroupInput {
        GroupInput(
            offices: counts.keys.sorted().map { name in
                OfficeActivity(office: Office(name: name, group: 1), months: [(YearMonth(year: 111, month: 2), counts[name]!)])
            },
            readings: ReadingChoices(readings))
    }
}

/// Shared steps of every item's explanation: caps on fractions and the final rounding.
enum ItemSteps {
    /// Applies an upper bound to an exact score and records it.
    static func cap(_ value: Fraction, at limit: Int, _ explanation: inout Explanation) -> Fraction {
        if value > Fraction(limit) {
            explanation.add(.limit, "\(value) 超過上限 \(limit)，以 \(limit) 計")
            return Fraction(limit)
        }
        explanation.add(.limit, "未超過上限 \(limit)")
        return value
    }

    /// Rounds per the `rounding` reading, records the result, and returns the shown value.
    static func finish(_ score: Fraction, _ rounding: RoundingStage, _ explanation: inout Explanation) -> Decimal {
        switch rounding {
        case .items:
            let value = score.rounded(1), text = score.roundedText(1)
            explanation.add(.rounding, "\(score) 四捨五入至小數 1 位 = \(text)")
            explanation.add(.result, text)
            return value
        case .totalOnly:
            explanation.add(.note, "rounding=total-only：本項不四捨五入，以精確值 \(score) 計入總分")
            explanation.add(.result, score.description)
            return score.display()
        }
    }
}

extension Explanation {
    /// Adds a count read from the input: `加保 = 12` (as `input(_:_:)` writes a whole number,
    /// without formatting a `Decimal`).
    mutating func input(_ name: String, count: Int) {
        add(.input, "\(name) = \(count)")
    }
}

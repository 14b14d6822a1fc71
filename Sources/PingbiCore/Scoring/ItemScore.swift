import Foundation

/// One unit's result on one item: its raw value A, its exact score, the value the result
/// shows, and the explanations behind both.
public struct ItemScore: Sendable {
    /// The unit.
    public let unit: String
    /// The raw value A (nil when undefined, or for an item without one, like a bonus).
    public let a: Fraction?
    /// A as the result shows it when that is not A's own decimal (a rate rounded as a reading
    /// says, ranked exactly as ``a``); nil to show A.
    public let shownA: Decimal?
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
    /// The group's B the score was measured against (nil for an item not measured against a
    /// group, or when B is 0).
    public let mean: Decimal?

    /// A score.
    public init(
        unit: String, a: Fraction?, score: Fraction?, value: Decimal, aExplanation: Explanation?, explanation: Explanation,
        mean: Decimal? = nil, shownA: Decimal? = nil
    ) {
        self.mean = mean
        self.shownA = shownA
        self.unit = unit
        self.a = a
        self.score = score
        self.value = value
        self.aExplanation = aExplanation
        self.explanation = explanation
    }

    /// The score that enters the total: the rounded value under `items`, else the exact score.
    public func forTotal(_ rounding: RoundingStage) -> Fraction {
        // Under `total-only` every score is exact (the guarded path serves `items` only).
        rounding == .items ? Fraction(value) : score!
    }
}

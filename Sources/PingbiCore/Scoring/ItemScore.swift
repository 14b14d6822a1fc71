import Foundation

/// One unit's result on one item: its raw value A, its exact score, the value the result
/// shows, and the explanations behind both.
///
/// A score is made per unit and item (800,000 of them for 100,000 offices) and taken apart
/// into the score sheet's columns (``ScoreColumn``): its explanations are kept in one shared
/// box, and not at all when they record nothing (a score computed inside ``Explanation/silently(_:)``).
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
    /// The group's B the score was measured against (nil for an item not measured against a
    /// group, or when B is 0).
    public let mean: Decimal?
    /// The explanations, when either records anything.
    let explained: Explained?

    /// The explanations of A and of the score, boxed: one reference in a score, not four.
    final class Explained: Sendable {
        let a: Explanation?
        let score: Explanation

        init(a: Explanation?, score: Explanation) {
            self.a = a
            self.score = score
        }
    }

    /// The explanation of A (nil for an item without one, and for a score made silently).
    public var aExplanation: Explanation? { explained?.a }
    /// The explanation of the score (one that records nothing, for a score made silently).
    public var explanation: Explanation { explained?.score ?? .silent }

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
        let records = explanation.isRecording || aExplanation?.isRecording == true
        self.explained = records ? Explained(a: aExplanation, score: explanation) : nil
    }

    /// A score from its parts as a ``ScoreColumn`` keeps them.
    init(unit: String, a: Fraction?, score: Fraction?, value: Decimal, mean: Decimal?, shownA: Decimal?, explained: Explained?) {
        self.unit = unit
        self.a = a
        self.shownA = shownA
        self.score = score
        self.value = value
        self.mean = mean
        self.explained = explained
    }

    /// The score that enters the total: the rounded value under `items`, else the exact score.
    public func forTotal(_ rounding: RoundingStage) -> Fraction {
        // Under `total-only` every score is exact (the guarded path serves `items` only).
        rounding == .items ? Fraction(value) : score!
    }
}

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
    /// The score's parts, which a score sheet keeps (``ScoreColumn``) without the unit.
    public let parts: Parts

    /// A score without its unit: what an item scoring a group's members by their index makes
    /// (``GroupScoredItem/eachScore(_:_:)``), the unit's name read only where a score is handed
    /// out by name.
    public struct Parts: Sendable {
        /// The raw value A (nil when undefined, or for an item without one, like a bonus).
        public let a: Fraction?
        /// A as the result shows it when that is not A's own decimal (a rate rounded as a
        /// reading says, ranked exactly as ``a``); nil to show A.
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

        /// A score's parts; its explanations kept only when either records anything.
        public init(
            a: Fraction?, score: Fraction?, value: Decimal, aExplanation: Explanation?, explanation: Explanation,
            mean: Decimal? = nil, shownA: Decimal? = nil
        ) {
            let records = explanation.isRecording || aExplanation?.isRecording == true
            self.init(
                a: a, score: score, value: value, mean: mean, shownA: shownA,
                explained: records ? Explained(a: aExplanation, score: explanation) : nil)
        }

        /// A score's parts as a ``ScoreColumn`` keeps them.
        init(a: Fraction?, score: Fraction?, value: Decimal, mean: Decimal?, shownA: Decimal?, explained: Explained?) {
            self.a = a
            self.shownA = shownA
            self.score = score
            self.value = value
            self.mean = mean
            self.explained = explained
        }
    }

    /// The raw value A (nil when undefined, or for an item without one, like a bonus).
    public var a: Fraction? { parts.a }
    /// A as the result shows it when that is not A's own decimal (a rate rounded as a reading
    /// says, ranked exactly as ``a``); nil to show A.
    public var shownA: Decimal? { parts.shownA }
    /// The exact score after cap and floor, before any rounding; nil where the rounded value
    /// was decided without it (``GuardedSum``, `rounding=items` only).
    public var score: Fraction? { parts.score }
    /// The score as the result shows it: rounded to one decimal under `rounding=items`,
    /// else exact (or, if not a finite decimal, to 6 decimals, the total using the exact value).
    public var value: Decimal { parts.value }
    /// The group's B the score was measured against (nil for an item not measured against a
    /// group, or when B is 0).
    public var mean: Decimal? { parts.mean }
    /// The explanations, when either records anything.
    var explained: Explained? { parts.explained }

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
        self.init(
            unit: unit,
            Parts(a: a, score: score, value: value, aExplanation: aExplanation, explanation: explanation, mean: mean, shownA: shownA))
    }

    /// `unit`'s score of `parts`.
    public init(unit: String, _ parts: Parts) {
        self.unit = unit
        self.parts = parts
    }

    /// A score from its parts as a ``ScoreColumn`` keeps them.
    init(unit: String, a: Fraction?, score: Fraction?, value: Decimal, mean: Decimal?, shownA: Decimal?, explained: Explained?) {
        self.init(unit: unit, Parts(a: a, score: score, value: value, mean: mean, shownA: shownA, explained: explained))
    }

    /// The score that enters the total: the rounded value under `items`, else the exact score.
    public func forTotal(_ rounding: RoundingStage) -> Fraction {
        // Under `total-only` every score is exact (the guarded path serves `items` only).
        rounding == .items ? Fraction(value) : score!
    }
}

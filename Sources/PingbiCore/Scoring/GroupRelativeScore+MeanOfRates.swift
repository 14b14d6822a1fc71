import Foundation

extension GroupRelativeScore {
    /// What B is for a group whose A are rates (a quotient per member, undefined at a zero
    /// denominator).
    public enum RateMean: Sendable {
        /// B = ΣA / n over the members whose rate is defined: a sum of quotients, kept exact.
        case meanOfRates
        /// B given by the caller (a pooled rate, Σ numerators ÷ Σ denominators × 100), with the
        /// explanation line that shows it; nil when the group has no pooled rate (every
        /// denominator 0, so no member has a rate either).
        case pooled(Fraction?, shown: String)
    }

    /// The program's words around the kit's steps in each member's explanation.
    public struct RateWording: Sendable {
        /// What an undefined A shows as (`無（承保異動量為 0）`, in `A = …`).
        public var noRate: String
        /// The note on how B is taken (the reading in force), for every member with a rate.
        public var mean: String
        /// Why a member has no rate (`承保異動量為 0：申辦率 A 無定義`): the note before its base score.
        public var undefined: String

        /// Words for an item's explanations.
        public init(noRate: String, mean: String, undefined: String) {
            self.noRate = noRate
            self.mean = mean
            self.undefined = undefined
        }
    }

    /// Scores every member of a group from its rate A (nil: undefined) against B, bounded by
    /// `formula` and rounded at `rounding`. A member whose rate is undefined is left out of n
    /// and ΣA and scores the base.
    ///
    /// Under ``RateMean/meanOfRates`` ΣA is a sum of fractions whose denominator grows with the
    /// group: when nobody reads the explanations (``Explanation/silently(_:)``), scores are
    /// rounded to one decimal and there is no floor, a member's score is decided from a
    /// ``GuardedSum`` where it can be (its ``ItemScore/score`` is then nil and its explanation
    /// only a title), and the exact ΣA is computed only for the members it does not decide.
    public static func scoresOfRates(
        title: String, members: [(unit: String, a: Fraction?, explanation: Explanation)], mean: RateMean,
        formula: Formula, rounding: RoundingStage, wording: RateWording
    ) -> [ItemScore] {
        let defined = members.compactMap(\.a)
        var pooled: (b: Fraction?, shown: String)?
        if case .pooled(let b, let shown) = mean { pooled = (b, shown) }
        let guarded = pooled == nil && rounding == .items && formula.floor == nil && !Explanation.records
            ? GuardedSum(defined) : nil
        // The exact n and ΣA, made the first time a member needs them.
        var exactGroup: GroupSum?
        func group() -> GroupSum {
            if let exactGroup { return exactGroup }
            let made = GroupSum(count: defined.count, sum: defined.reduce(Fraction(0), +))
            exactGroup = made
            return made
        }
        // B as the scores used it, for the unit pages (nil when B is 0).
        let pooledMean = pooled?.b.flatMap { $0.isZero ? nil : $0.display() }
        let guardedMean: Decimal? = guarded.flatMap { sum in
            if let mean = sum.meanDisplay { return mean == 0 ? nil : mean }
            return group().mean?.display()
        }
        var scores: [ItemScore] = []
        scores.reserveCapacity(members.count)
        for member in members {
            if let guarded, let a = member.a,
                let tenths = guarded.relativeScoreTenths(a: a, factor: formula.factor, base: formula.base, cap: formula.cap)
            {
                scores.append(ItemScore(
                    unit: member.unit, a: a, score: nil, value: Fraction(tenths, 10).rounded(1),
                    aExplanation: member.explanation, explanation: Explanation(title), mean: guardedMean))
                continue
            }
            var explanation = Explanation(title)
            explanation.add(.value, "A = \(member.a?.description ?? wording.noRate)")
            var score: Fraction
            if let a = member.a {
                explanation.add(.note, wording.mean)
                if let pooled {
                    explanation.add(.substitution, pooled.shown)
                    score = byMean(a: a, b: pooled.b ?? Fraction(0), factor: formula.factor, base: formula.base, explanation: &explanation)
                } else {
                    score = bySum(a: a, group: group(), factor: formula.factor, base: formula.base, explanation: &explanation)
                }
                score = bounded(score, formula, &explanation)
            } else {
                explanation.add(.note, "\(wording.undefined)，本項得分為 \(formula.base)")
                score = Fraction(formula.base)
            }
            let value = ScoreSteps.finish(score, rounding, &explanation)
            scores.append(ItemScore(
                unit: member.unit, a: member.a, score: score, value: value, aExplanation: member.explanation,
                explanation: explanation, mean: pooled == nil ? group().mean?.display() : pooledMean))
        }
        return scores
    }
}

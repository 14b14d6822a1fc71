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

    /// Scores every member of a group from its rate A (nil: undefined) against B, bounded by
    /// `formula` and rounded at `rounding`. A member whose rate is undefined is left out of n
    /// and ΣA and scores the base. The program words each member's explanation: `noRate` is
    /// what an undefined A shows as (`A = 無（承保異動量為 0）`), `note` says how B is taken (the
    /// reading in force) for every member with a rate, and `undefined` why a member has none
    /// (`承保異動量為 0：申辦率 A 無定義`, before its base score).
    ///
    /// Under ``RateMean/meanOfRates`` ΣA is a sum of fractions whose denominator grows with the
    /// group: when nobody reads the explanations (``Explanation/silently(_:)``), scores are
    /// rounded to one decimal and there is no floor, a member's score is decided from a
    /// ``GuardedSum`` where it can be (its ``ItemScore/score`` is then nil and its explanation
    /// only a title), and the exact ΣA is computed only for the members it does not decide.
    public static func scoresOfRates(
        title: String, members: [(unit: String, a: Fraction?, explanation: Explanation)], mean: RateMean,
        formula: Formula, rounding: RoundingStage, noRate: String, note: String, undefined: String
    ) -> [ItemScore] {
        var scores: [ItemScore] = []
        scores.reserveCapacity(members.count)
        eachScoreOfRates(
            title: title, members: Members(members), mean: mean, formula: formula, rounding: rounding, noRate: noRate, note: note,
            undefined: undefined
        ) { scores.append(ItemScore(unit: members[$0].unit, $1)) }
        return scores
    }

    /// The scores of ``scoresOfRates(title:members:mean:formula:rounding:noRate:note:undefined:)``,
    /// each handed to `body` with its member's index as it is made, in the members' order (no
    /// array of them).
    public static func eachScoreOfRates(
        title: String, members: Members, mean: RateMean, formula: Formula, rounding: RoundingStage, noRate: String,
        note: String, undefined: String, _ body: (Int, ItemScore.Parts) -> Void
    ) {
        let defined = members.defined
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
        // B as the scores used it, for the unit pages (nil when B is 0). A mean of rates is shown
        // as the guarded sum decides it (``GuardedSum/meanDisplay``), else as the exact mean's
        // display, whichever path scores the members: a unit explained shows the B of the run.
        let shownMean: Decimal?
        if let pooled {
            shownMean = pooled.b.flatMap { $0.isZero ? nil : $0.display() }
        } else if let mean = (guarded ?? GuardedSum(defined)).meanDisplay {
            shownMean = mean == 0 ? nil : mean
        } else {
            shownMean = group().mean?.display()
        }
        // Each member's explanation starts as this one (made once: it reads whether explanations record).
        let titled = Explanation(title)
        for index in members.a.indices {
            let a = members.a[index], aExplanation = members.explanation(index)
            if let guarded, let a, let tenths = guarded.relativeScoreTenths(a: a, factor: formula.factor, base: formula.base, cap: formula.cap) {
                body(index, ItemScore.Parts(
                    a: a, score: nil, value: Fraction.decimal(tenths: tenths), aExplanation: aExplanation, explanation: titled,
                    mean: shownMean))
                continue
            }
            var explanation = titled
            explanation.add(.value, "A = \(a?.description ?? noRate)")
            var score: Fraction
            if let a {
                explanation.add(.note, note)
                if let pooled {
                    explanation.add(.substitution, pooled.shown)
                    score = byMean(a: a, b: pooled.b ?? Fraction(0), factor: formula.factor, base: formula.base, explanation: &explanation)
                } else {
                    score = bySum(a: a, group: group(), factor: formula.factor, base: formula.base, explanation: &explanation)
                }
                score = bounded(score, formula, &explanation)
            } else {
                explanation.add(.note, "\(undefined)，本項得分為 \(formula.base)")
                score = Fraction(formula.base)
            }
            let value = ScoreSteps.finish(score, rounding, &explanation)
            body(index, ItemScore.Parts(
                a: a, score: score, value: value, aExplanation: aExplanation, explanation: explanation,
                mean: shownMean))
        }
    }
}

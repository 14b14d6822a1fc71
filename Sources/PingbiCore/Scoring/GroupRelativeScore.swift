import Foundation

/// A score measured against the unit's group: 〔(A−B)/B〕×factor+base, where B is the group's
/// mean of A (or a pooled B the caller gives), then capped, floored and rounded.
///
/// With B as the mean it is computed as ((n·A − ΣA) × factor) / ΣA + base on exact fractions,
/// so a score that is exactly x.x5 rounds up exactly. B = 0 gives the base (a unit equal to
/// the mean scores the base).
public enum GroupRelativeScore {
    /// A group's n and ΣA, with the texts every member's explanation quotes (written once per
    /// group: ΣA of a mean of rates is a fraction of hundreds of digits).
    public struct GroupSum: Sendable {
        /// The number of members.
        public let count: Int
        /// ΣA.
        public let sum: Fraction
        /// ΣA as text.
        let sumText: String
        /// B = ΣA / n as text (nil when ΣA = 0).
        let meanText: String?

        /// The group's n and ΣA.
        public init(count: Int, sum: Fraction) {
            self.count = count
            self.sum = sum
            // The texts only when explanations record (ΣA of a mean of rates has hundreds of digits).
            let records = Explanation.records
            self.sumText = records ? sum.description : ""
            self.meanText = sum.isZero ? nil : records ? (sum / Fraction(count)).description : ""
        }

        /// B = ΣA / n, nil when ΣA = 0.
        public var mean: Fraction? { sum.isZero ? nil : sum / Fraction(count) }
    }

    /// The shape of the score: its factor, base, and bounds.
    public struct Formula: Sendable, Equatable {
        /// The factor of 〔(A−B)/B〕.
        public var factor: Int
        /// The score of a unit equal to the mean (80).
        public var base: Int
        /// The upper bound (≦100), if any.
        public var cap: Int?
        /// The lower bound, if any.
        public var floor: Int?

        /// 〔(A−B)/B〕×`factor`+`base`, at most `cap` and at least `floor` where given.
        public init(factor: Int, base: Int = 80, cap: Int? = 100, floor: Int? = nil) {
            self.factor = factor
            self.base = base
            self.cap = cap
            self.floor = floor
        }
    }

    /// One unit's score from its A and its group's n and ΣA; records the steps.
    public static func bySum(a: Fraction, group: GroupSum, factor: Int, base: Int = 80, explanation: inout Explanation) -> Fraction {
        let n = group.count, sum = group.sum
        explanation.add(.value, "組內公所數 n = \(n)")
        explanation.add(.value, "組內 ΣA = \(group.sumText)")
        guard let meanText = group.meanText else {
            explanation.add(.note, "組平均 B = 0：本項得分為 \(base)")
            return Fraction(base)
        }
        explanation.add(.value, "組平均 B = ΣA / n = \(meanText)")
        explanation.add(.formula, "得分 = 〔(A−B)/B〕×\(factor)+\(base) = ((n·A − ΣA) × \(factor)) / ΣA + \(base)")
        let score = Fraction.relativeScore(n: n, a: a, sum: sum, factor: factor, base: base)
        explanation.add(.substitution, "((\(n) × \(a) − \(group.sumText)) × \(factor)) / \(group.sumText) + \(base) = \(score)")
        return score
    }

    /// One unit's score from its A and a B given as a fraction (a pooled B); records the steps.
    public static func byMean(a: Fraction, b: Fraction, factor: Int, base: Int = 80, explanation: inout Explanation) -> Fraction {
        if b.isZero {
            explanation.add(.note, "組平均 B = 0：本項得分為 \(base)")
            return Fraction(base)
        }
        explanation.add(.formula, "得分 = 〔(A−B)/B〕×\(factor)+\(base)")
        let score = (a - b) * Fraction(factor) / b + Fraction(base)
        explanation.add(.substitution, "((\(a) − \(b)) / \(b)) × \(factor) + \(base) = \(score)")
        return score
    }

    /// Applies the formula's bounds to an exact score and records them.
    public static func bounded(_ score: Fraction, _ formula: Formula, _ explanation: inout Explanation) -> Fraction {
        var score = score
        if let cap = formula.cap { score = ScoreSteps.cap(score, at: cap, &explanation) } else {
            explanation.add(.limit, "本項無上限")
        }
        if let floor = formula.floor { score = ScoreSteps.floor(score, at: floor, &explanation) }
        return score
    }

    /// Scores every unit of a group from its A (nil: undefined). A unit whose A is undefined is
    /// left out of n and ΣA and scores the base, its explanation saying `undefined`.
    public static func scores(
        title: String, members: [(unit: String, a: Fraction?, explanation: Explanation)], formula: Formula,
        rounding: RoundingStage, note: String? = nil, undefined: String = "A 無定義"
    ) -> [ItemScore] {
        var scores: [ItemScore] = []
        scores.reserveCapacity(members.count)
        eachScore(title: title, members: members, formula: formula, rounding: rounding, note: note, undefined: undefined) { scores.append($0) }
        return scores
    }

    /// The scores of ``scores(title:members:formula:rounding:note:undefined:)``, in the members'
    /// order, each handed to `body` as it is made (no array of them).
    public static func eachScore(
        title: String, members: [(unit: String, a: Fraction?, explanation: Explanation)], formula: Formula,
        rounding: RoundingStage, note: String? = nil, undefined: String = "A 無定義", _ body: (ItemScore) -> Void
    ) {
        // The defined A's, each read in place (a key path would copy each member whole).
        var defined: [Fraction] = []
        defined.reserveCapacity(members.count)
        for index in members.indices { if let a = members[index].a { defined.append(a) } }
        let group = GroupSum(count: defined.count, sum: defined.reduce(Fraction(0)) { $0 + $1 })
        let mean = group.mean?.display()
        // Each member's explanation starts as this one (made once: it reads whether explanations record).
        let titled = Explanation(title)
        for index in members.indices {
            // Each member read in place: its fields copied into its score, not the whole member first.
            var explanation = titled
            var score: Fraction
            if let a = members[index].a {
                explanation.add(.value, "A = \(a)（見 \(members[index].explanation.title)）")
                if let note { explanation.add(.note, note) }
                score = bySum(a: a, group: group, factor: formula.factor, base: formula.base, explanation: &explanation)
                score = bounded(score, formula, &explanation)
            } else {
                explanation.add(.note, "\(undefined)：不列入組平均 B，本項得分為 \(formula.base)")
                score = Fraction(formula.base)
            }
            let value = ScoreSteps.finish(score, rounding, &explanation)
            body(ItemScore(
                unit: members[index].unit, a: members[index].a, score: score, value: value, aExplanation: members[index].explanation,
                explanation: explanation, mean: mean))
        }
    }
}

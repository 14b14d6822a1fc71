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

    /// A group's members as their scores read them, by index: each one's A (nil: undefined)
    /// and, only while explanations record (outside ``Explanation/silently(_:)``), each one's
    /// explanation of A. No unit's name: a score is handed on by its member's index.
    public struct Members: Sendable {
        /// Each member's A, nil where undefined.
        public private(set) var a: [Fraction?] = []
        /// Each member's explanation of A; empty while explanations do not record.
        private var explanations: [Explanation] = []
        /// Whether explanations recorded when the members were gathered.
        private let records = Explanation.records

        /// No members yet, with room for `capacity`.
        public init(capacity: Int) {
            a.reserveCapacity(capacity)
            if records { explanations.reserveCapacity(capacity) }
        }

        /// The members of `members`, in order.
        public init(_ members: [(unit: String, a: Fraction?, explanation: Explanation)]) {
            self.init(capacity: members.count)
            for index in members.indices { append(members[index].a, explanation: members[index].explanation) }
        }

        /// Appends a member with A `a` (nil: undefined) explained by `explanation` (not kept
        /// while explanations do not record).
        public mutating func append(_ a: Fraction?, explanation: @autoclosure () -> Explanation) {
            self.a.append(a)
            if records { explanations.append(explanation()) }
        }

        /// The number of members.
        public var count: Int { a.count }

        /// The explanation of member `index`'s A; nil while explanations do not record.
        func explanation(_ index: Int) -> Explanation? {
            records ? explanations[index] : nil
        }

        /// The defined A's, in order.
        var defined: [Fraction] {
            var defined: [Fraction] = []
            defined.reserveCapacity(a.count)
            for index in a.indices { if let a = a[index] { defined.append(a) } }
            return defined
        }
    }

    /// Scores every unit of a group from its A (nil: undefined). A unit whose A is undefined is
    /// left out of n and ΣA and scores the base, its explanation saying `undefined`.
    public static func scores(
        title: String, members: [(unit: String, a: Fraction?, explanation: Explanation)], formula: Formula,
        rounding: RoundingStage, note: String? = nil, undefined: String = "A 無定義"
    ) -> [ItemScore] {
        var scores: [ItemScore] = []
        scores.reserveCapacity(members.count)
        eachScore(title: title, members: Members(members), formula: formula, rounding: rounding, note: note, undefined: undefined) {
            scores.append(ItemScore(unit: members[$0].unit, $1))
        }
        return scores
    }

    /// The scores of ``scores(title:members:formula:rounding:note:undefined:)``, each handed to
    /// `body` with its member's index as it is made, in the members' order (no array of them).
    public static func eachScore(
        title: String, members: Members, formula: Formula, rounding: RoundingStage, note: String? = nil,
        undefined: String = "A 無定義", _ body: (Int, ItemScore.Parts) -> Void
    ) {
        let defined = members.defined
        let group = GroupSum(count: defined.count, sum: defined.reduce(Fraction(0)) { $0 + $1 })
        let mean = group.mean?.display()
        // Each member's explanation starts as this one (made once: it reads whether explanations record).
        let titled = Explanation(title)
        // When nobody reads the steps and scores are rounded to one decimal with no floor, each
        // rounded score is decided on integers (``Fraction/relativeScoreTenths(n:a:sum:factor:base:cap:)``),
        // its exact score not made (nil, as ``ItemScore/score`` allows under `rounding=items`).
        let inTenths = !Explanation.records && rounding == .items && formula.floor == nil && !group.sum.isZero
        for index in members.a.indices {
            let a = members.a[index], aExplanation = members.explanation(index)
            if inTenths, let a,
               let tenths = Fraction.relativeScoreTenths(n: group.count, a: a, sum: group.sum, factor: formula.factor, base: formula.base, cap: formula.cap) {
                body(index, ItemScore.Parts(
                    a: a, score: nil, value: Fraction.decimal(tenths: tenths), aExplanation: aExplanation, explanation: titled, mean: mean))
                continue
            }
            var explanation = titled
            var score: Fraction
            if let a {
                explanation.add(.value, "A = \(a)（見 \(aExplanation?.title ?? "")）")
                if let note { explanation.add(.note, note) }
                score = bySum(a: a, group: group, factor: formula.factor, base: formula.base, explanation: &explanation)
                score = bounded(score, formula, &explanation)
            } else {
                explanation.add(.note, "\(undefined)：不列入組平均 B，本項得分為 \(formula.base)")
                score = Fraction(formula.base)
            }
            let value = ScoreSteps.finish(score, rounding, &explanation)
            body(index, ItemScore.Parts(a: a, score: score, value: value, aExplanation: aExplanation, explanation: explanation, mean: mean))
        }
    }
}

import Foundation
import PingbiCore

/// The score of items (1)–(5): 〔(A−B)/B〕×factor+80 where B is the group's mean of A.
///
/// Computed as ((n·A − ΣA) × factor) / ΣA + 80 on exact fractions, so a score that is
/// exactly x.x5 rounds up exactly. B = 0 gives 80 (an office equal to the mean scores 80).
enum RelativeScore {
    /// A group's n and ΣA, with the texts every member's explanation quotes (written once per
    /// group: ΣA of item (1) is a fraction of hundreds of digits).
    struct GroupSum {
        /// The number of members.
        let count: Int
        /// ΣA.
        let sum: Fraction
        /// ΣA as text.
        let sumText: String
        /// B = ΣA / n as text (nil when ΣA = 0).
        let meanText: String?

        /// The group's n and ΣA.
        init(count: Int, sum: Fraction) {
            self.count = count
            self.sum = sum
            // The texts only when explanations record (ΣA of item (1) has hundreds of digits).
            let records = Explanation.records
            self.sumText = records ? sum.description : ""
            self.meanText = sum.isZero ? nil : records ? (sum / Fraction(count)).description : ""
        }
    }

    /// One office's score from its A, the group's n and ΣA; records the steps.
    static func bySum(
        a: Fraction, count n: Int, sum: Fraction, factor: Int, explanation: inout Explanation
    ) -> Fraction {
        bySum(a: a, group: GroupSum(count: n, sum: sum), factor: factor, explanation: &explanation)
    }

    /// One office's score from its A and its group's n and ΣA; records the steps.
    static func bySum(a: Fraction, group: GroupSum, factor: Int, explanation: inout Explanation) -> Fraction {
        let n = group.count, sum = group.sum
        explanation.add(.value, "組內公所數 n = \(n)")
        explanation.add(.value, "組內 ΣA = \(group.sumText)")
        guard let meanText = group.meanText else {
            explanation.add(.note, "組平均 B = 0：本項得分為 80")
            return Fraction(80)
        }
        explanation.add(.value, "組平均 B = ΣA / n = \(meanText)")
        explanation.add(.formula, "得分 = 〔(A−B)/B〕×\(factor)+80 = ((n·A − ΣA) × \(factor)) / ΣA + 80")
        let score = Fraction.relativeScore(n: n, a: a, sum: sum, factor: factor, base: 80)
        explanation.add(.substitution, "((\(n) × \(a) − \(group.sumText)) × \(factor)) / \(group.sumText) + 80 = \(score)")
        return score
    }

    /// One office's score from its A and a B given as a fraction (item (1) `pooled`).
    static func byMean(a: Fraction, b: Fraction, factor: Int, explanation: inout Explanation) -> Fraction {
        if b.isZero {
            explanation.add(.note, "組平均 B = 0：本項得分為 80")
            return Fraction(80)
        }
        explanation.add(.formula, "得分 = 〔(A−B)/B〕×\(factor)+80")
        let score = (a - b) * Fraction(factor) / b + Fraction(80)
        explanation.add(.substitution, "((\(a) − \(b)) / \(b)) × \(factor) + 80 = \(score)")
        return score
    }

    /// Scores every office of a group from integer-or-fraction A values (items (2)–(5)). An
    /// office whose A is undefined (nil) is left out of n and ΣA and scores 80, its
    /// explanation saying `undefined`.
    static func scores(
        title: String, members: [(unit: String, a: Fraction?, explanation: Explanation)], factor: Int, cap: Int?,
        rounding: RoundingStage, note: String? = nil, undefined: String = "A 無定義"
    ) -> [ItemScore] {
        let defined = members.compactMap(\.a)
        let group = GroupSum(count: defined.count, sum: defined.reduce(Fraction(0)) { $0 + $1 })
        let mean = group.sum.isZero ? nil : group.sum / Fraction(group.count)
        return members.map { member in
            var explanation = Explanation(title)
            var score: Fraction
            if let a = member.a {
                explanation.add(.value, "A = \(a)（見 \(member.explanation.title)）")
                if let note { explanation.add(.note, note) }
                score = bySum(a: a, group: group, factor: factor, explanation: &explanation)
                if let cap { score = ItemSteps.cap(score, at: cap, &explanation) } else {
                    explanation.add(.limit, "本項無上限")
                }
            } else {
                explanation.add(.note, "\(undefined)：不列入組平均 B，本項得分為 80")
                score = Fraction(80)
            }
            let value = ItemSteps.finish(score, rounding, &explanation)
            return ItemScore(
                unit: member.unit, a: member.a, score: score, value: value, aExplanation: member.explanation,
                explanation: explanation, mean: mean?.display())
        }
    }
}

import Foundation
import PingbiCore

/// A county's four ranks within its group.
public struct StaffRanks: Sendable, Equatable {
    /// 收繳率消長排名.
    public let change: Int
    /// 訪視成功率排名.
    public let success: Int
    /// 訪視後補繳率排名.
    public let paid: Int
    /// 訪視完成率排名.
    public let completion: Int

    /// Four ranks.
    public init(change: Int, success: Int, paid: Int, completion: Int) {
        self.change = change
        self.success = success
        self.paid = paid
        self.completion = completion
    }
}

/// 積分: the weighted sum of the four ranks, in exact decimals (lower is better).
///
/// > 附件四 一、1.(3)：「積分=【0.4*收繳率消長排名】+【0.25*訪視成功率排名】+【0.2*訪視後補繳率排名】
/// > +【0.15*訪視完成率排名】。各組依積分由低至高排名，如積分相同則並列同一排名。」
public struct StaffScore: Indicator {
    public let id = "score"
    public let name = "積分"
    public let clause = "附件四 一、1.(3)：積分=【0.4*收繳率消長排名】+【0.25*訪視成功率排名】+【0.2*訪視後補繳率排名】+【0.15*訪視完成率排名】。各組依積分由低至高排名，如積分相同則並列同一排名。"

    /// The weights, from their decimal text.
    static let weights = (
        change: Decimal.exact("0.4"), success: Decimal.exact("0.25"), paid: Decimal.exact("0.2"),
        completion: Decimal.exact("0.15"))

    /// The indicator.
    public init() {}

    /// 0.4×r(消長) + 0.25×r(成功) + 0.2×r(補繳) + 0.15×r(完成), exactly.
    public func evaluate(_ ranks: StaffRanks) -> (value: Decimal, explanation: Explanation) {
        let w = Self.weights
        let terms = [
            (w.change, ranks.change, "收繳率消長排名"), (w.success, ranks.success, "訪視成功率排名"),
            (w.paid, ranks.paid, "訪視後補繳率排名"), (w.completion, ranks.completion, "訪視完成率排名"),
        ]
        var explanation = Explanation("積分")
        for (_, rank, label) in terms { explanation.input(label, Decimal(rank)) }
        explanation.add(.formula, "積分 = 0.4×收繳率消長排名 + 0.25×訪視成功率排名 + 0.2×訪視後補繳率排名 + 0.15×訪視完成率排名")
        let products = terms.map { $0.0 * Decimal($0.1) }
        let score = products.reduce(Decimal(0), +)
        explanation.add(
            .substitution,
            terms.map { "\($0.0.plainText)×\($0.1)" }.joined(separator: " + ") + " = "
                + products.map(\.plainText).joined(separator: " + ") + " = \(score.plainText)")
        explanation.result(score)
        return (score, explanation)
    }

    public var examples: [Example] {
        [
            Example("排名 (1,2,2,1)：0.4 + 0.5 + 0.4 + 0.15 = 1.45", expect: Decimal.exact("1.45")) {
                StaffScore().evaluate(StaffRanks(change: 1, success: 2, paid: 2, completion: 1)).value
            },
            Example("排名 (1,1,1,4)：0.4 + 0.25 + 0.2 + 0.6 = 1.45", expect: Decimal.exact("1.45")) {
                StaffScore().evaluate(StaffRanks(change: 1, success: 1, paid: 1, completion: 4)).value
            },
            Example("(1,2,2,1) 與 (1,1,1,4) 積分完全相同（並列）", expect: true) {
                StaffScore().evaluate(StaffRanks(change: 1, success: 2, paid: 2, completion: 1)).value
                    == StaffScore().evaluate(StaffRanks(change: 1, success: 1, paid: 1, completion: 4)).value
            },
            Example("四項皆第 16 名：積分 16", expect: Decimal(16)) {
                StaffScore().evaluate(StaffRanks(change: 16, success: 16, paid: 16, completion: 16)).value
            },
        ]
    }
}

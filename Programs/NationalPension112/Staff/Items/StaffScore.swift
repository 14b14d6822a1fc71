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

    /// The four ranks a row holds under their value keys (`r_change` …), as the pipeline scored
    /// them: whole numbers, read back exactly (a rank missing or not whole is a programming error).
    init(of row: UnitResult) {
        let rank = { (key: String) -> Int in
            guard let rank = row.values[key]?.wholeNumber else { preconditionFailure("\(row.unit): \(key) is not a rank") }
            return rank
        }
        self.init(change: rank("r_change"), success: rank("r_success"), paid: rank("r_paid"), completion: rank("r_completion"))
    }
}

/// 積分: the weighted sum of the four ranks, in exact decimals (lower is better).
///
/// > 附件四 一、1.(3)：「積分=【0.4*收繳率消長排名】+【0.25*訪視成功率排名】+【0.2*訪視後補繳率排名】
/// > +【0.15*訪視完成率排名】。各組依積分由低至高排名，如積分相同則並列同一排名。」
public struct StaffScore: Indicator {
    public let id = "score"
    public let name = "積分"
    /// 附件四's formula with the weights in force (the document's text when they are its own).
    public var clause: String {
        "附件四 一、1.(3)：積分=" + Self.ranks.map { "【\(weights[$0.key]!.plainText)*\($0.name)】" }.joined(separator: "+")
            + "。各組依積分由低至高排名，如積分相同則並列同一排名。"
    }

    /// The weight of each rank in 積分, by the rank's value key; the document's unless a
    /// program sets others (`pingbi sensitivity` moves them).
    public var weights: [String: Decimal]

    /// 附件四's weights: 收繳率消長排名 0.4, 訪視成功率排名 0.25, 訪視後補繳率排名 0.2, 訪視完成率排名 0.15.
    public static let documentWeights: [String: Decimal] = [
        "r_change": Decimal.exact("0.4"), "r_success": Decimal.exact("0.25"), "r_paid": Decimal.exact("0.2"),
        "r_completion": Decimal.exact("0.15"),
    ]

    /// The four ranks in the formula's order: value key and name.
    public static let ranks = [
        (key: "r_change", name: "收繳率消長排名"), (key: "r_success", name: "訪視成功率排名"),
        (key: "r_paid", name: "訪視後補繳率排名"), (key: "r_completion", name: "訪視完成率排名"),
    ]

    /// The indicator with `weights` (each of ``ranks`` must have one).
    public init(weights: [String: Decimal] = StaffScore.documentWeights) {
        for rank in Self.ranks where weights[rank.key] == nil {
            preconditionFailure("積分: \(rank.key) \(rank.name) has no weight in `weights`")
        }
        self.weights = weights
    }

    /// w₁×r(消長) + w₂×r(成功) + w₃×r(補繳) + w₄×r(完成), exactly (by default 0.4, 0.25, 0.2, 0.15).
    public func evaluate(_ ranks: StaffRanks) -> (value: Decimal, explanation: Explanation) {
        let values = [ranks.change, ranks.success, ranks.paid, ranks.completion]
        return RankSum.evaluate(zip(Self.ranks, values).map { RankSum.Term($0.name, weight: weights[$0.key]!, rank: $1) }, title: "積分")
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

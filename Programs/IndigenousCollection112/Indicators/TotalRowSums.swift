import Foundation
import PingbiCore

/// The check of a 合計 count against the sum of the areas' counts.
public struct SumCheck: Sendable, Equatable {
    /// The sum of the areas' counts (exact in `Decimal`: the number of rows is not bounded).
    public let sum: Decimal
    /// 合計 − sum.
    public let difference: Decimal
    /// The difference rounding alone can explain: half a person for each area and for 合計.
    public let tolerance: Decimal
    /// Whether |difference| ≤ tolerance.
    public let consistent: Bool
    /// The chain of numbers.
    public let explanation: Explanation
}

/// 合計列與各地區人數之和: the 合計 row's rounded averages against the sums of the areas'.
///
/// > 附件七：「合計」列（55 個原鄉地區之平均每月應繳、已繳人數合計）
public struct TotalRowSums: Indicator {
    public let id = "total-sums"
    public let name = "合計列與各地區人數之和"
    public let clause = "附件七：「合計」列為 55 個原鄉地區平均每月應繳、已繳人數之合計；各數皆為平均數四捨五入至整數，故和與合計可差至每列約半人。"

    /// What the check reads: a column's 合計 and the areas' counts.
    public struct Input: Sendable {
        /// The column's header.
        public let column: String
        /// The 合計 row's count.
        public let total: Int
        /// The areas' counts.
        public let counts: [Int]

        /// An input.
        public init(column: String, total: Int, counts: [Int]) {
            self.column = column
            self.total = total
            self.counts = counts
        }
    }

    /// The indicator.
    public init() {}

    /// |合計 − Σ| ≤ (n + 1) × 0.5 (the kit's ``RoundedSum``): each of the n areas' averages and
    /// 合計's own is off by at most half a person.
    public func evaluate(_ input: Input) -> SumCheck {
        var explanation = Explanation("合計列「\(input.column)」與各地區之和")
        let check = RoundedSum(total: input.total, parts: input.counts)
        explanation.input("合計列「\(input.column)」", Decimal(input.total))
        explanation.value("各地區之和（\(check.count) 列）", check.sum)
        explanation.add(.formula, "容許差 = (地區數 + 1) × 0.5（每列平均數與合計本身各可差半人）")
        explanation.add(.substitution, "|\(input.total) − \(check.sum.plainText)| = \(abs(check.difference).plainText)；容許差 = (\(check.count) + 1) × 0.5 = \(check.tolerance.plainText)")
        explanation.add(.result, check.consistent ? "在容許差內：相符" : "超過容許差：不一致")
        return SumCheck(sum: check.sum, difference: check.difference, tolerance: check.tolerance, consistent: check.consistent, explanation: explanation)
    }

    public var examples: [Example] {
        [
            Example("111 年本期應繳：合計 67,760，和 67,761，差 1 ≤ 28", expect: "1 28 true") {
                let check = TotalRowSums().evaluate(Input(
                    column: "本期平均每月應繳人數", total: 67760, counts: [67761] + Array(repeating: 0, count: 54)))
                return "\(abs(check.difference).plainText) \(check.tolerance.plainText) \(check.consistent)"
            },
            Example("三列之容許差為 2，差 2 相符", expect: true) {
                TotalRowSums().evaluate(Input(column: "人數", total: 32, counts: [10, 10, 10])).consistent
            },
            Example("三列之容許差為 2，差 3 不一致", expect: false) {
                TotalRowSums().evaluate(Input(column: "人數", total: 27, counts: [10, 10, 10])).consistent
            },
        ]
    }
}

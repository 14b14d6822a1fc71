import Foundation
import PingbiCore

/// The check of a published rate against the rounded monthly averages printed beside it.
public struct IntervalCheck: Sendable, Equatable {
    /// The lowest rate the counts allow, widened, in percent (rounded to 4 decimals for display).
    public let lower: Decimal
    /// The highest rate the counts allow, widened, in percent (rounded to 4 decimals for display).
    public let upper: Decimal
    /// Whether the published rate lies within the interval (decided exactly, not on the rounded bounds).
    public let consistent: Bool
    /// The chain of numbers.
    public let explanation: Explanation
}

/// 收繳率與人數之一致性: a published rate must lie within what its rounded counts allow.
///
/// > 附件七：「平均每月應繳人數」「平均每月已繳人數」「收繳率」（人數為每月平均數，四捨五入至整數；
/// > 收繳率至小數 2 位）
public struct RateInterval: Indicator {
    public let id = "rate-interval"
    public let name = "收繳率與人數之一致性"
    public let clause = "附件七：各原鄉地區列「平均每月應繳人數」「平均每月已繳人數」「收繳率」；人數為平均數之四捨五入值，收繳率為小數 2 位之百分比。"

    /// What the check reads: a rate and the counts printed beside it.
    public struct Input: Sendable {
        /// 平均每月已繳人數.
        public let paid: Int
        /// 平均每月應繳人數.
        public let due: Int
        /// The published 收繳率, in percent.
        public let rate: Decimal

        /// An input.
        public init(paid: Int, due: Int, rate: Decimal) {
            self.paid = paid
            self.due = due
            self.rate = rate
        }
    }

    /// The widening on each side: the published rate is itself rounded to 2 decimals.
    public static let widening = Decimal.exact("0.005")

    /// The indicator.
    public init() {}

    /// [(paid − 0.5)/(due + 0.5), (paid + 0.5)/(due − 0.5)] × 100, widened by 0.005 on each
    /// side (the kit's ``RoundedRate``: decided exactly; a `due` of 0 leaves the upper end at 100).
    public func evaluate(_ input: Input) -> IntervalCheck {
        var explanation = Explanation("收繳率與人數之一致性")
        explanation.input("平均每月已繳人數", Decimal(input.paid))
        explanation.input("平均每月應繳人數", Decimal(input.due))
        explanation.input("公布收繳率(%)", input.rate)
        explanation.add(.formula, "人數可得範圍 = [(已繳 − 0.5) ÷ (應繳 + 0.5), (已繳 + 0.5) ÷ (應繳 − 0.5)] × 100，上下各放寬 0.005（公布收繳率本身四捨五入至小數 2 位）")
        let check = RoundedRate(rate: input.rate, part: input.paid, whole: input.due, widening: Self.widening)
        explanation.add(
            .substitution,
            "[(\(input.paid) − 0.5) ÷ (\(input.due) + 0.5), (\(input.paid) + 0.5) ÷ (\(input.due) − 0.5)] × 100 ≈ [\(check.unwidenedLower.plainText), \(check.unwidenedUpper.plainText)]")
        explanation.value("放寬後範圍下限", check.lower)
        explanation.value("放寬後範圍上限", check.upper)
        explanation.add(.result, check.consistent
            ? "公布收繳率 \(input.rate.plainText) 在範圍內：相符"
            : "公布收繳率 \(input.rate.plainText) 不在範圍 [\(check.lower.plainText), \(check.upper.plainText)] 內：不一致")
        return IntervalCheck(lower: check.lower, upper: check.upper, consistent: check.consistent, explanation: explanation)
    }

    public var examples: [Example] {
        [
            Example("臺東縣蘭嶼鄉：662 ÷ 1,393，公布 47.50% 相符", expect: true) {
                RateInterval().evaluate(Input(paid: 662, due: 1393, rate: .exact("47.50"))).consistent
            },
            Example("合計 111 年：23,728 ÷ 67,760 僅容 35.0167–35.0187，放寬 0.005 後 35.02 相符", expect: true) {
                RateInterval().evaluate(Input(paid: 23728, due: 67760, rate: .exact("35.02"))).consistent
            },
            Example("苗栗縣獅潭鄉：12 ÷ 47 人數少，範圍寬（24.2055–26.8867，放寬後）", expect: ["24.2055", "26.8867"]) {
                let check = RateInterval().evaluate(Input(paid: 12, due: 47, rate: .exact("25.23")))
                return [check.lower.plainText, check.upper.plainText]
            },
            Example("公布 48.50% 而人數為 662 ÷ 1,393：不一致", expect: false) {
                RateInterval().evaluate(Input(paid: 662, due: 1393, rate: .exact("48.50"))).consistent
            },
            Example("應繳 0 人：上限為 100%，0% 相符", expect: true) {
                RateInterval().evaluate(Input(paid: 0, due: 0, rate: .exact("0"))).consistent
            },
        ]
    }
}

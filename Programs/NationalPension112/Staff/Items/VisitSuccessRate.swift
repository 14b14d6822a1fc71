import Foundation
import PingbiCore

/// 訪視成功率 = 訪視成功人數 / 實際訪視人數.
///
/// > 附件四 一、2.(2)：「訪視成功率：訪視成功人數/實際訪視人數。以系統中最近一年度實際訪視資料計算。」
public struct VisitSuccessRate: Indicator {
    public let id = "success"
    public let name = "訪視成功率"
    public let clause = "附件四 一、2.(2)：訪視成功率：訪視成功人數/實際訪視人數。以系統中最近一年度實際訪視資料計算。"

    /// The indicator.
    public init() {}

    /// The rate in percent; nil when 實際訪視人數 is 0.
    public func evaluate(_ input: (row: VisitRow, precision: RatePrecision)) -> RateValue {
        RateValue.percent(
            title: "訪視成功率（%）", formula: "訪視成功率 = 訪視成功人數 ÷ 實際訪視人數 × 100",
            part: ("訪視成功人數", input.row.success), whole: ("實際訪視人數", input.row.actual), precision: input.precision)
    }

    public var examples: [Example] {
        [
            Example("820 ÷ 1,000 = 82%", expect: Decimal(82)) {
                VisitSuccessRate().evaluate((.sample(actual: 1000, success: 820), .two)).value
            },
            Example("2 ÷ 3 四捨五入至小數 2 位 = 66.67", expect: Decimal.exact("66.67")) {
                VisitSuccessRate().evaluate((.sample(actual: 3, success: 2), .two)).value
            },
            Example("exact：2 ÷ 3 與 6,667 ÷ 10,000 不再相同", expect: true) {
                VisitSuccessRate().evaluate((.sample(actual: 3, success: 2), .exact)).value!
                    < VisitSuccessRate().evaluate((.sample(actual: 10000, success: 6667), .exact)).value!
            },
            Example("實際訪視人數為 0：無數值（排最後）", expect: nil) {
                VisitSuccessRate().evaluate((.sample(actual: 0, success: 0), .two)).value
            },
        ]
    }
}

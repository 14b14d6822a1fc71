import Foundation
import PingbiCore

/// 訪視完成率 = 實際訪視人數 / 應訪視人數, not capped at 100%.
///
/// > 附件四 一、2.(4)：「訪視完成率：實際訪視人數/應訪視人數。以最近年度各直轄市、縣（市）政府函報
/// > 訪視人數目標值，及系統中最近一年度實際訪視資料計算。」
public struct VisitCompletionRate: Indicator {
    public let id = "completion"
    public let name = "訪視完成率"
    public let clause = "附件四 一、2.(4)：訪視完成率：實際訪視人數/應訪視人數。以最近年度各直轄市、縣（市）政府函報訪視人數目標值，及系統中最近一年度實際訪視資料計算。"

    /// The indicator.
    public init() {}

    /// The rate in percent (may exceed 100); nil when 應訪視人數 is 0.
    public func evaluate(_ input: (row: VisitRow, precision: RatePrecision)) -> RateValue {
        RateValue.percent(
            title: "訪視完成率（%）", formula: "訪視完成率 = 實際訪視人數 ÷ 應訪視人數 × 100（不設上限）",
            part: ("實際訪視人數", input.row.actual), whole: ("應訪視人數", input.row.target), precision: input.precision)
    }

    public var examples: [Example] {
        [
            Example("超過目標不設上限：1,150 ÷ 1,000 = 115%", expect: Decimal(115)) {
                VisitCompletionRate().evaluate((.sample(target: 1000, actual: 1150, success: 0), .two)).value
            },
            Example("1 ÷ 6 四捨五入 = 16.67", expect: Decimal.exact("16.67")) {
                VisitCompletionRate().evaluate((.sample(target: 6, actual: 1, success: 0), .two)).value
            },
            Example("應訪視人數為 0：無數值（排最後）", expect: nil) {
                VisitCompletionRate().evaluate((.sample(target: 0, actual: 5, success: 0), .two)).value
            },
        ]
    }
}

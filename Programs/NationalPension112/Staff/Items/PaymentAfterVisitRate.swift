import Foundation
import PingbiCore

/// 訪視後補繳率 = 訪視後補繳人數 / 訪視成功人數, per 勞保局's 訪視成效分析.
///
/// > 附件四 一、2.(3)：「訪視後補繳率：訪視後補繳人數/訪視成功人數。依據勞保局提供之最近一年度
/// > 『國民年金服務員訪視成效及未繳費原因分析』計算。」
public struct PaymentAfterVisitRate: Indicator {
    public let id = "paid"
    public let name = "訪視後補繳率"
    public let clause = "附件四 一、2.(3)：訪視後補繳率：訪視後補繳人數/訪視成功人數。依據勞保局提供之最近一年度「國民年金服務員訪視成效及未繳費原因分析」計算。"

    /// The indicator.
    public init() {}

    /// The rate in percent over 分析訪視成功人數 (or 訪視成功人數); nil when that is 0.
    public func evaluate(_ input: (row: VisitRow, precision: RatePrecision)) -> RateValue {
        let row = input.row
        let denominator = row.analysedSuccess == nil ? "訪視成功人數" : "分析訪視成功人數"
        let note = row.analysedSuccess == nil
            ? "未提供勞保局分析之訪視成功人數，以系統之訪視成功人數為分母"
            : "分母為勞保局訪視成效分析之訪視成功人數（系統之訪視成功人數 \(row.success) 不用於本項）"
        return RateValue.percent(
            title: "訪視後補繳率（%）", formula: "訪視後補繳率 = 訪視後補繳人數 ÷ \(denominator) × 100",
            part: ("訪視後補繳人數", row.paidAfter), whole: (denominator, row.paidDenominator),
            precision: input.precision, notes: [note])
    }

    public var examples: [Example] {
        [
            Example("123 ÷ 820 = 15%", expect: Decimal(15)) {
                PaymentAfterVisitRate().evaluate((.sample(actual: 1000, success: 820, paid: 123), .two)).value
            },
            Example("有分析訪視成功人數 800 時以其為分母：120 ÷ 800 = 15%", expect: Decimal(15)) {
                PaymentAfterVisitRate().evaluate((.sample(actual: 1000, success: 820, paid: 120, analysed: 800), .two)).value
            },
            Example("1 ÷ 8 = 12.5%", expect: Decimal.exact("12.5")) {
                PaymentAfterVisitRate().evaluate((.sample(actual: 10, success: 8, paid: 1), .exact)).value
            },
            Example("訪視成功人數為 0：無數值（排最後）", expect: nil) {
                PaymentAfterVisitRate().evaluate((.sample(actual: 10, success: 0), .two)).value
            },
        ]
    }
}

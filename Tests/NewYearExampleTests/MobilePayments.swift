import Foundation
import KaopingOffices111
import PingbiCore

/// (9) 推廣行動支付繳費, 5% (hypothetical 112 item), read from a column 111 did not have.
///
/// > 原始得分 A：該公所協助保險對象以行動支付繳納保費件數
/// > 組平均得分 B：組內各公所平均得分
/// > 本項得分(9)=〔(A-B)/B〕*10+80≦100分
struct MobilePayments: CountSumItem {
    /// `activity.csv`'s new column: required in the 112 edition, and a case of 協助件數.
    static let payments = CountColumn("行動支付件數", note: "協助保險對象以行動支付繳納保費件數（項目9）", isCase: true)

    let id = "S9"
    let name = "推廣行動支付繳費"
    let clause = "原始得分 A：該公所協助保險對象以行動支付繳納保費件數；組平均得分 B：組內各公所平均得分；本項得分(9)=〔(A-B)/B〕*10+80≦100分"
    let label = "行動支付"
    let terms: [(column: CountColumn, weight: Int)] = [(MobilePayments.payments, 1)]
    let formulaOfA = "行動支付件數×1"

    func factor(_ readings: ReadingChoices) -> Int { 10 }

    var examples: [Example] {
        let count: @Sendable (Int) -> Counts = { n in Counts([MobilePayments.payments: n]) }
        return [
            Example("A = 行動支付件數：7", expect: 7) { raw(count(7)).a },
            Example("同組平均者得 80 分", expect: Decimal.exact("80")) { score(of: "乙", among: ["甲": count(10), "乙": count(20), "丙": count(30)]) },
            Example("A=30、B=20：(30−20)/20×10+80 = 85", expect: Decimal.exact("85")) {
                score(of: "丙", among: ["甲": count(10), "乙": count(20), "丙": count(30)])
            },
            Example("上限 100：A=60、B=15 得 110，以 100 計", expect: Decimal.exact("100")) {
                score(of: "甲", among: ["甲": count(60), "乙": Counts(), "丙": Counts(), "丁": Counts()])
            },
            Example("組平均為 0：得 80 分", expect: Decimal.exact("80")) { score(of: "甲", among: ["甲": Counts(), "乙": Counts()]) },
        ]
    }
}

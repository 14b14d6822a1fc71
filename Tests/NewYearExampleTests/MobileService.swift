import Foundation
import KaopingOffices111
import PingbiCore

/// (9) 行動服務量, 5% (hypothetical 112 item).
///
/// > 原始得分 A：健保櫃檯申辦量(加保+轉出+停保+復保)+健保櫃檯設定電子繳款單件數+健保櫃檯分期件數
/// > 組平均得分 B：組內各公所平均得分
/// > 本項得分(9)=〔(A-B)/B〕*10+80≦100分
struct MobileService: CountSumItem {
    let id = "S9"
    let name = "行動服務量"
    let clause = "原始得分 A：健保櫃檯申辦量(加保+轉出+停保+復保)+健保櫃檯設定電子繳款單件數+健保櫃檯分期件數；組平均得分 B：組內各公所平均得分；本項得分(9)=〔(A-B)/B〕*10+80≦100分"
    let label = "行動服務"
    let terms: [(column: CountColumn, weight: Int)] = [
        (.enrol, 1), (.transferOut, 1), (.suspend, 1), (.resume, 1), (.eBillCounter, 1), (.counterInstalment, 1),
    ]
    let formulaOfA = "加保 + 轉出 + 停保 + 復保 + 電子繳款單_健保櫃檯 + 健保櫃檯分期"

    func factor(_ readings: ReadingChoices) -> Int { 10 }

    var examples: [Example] {
        let group: [String: Counts] = ["甲": Counts([.enrol: 10]), "乙": Counts([.eBillCounter: 20]), "丙": Counts([.counterInstalment: 30])]
        return [
            Example("A = 1+2+3+4 + 5 + 6 = 21（電子繳款單_網路不計）", expect: 21) {
                raw(Counts([.enrol: 1, .transferOut: 2, .suspend: 3, .resume: 4, .eBillCounter: 5, .eBillWeb: 9, .counterInstalment: 6])).a
            },
            Example("同組平均者得 80 分", expect: Decimal.exact("80")) { score(of: "乙", among: group) },
            Example("A=30、B=20：(30−20)/20×10+80 = 85", expect: Decimal.exact("85")) { score(of: "丙", among: group) },
            Example("上限 100：A=60、B=15 得 110，以 100 計", expect: Decimal.exact("100")) {
                score(of: "甲", among: ["甲": Counts([.resume: 60]), "乙": Counts(), "丙": Counts(), "丁": Counts()])
            },
            Example("組平均為 0：得 80 分", expect: Decimal.exact("80")) { score(of: "甲", among: ["甲": Counts(), "乙": Counts()]) },
        ]
    }
}

import Foundation
import PingbiCore

/// (2) 推廣繳費無紙化（111：15%）.
///
/// > 原始得分 A：該公所保險對象設定電子繳款單件數*2+代收約定轉帳件數*1
/// > 組平均得分 B：組內各公所平均得分
/// > 本項得分(2)=〔(A-B)/B〕*10+80≦100分
public struct Paperless: CountSumItem {
    /// The item.
    public init() {}

    public let id = "S2"
    public let name = "推廣繳費無紙化"
    public let clause = "原始得分 A：該公所保險對象設定電子繳款單件數*2+代收約定轉帳件數*1；組平均得分 B：組內各公所平均得分；本項得分(2)=〔(A-B)/B〕*10+80≦100分"
    public let label = "無紙化"
    public let terms: [(column: CountColumn, weight: Int)] = [(.eBillCounter, 2), (.eBillWeb, 2), (.autoDebit, 1)]
    public let formulaOfA = "電子繳款單(健保櫃檯+網路)×2 + 約定轉帳×1"

    public func factor(_ readings: ReadingChoices) -> Int { 10 }

    public var examples: [Example] {
        let group: [String: Counts] = ["甲": Counts([.autoDebit: 10]), "乙": Counts([.autoDebit: 20]), "丙": Counts([.autoDebit: 30])]
        return [
            Example("A = 2×(3+2) + 1 = 11", expect: 11) { raw(Counts([.eBillCounter: 3, .eBillWeb: 2, .autoDebit: 1])).a },
            Example("同組平均者得 80 分", expect: Decimal.exact("80")) { score(of: "乙", among: group) },
            Example("A=30、B=20：(30−20)/20×10+80 = 85", expect: Decimal.exact("85")) { score(of: "丙", among: group) },
            Example("A=10、B=20：75", expect: Decimal.exact("75")) { score(of: "甲", among: group) },
            Example("上限 100：A=60、B=15 得 110，以 100 計", expect: Decimal.exact("100")) {
                score(of: "甲", among: ["甲": Counts([.eBillWeb: 30]), "乙": Counts(), "丙": Counts(), "丁": Counts()])
            },
            Example("組平均為 0：得 80 分", expect: Decimal.exact("80")) {
                score(of: "甲", among: ["甲": Counts(), "乙": Counts()])
            },
            Example("恰為 80.05 者四捨五入為 80.1：A=201、199，((402−400)×10)/400+80 = 80.05（二進位浮點數會得 80.0）", expect: Decimal.exact("80.1")) {
                score(of: "甲", among: ["甲": Counts([.autoDebit: 201]), "乙": Counts([.autoDebit: 199])])
            },
            Example("一次精確除法：A=1、ΣA=3、n=3 得 ((3−3)×10)/3+80 = 80；A=2 得 ((6−3)×10)/3+80 = 90", expect: Decimal.exact("90")) {
                score(of: "乙", among: ["甲": Counts([.autoDebit: 1]), "乙": Counts([.autoDebit: 2]), "丙": Counts()])
            },
        ]
    }
}

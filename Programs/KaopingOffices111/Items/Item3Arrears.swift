import Foundation
import PingbiCore

/// (3) 協助欠費處理（111：20%）.
///
/// > 原始得分 A：該公所代辦欠費分期件數*1+健保櫃檯分期件數*2+代收紓困件數*2
/// > 組平均得分 B：組內各公所平均得分
/// > 本項得分(3)=〔(A-B)/B〕*10+80≦100分
public struct Arrears: CountSumItem {
    /// The item.
    public init() {}

    public let id = "S3"
    public let name = "協助欠費處理"
    public let clause = "原始得分 A：該公所代辦欠費分期件數*1+健保櫃檯分期件數*2+代收紓困件數*2；組平均得分 B：組內各公所平均得分；本項得分(3)=〔(A-B)/B〕*10+80≦100分"
    public let label = "欠費"
    public let terms: [(column: CountColumn, weight: Int)] = [(.areaInstalment, 1), (.counterInstalment, 2), (.reliefLoan, 2)]
    public let formulaOfA = "AREA分期×1 + 健保櫃檯分期×2 + 紓困代收×2"

    public func factor(_ readings: ReadingChoices) -> Int { 10 }

    public var examples: [Example] {
        [
            Example("A = 5 + 2×3 + 2×1 = 13", expect: 13) {
                raw(Counts([.areaInstalment: 5, .counterInstalment: 3, .reliefLoan: 1])).a
            },
            Example("同組平均者得 80 分", expect: Decimal.exact("80")) {
                score(of: "乙", among: ["甲": Counts([.areaInstalment: 4]), "乙": Counts([.reliefLoan: 3]), "丙": Counts([.counterInstalment: 4])])
            },
            Example("A=0、B=4：(0−4)/4×10+80 = 70（無下限）", expect: Decimal.exact("70")) {
                score(of: "甲", among: ["甲": Counts(), "乙": Counts([.reliefLoan: 4]), "丙": Counts([.counterInstalment: 2])])
            },
            Example("上限 100：A=12、B=3 得 110，以 100 計", expect: Decimal.exact("100")) {
                score(of: "甲", among: ["甲": Counts([.reliefLoan: 6]), "乙": Counts(), "丙": Counts(), "丁": Counts()])
            },
            Example("組平均為 0：得 80 分", expect: Decimal.exact("80")) { score(of: "甲", among: ["甲": Counts(), "乙": Counts()]) },
            Example("A=7、ΣA=19、n=3：((21−19)×10)/19+80 = 81.0526… → 81.1", expect: Decimal.exact("81.1")) {
                score(of: "甲", among: ["甲": Counts([.areaInstalment: 7]), "乙": Counts([.areaInstalment: 5]), "丙": Counts([.areaInstalment: 7])])
            },
        ]
    }
}

import Foundation
import PingbiCore

/// (4) 業務宣導（111：15%）.
///
/// > 原始得分 A：該公所靜態宣導次數(註 1)*1+活動宣導次數(註 2)*2
/// > 組平均得分 B:組內各公所平均得分
/// > 本項得分(4)=((A-B)/B)*100+80≦100分
/// > (宣導件數若等於組內平均件數，則得分為 80)
///
/// The factor is 100 as written (reading `promotion-factor`; alternative 10). With ×100 the
/// score has no floor and spans −20 (A = 0) to 100, so this 15% item can move the total by
/// 18 points where item (1) (30%, 70…100) moves it by 9: every explanation says so (with the
/// weights in force).
public struct Promotion: CountSumItem {
    /// The item.
    public init() {}

    public let id = "S4"
    public let name = "業務宣導"
    public let clause = "原始得分 A：該公所靜態宣導次數(註 1)*1+活動宣導次數(註 2)*2；組平均得分 B:組內各公所平均得分；本項得分(4)=((A-B)/B)*100+80≦100分（宣導件數若等於組內平均件數，則得分為 80）"
    public let label = "宣導"
    public let terms: [(column: CountColumn, weight: Int)] = [(.staticPromotion, 1), (.eventPromotion, 2)]
    public let formulaOfA = "靜態宣導次數×1 + 活動宣導次數×2"

    public func factor(_ readings: ReadingChoices) -> Int {
        (readings(KaopingReadings.promotionFactor) as PromotionFactor).factor
    }

    public func note(_ input: GroupInput) -> String? {
        Promotion.spanNote(input.readings(KaopingReadings.promotionFactor), weights: input.weights)
    }

    /// The note on the item's span under `factor`, for explanations and the result, with the
    /// weights in force: (4)'s span × its weight against item (1)'s 70…100 × its weight.
    static func spanNote(_ factor: PromotionFactor, weights: [String: Decimal]) -> String {
        switch factor {
        case .hundred:
            var note = "項目(4)業務宣導依文件 ×100：本項為 ((A−B)/B)×100+80，無下限，得分範圍 −20～100"
            guard let own = weights["S4"], let first = weights["S1"], first > 0 else { return note }
            let reach = own * 120, firstReach = first * 30
            let ratio = reach / firstReach
            note += "；以 \((own * 100).plainText)% 計，本項對總分的影響可達 \(reach.plainText) 分，"
                + "為其他任何項目（如項目(1) \((first * 100).plainText)% × 70～100 = \(firstReach.plainText) 分）的"
                + (ratio == 2 ? "兩倍" : " \(ratio.rounded(2).plainText) 倍")
            return note
        case .ten:
            return "項目(4)業務宣導與其他項目相同 ×10：本項為 ((A−B)/B)×10+80（文件寫 ×100）"
        }
    }

    public var examples: [Example] {
        let group: [String: Counts] = [
            "甲": Counts([.staticPromotion: 10]), "乙": Counts([.staticPromotion: 20]), "丙": Counts([.staticPromotion: 30]),
        ]
        return [
            Example("A = 3 + 2×2 = 7", expect: 7) { raw(Counts([.staticPromotion: 3, .eventPromotion: 2])).a },
            Example("宣導件數等於組內平均件數者得 80 分", expect: Decimal.exact("80")) { score(of: "乙", among: group) },
            Example("×100：A=10、B=20 得 (10−20)/20×100+80 = 30", expect: Decimal.exact("30")) { score(of: "甲", among: group) },
            Example("×100 上限：A=30、B=20 得 130，以 100 計", expect: Decimal.exact("100")) { score(of: "丙", among: group) },
            Example("×100 無下限：A=0 得 −20", expect: Decimal.exact("-20")) {
                score(of: "甲", among: ["甲": Counts(), "乙": Counts([.eventPromotion: 5])])
            },
            Example("promotion-factor=10：A=0 得 70", expect: Decimal.exact("70")) {
                score(of: "甲", among: ["甲": Counts(), "乙": Counts([.eventPromotion: 5])], readings: ["promotion-factor": "10"])
            },
            Example("promotion-factor=10：A=10、B=20 得 75", expect: Decimal.exact("75")) {
                score(of: "甲", among: group, readings: ["promotion-factor": "10"])
            },
            Example("組平均為 0：得 80 分", expect: Decimal.exact("80")) { score(of: "甲", among: ["甲": Counts(), "乙": Counts()]) },
        ]
    }
}

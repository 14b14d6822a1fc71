import Foundation
import PingbiCore

/// (8) 補換發健保卡（加分，4 分）.
///
/// > 公所透過 AREA系統或在地製卡系統協助民眾辦理健保卡之件數，申辦對象不限公所所轄保險對象。
/// > 本項得分(8)=該公所辦理件數*0.25≦4
/// > 註：在地製卡據點公所(屏東縣潮州鎮、春日鄉及車城鄉)在本項得分=製卡件數*0.01≦4。
///
/// A site (在地製卡 = Y in `offices.csv`) scores 0.01 × 在地製卡件數 (reading `local-card`:
/// `card-only` as the 註 says; `combined`: 0.01 × (補換發健保卡 + 在地製卡件數)). Another
/// office's 在地製卡件數 is ignored (the program warns).
public struct CardReplacement: BonusItem {
    /// 0.25, read once (not per office).
    static let quarter = Decimal.exact("0.25")
    /// 0.01, read once (not per office).
    static let hundredth = Decimal.exact("0.01")

    /// The item.
    public init() {}

    public let id = "S8"
    public let name = "補換發健保卡"
    public let label = "健保卡"
    public let columns: [CountColumn] = [.cardReplacement, .localCards]
    public let clause = "本項得分(8)=該公所辦理件數*0.25≦4；註：在地製卡據點公所(屏東縣潮州鎮、春日鄉及車城鄉)在本項得分=製卡件數*0.01≦4。"

    public func evaluate(_ input: BonusInput) -> ItemScore {
        let counts = input.office.total
        let replaced = counts[.cardReplacement], made = counts[.localCards]
        guard input.office.office.isCardSite else {
            return finish(
                input, inputs: [("補換發健保卡", replaced)], formula: "辦理件數×0.25，上限 4 分",
                substitution: "\(replaced)×0.25", points: points([(replaced, Self.quarter)]), cap: 4)
        }
        switch input.readings(KaopingReadings.localCard) as LocalCard {
        case .cardOnly:
            return finish(
                input, inputs: [("在地製卡件數", made), ("補換發健保卡（不計）", replaced)],
                formula: "在地製卡據點公所：製卡件數×0.01，上限 4 分（解讀「\(LocalCard.cardOnly.label)」）",
                substitution: "\(made)×0.01", points: points([(made, Self.hundredth)]), cap: 4)
        case .combined:
            return finish(
                input, inputs: [("補換發健保卡", replaced), ("在地製卡件數", made)],
                formula: "在地製卡據點公所：(補換發健保卡 + 製卡件數)×0.01，上限 4 分（解讀「\(LocalCard.combined.label)」）",
                substitution: "(\(replaced) + \(made))×0.01", points: points([(replaced + made, Self.hundredth)]), cap: 4)
        }
    }

    public var examples: [Example] {
        [
            Example("6 件：1.5", expect: Decimal.exact("1.5")) { score(Counts([.cardReplacement: 6])) },
            Example("3 件：0.75 四捨五入為 0.8", expect: Decimal.exact("0.8")) { score(Counts([.cardReplacement: 3])) },
            Example("上限 4：20 件 = 5，以 4 計", expect: Decimal.exact("4")) { score(Counts([.cardReplacement: 20])) },
            Example("非據點公所的在地製卡件數不計", expect: Decimal.exact("0.5")) {
                score(Counts([.cardReplacement: 2, .localCards: 300]))
            },
            Example("在地製卡據點（潮州鎮、春日鄉、車城鄉）：製卡 150 件 ×0.01 = 1.5，補換發不計", expect: Decimal.exact("1.5")) {
                score(Counts([.cardReplacement: 8, .localCards: 150]), cardSite: true)
            },
            Example("local-card=combined：(50 + 150)×0.01 = 2", expect: Decimal.exact("2")) {
                score(Counts([.cardReplacement: 50, .localCards: 150]), cardSite: true, readings: ["local-card": "combined"])
            },
            Example("據點上限 4：製卡 520 件 = 5.2，以 4 計", expect: Decimal.exact("4")) {
                score(Counts([.localCards: 520]), cardSite: true)
            },
            Example("據點 rounding=items：製卡 35 件 = 0.35 → 0.4", expect: Decimal.exact("0.4")) {
                score(Counts([.localCards: 35]), cardSite: true)
            },
        ]
    }
}

import Foundation
import PingbiCore

/// (1) 健保櫃檯承保申辦率（111：30%）.
///
/// > 公所所轄保險對象透過 APP健保櫃檯申辦加保、轉出及停復保之比率。
/// > APP健保櫃檯申辦率 A=〔健保櫃檯申辦量(加保+轉出+停保+復保)/承保異動量〕*100%
/// > 組平均申辦率 B=組內平均申辦率
/// > 本項得分(1)=〔(A-B)/B)〕*10+80 ≦100分
///
/// A is a quotient, so under `rate-average=mean-of-rates` B = ΣA/n is a sum of quotients:
/// both are kept as exact fractions (``Fraction``) and the score
/// ((n·A − ΣA) × 10) / ΣA + 80 is one exact division; only the result is rounded. The A1
/// value shown is exact when A is a finite decimal, else rounded to 6 decimals (the
/// explanation gives the fraction). An office with 承保異動量 = 0 has no A: it is left out of
/// B (and of n) and scores 80. Under `pooled`, B = 100 × Σ申辦量 / Σ承保異動量 over the group.
/// The scores against B are the kit's ``GroupRelativeScore/scoresOfRates(title:members:mean:formula:rounding:noRate:note:undefined:)``.
public struct ApplicationRate: GroupItem {
    /// The item.
    public init() {}

    public let id = "S1"
    public let name = "健保櫃檯承保申辦率"
    public let clause = "APP健保櫃檯申辦率 A=〔健保櫃檯申辦量(加保+轉出+停保+復保)/承保異動量〕*100%；組平均申辦率 B=組內平均申辦率；本項得分(1)=〔(A-B)/B)〕*10+80 ≦100分"
    public let label = "申辦率"
    public let columns: [CountColumn] = CountColumn.applications + [.volume]
    public let aUnit = "(%)"
    public let aScale = 2

    /// A = 申辦量 / 承保異動量 × 100, nil when 承保異動量 = 0; with its explanation.
    func rate(_ counts: Counts) -> (a: Fraction?, explanation: Explanation) {
        var explanation = Explanation("A1 健保櫃檯承保申辦率 A")
        for column in columns {
            explanation.input(column.rawValue, count: counts[column])
        }
        explanation.add(.formula, "A = (加保+轉出+停保+復保) / 承保異動量 × 100")
        guard let a = PercentRate(counts.applications, of: counts[.volume]).exact else {
            explanation.add(.note, "承保異動量為 0：申辦率無定義，不列入組平均 B，本項以 80 分計")
            explanation.result(nil)
            return (nil, explanation)
        }
        explanation.add(.substitution, "(\(counts[.enrol])+\(counts[.transferOut])+\(counts[.suspend])+\(counts[.resume])) / \(counts[.volume]) × 100 = \(counts.applications)/\(counts[.volume]) × 100 = \(a)")
        explanation.add(.result, a.description)
        return (a, explanation)
    }

    /// An office without 承保異動量 has no rate: the 承辦人 is told it is scored 80, outside the mean.
    public func warning(_ score: ItemScore.Parts, of unit: () -> String) -> String? {
        score.a == nil ? "\(unit()) 承保異動量為 0：項目(1)申辦率無定義，不列入組平均，以 80 分計" : nil
    }

    public func evaluate(_ input: GroupInput) -> [ItemScore] {
        collectedScores(input)
    }

    /// Every office's score in the group, as ``evaluate(_:)`` gives them, each handed to `body`
    /// with the office's index.
    public func eachScore(_ input: GroupInput, _ body: (Int, ItemScore.Parts) -> Void) {
        let average: RateAverage = input.readings(KaopingReadings.rateAverage)
        var members = GroupRelativeScore.Members(capacity: input.offices.count)
        // Each office's counts read in place: the office is not copied.
        for index in input.offices.indices {
            let (a, explanation) = rate(input.offices[index].total)
            members.append(a, explanation: explanation)
        }
        let mean: GroupRelativeScore.RateMean
        let note: String
        switch average {
        case .meanOfRates:
            mean = .meanOfRates
            note = "解讀「\(RateAverage.meanOfRates.label)」：B 為組內各公所申辦率的平均（承保異動量為 0 者不列入）"
        case .pooled:
            let totals = input.offices.map(\.total)
            let (applications, volume, b) = PercentRate.pooled(parts: totals.map(\.applications), wholes: totals.map { $0[.volume] })
            let shown = Explanation.records ? "B = \(applications) / \(volume) × 100 = \(b?.description ?? "")" : ""
            mean = .pooled(b, shown: shown)
            note = "解讀「\(RateAverage.pooled.label)」：B = 組內申辦量合計 / 承保異動量合計 × 100"
        }
        GroupRelativeScore.eachScoreOfRates(
            title: scoreTitle(input), members: members, mean: mean, formula: .init(factor: 10, cap: 100),
            rounding: input.readings(KaopingReadings.rounding),
            noRate: "無（承保異動量為 0）", note: note, undefined: "承保異動量為 0：申辦率 A 無定義", body)
    }

    public var examples: [Example] {
        let group = GroupInput.oneMonth([
            "甲": Counts([.enrol: 10, .volume: 100]), "乙": Counts([.enrol: 20, .volume: 100]),
            "丙": Counts([.enrol: 30, .volume: 100]),
        ])
        return [
            Example("A = (加保+轉出+停保+復保)/承保異動量×100：(3+2+1+1)/28×100 = 25", expect: Fraction(25)) {
                rate(Counts([.enrol: 3, .transferOut: 2, .suspend: 1, .resume: 1, .volume: 28])).a
            },
            Example("同組平均者得 80 分", expect: Decimal.exact("80")) { score(of: "乙", in: group) },
            Example("A=30、B=20：(30−20)/20×10+80 = 85", expect: Decimal.exact("85")) { score(of: "丙", in: group) },
            Example("A=10、B=20：(10−20)/20×10+80 = 75", expect: Decimal.exact("75")) { score(of: "甲", in: group) },
            Example("上限 100：A=90、B=22.5 得 (90−22.5)/22.5×10+80 = 110，以 100 計", expect: Decimal.exact("100")) {
                score(of: "甲", in: .oneMonth([
                    "甲": Counts([.enrol: 90, .volume: 100]), "乙": Counts([.volume: 100]), "丙": Counts([.volume: 100]),
                    "丁": Counts([.volume: 100]),
                ]))
            },
            Example("承保異動量 = 0：A 無定義，得 80 分", expect: Decimal.exact("80")) {
                score(of: "丁", in: .oneMonth(["丁": Counts(), "甲": Counts([.enrol: 10, .volume: 100])]))
            },
            Example("承保異動量 = 0 者不列入 B：甲 10%、乙 30% 的 B 為 20，甲得 75", expect: Decimal.exact("75")) {
                score(of: "甲", in: .oneMonth(["甲": Counts([.enrol: 10, .volume: 100]), "乙": Counts([.enrol: 30, .volume: 100]), "丁": Counts()]))
            },
            Example("組平均為 0（全組申辦量皆為 0）：得 80 分", expect: Decimal.exact("80")) {
                score(of: "甲", in: .oneMonth(["甲": Counts([.volume: 50]), "乙": Counts([.volume: 70])]))
            },
            Example("mean-of-rates：甲 1/3=33.3…%、乙 2/4=50%，B=125/3，甲得 (2×100/3−(100/3+50))×10/(100/3+50)+80 = 78", expect: Decimal.exact("78")) {
                score(of: "甲", in: .oneMonth(["甲": Counts([.enrol: 1, .volume: 3]), "乙": Counts([.enrol: 2, .volume: 4])]))
            },
            Example("pooled：B = 3/7×100，甲 A=100/3：(100/3 − 300/7)/(300/7)×10+80 = 77.777… → 77.8", expect: Decimal.exact("77.8")) {
                score(of: "甲", in: .oneMonth(["甲": Counts([.enrol: 1, .volume: 3]), "乙": Counts([.enrol: 2, .volume: 4])], readings: ["rate-average": "pooled"]))
            },
            Example("恰為 x.x5 者四捨五入進位：A=203/500=40.6、B=40 得 80.15 → 80.2", expect: Decimal.exact("80.2")) {
                score(of: "甲", in: .oneMonth(["甲": Counts([.enrol: 203, .volume: 500]), "乙": Counts([.enrol: 197, .volume: 500])]))
            },
        ]
    }
}

import Foundation
import PingbiCore

/// 複審分數: the five panel members' scores combined into one (reading `panel-score`).
///
/// > 附件五 備註 4.(2)：「複審：由衛福部邀請勞保局、專家學者共同組成 5 人複審小組，就初審入圍者，
/// > 依據評審標準遴選獲獎督導員及服務員。」
public struct PanelScoreCombination: UnitScoredItem {
    public typealias Unit = Finalist
    public let id = "mean"
    public let name = "複審分數"
    public let clause = "附件五 備註 4.(2)：複審由衛福部邀請勞保局、專家學者共同組成 5 人複審小組，就初審入圍者，依據評審標準遴選獲獎督導員及服務員。"

    /// The indicator.
    public init() {}

    /// A finalist's 複審分數 under `panel-score` as the pipeline scores it: the value shown, the
    /// exact score, and the explanation naming the nominee's agency and 職稱.
    public func evaluate(_ input: UnitMember<Finalist>) -> ItemScore {
        let finalist = input.unit
        var (value, exact, explanation) = combine(finalist.scores, input.readings(PensionReadings.panelScore))
        explanation.add(.note, "推薦機關：\(finalist.nomination.agency)；職稱：\(finalist.group)；初審通過")
        return ItemScore(unit: finalist.name, a: nil, score: exact, value: value, aExplanation: nil, explanation: explanation)
    }

    /// The mean of the five scores, or (trimmed) of the three left after dropping one highest
    /// and one lowest: shown as a `Decimal` (a third is not a finite decimal), and as the exact
    /// fraction that ranks and meets the award threshold.
    public func combine(_ scores: [Decimal], _ method: PanelScore) -> (value: Decimal, exact: Fraction, explanation: Explanation) {
        var explanation = Explanation("複審分數（解讀「\(method.label)」）")
        for (index, score) in scores.enumerated() { explanation.input("評審\(index + 1)", score) }
        let trim: Int
        switch method {
        case .mean:
            explanation.add(.formula, "複審分數 = 5 位評審分數之平均")
            trim = 0
        case .trimmed:
            explanation.add(.formula, "複審分數 = 去掉最高與最低各一後，其餘 3 位評審分數之平均")
            trim = 1
        }
        // Five scores are required of every nominee who passed 初審 (``PensionExemplary112/load(_:)``).
        let mean = TrimmedMean(scores, trim: trim)!
        mean.explain(&explanation)
        return (mean.value, mean.exact, explanation)
    }

    public var examples: [Example] {
        let scores = ["80", "85", "90", "75", "88"].map { Decimal.exact($0) }
        return [
            Example("mean：(80+85+90+75+88) ÷ 5 = 83.6", expect: Decimal.exact("83.6")) {
                PanelScoreCombination().combine(scores, .mean).value
            },
            Example("trimmed：去掉 90 與 75，(80+85+88) ÷ 3 = 84.33…", expect: Decimal(253) / Decimal(3)) {
                PanelScoreCombination().combine(scores, .trimmed).value
            },
            Example("trimmed：最高分並列時只去掉一個：(100+100+80) ÷ 3", expect: Decimal(280) / Decimal(3)) {
                PanelScoreCombination().combine(["100", "100", "80", "70", "100"].map { Decimal.exact($0) }, .trimmed).value
            },
            Example("一位評審給 0 分，trimmed 可排除其影響：(90+90+90) ÷ 3 = 90", expect: Decimal(90)) {
                PanelScoreCombination().combine(["90", "0", "90", "90", "95"].map { Decimal.exact($0) }, .trimmed).value
            },
            Example("逐人計分依 panel-score=trimmed：分數為 84.33…，排名與門檻用其精確值 253/3", expect: "84.33 253/3（≈84.33333333）") {
                let finalist = Finalist(nomination: .sample("甲"), scores: scores)
                let score = PanelScoreCombination().evaluate(UnitMember(unit: finalist, readings: ReadingChoices(["panel-score": "trimmed"])))
                return "\(score.value.fixed(2)) \(score.score!)"
            },
        ]
    }
}

import Foundation
import PingbiCore

/// 複審分數: the five panel members' scores combined into one (reading `panel-score`).
///
/// > 附件五 備註 4.(2)：「複審：由衛福部邀請勞保局、專家學者共同組成 5 人複審小組，就初審入圍者，
/// > 依據評審標準遴選獲獎督導員及服務員。」
public struct PanelScoreCombination: Indicator {
    public let id = "mean"
    public let name = "複審分數"
    public let clause = "附件五 備註 4.(2)：複審由衛福部邀請勞保局、專家學者共同組成 5 人複審小組，就初審入圍者，依據評審標準遴選獲獎督導員及服務員。"

    /// The indicator.
    public init() {}

    /// The mean of the five scores, or (trimmed) of the three left after dropping one highest
    /// and one lowest: shown as a `Decimal` (a third is not a finite decimal), and as the exact
    /// fraction that ranks and meets the award threshold.
    public func evaluate(
        _ input: (scores: [Decimal], method: PanelScore)
    ) -> (value: Decimal, exact: Fraction, explanation: Explanation) {
        var explanation = Explanation("複審分數（panel-score=\(input.method.rawValue)）")
        for (index, score) in input.scores.enumerated() { explanation.input("評審\(index + 1)", score) }
        let trim: Int
        switch input.method {
        case .mean:
            explanation.add(.formula, "複審分數 = 5 位評審分數之平均")
            trim = 0
        case .trimmed:
            explanation.add(.formula, "複審分數 = 去掉最高與最低各一後，其餘 3 位評審分數之平均")
            trim = 1
        }
        // Five scores are required of every nominee who passed 初審 (``PensionExemplary112``).
        let mean = TrimmedMean(input.scores, trim: trim)!
        mean.explain(&explanation)
        return (mean.value, mean.exact, explanation)
    }

    public var examples: [Example] {
        let scores = ["80", "85", "90", "75", "88"].map { Decimal.exact($0) }
        return [
            Example("mean：(80+85+90+75+88) ÷ 5 = 83.6", expect: Decimal.exact("83.6")) {
                PanelScoreCombination().evaluate((scores, .mean)).value
            },
            Example("trimmed：去掉 90 與 75，(80+85+88) ÷ 3 = 84.33…", expect: Decimal(253) / Decimal(3)) {
                PanelScoreCombination().evaluate((scores, .trimmed)).value
            },
            Example("trimmed：最高分並列時只去掉一個：(100+100+80) ÷ 3", expect: Decimal(280) / Decimal(3)) {
                PanelScoreCombination().evaluate((["100", "100", "80", "70", "100"].map { Decimal.exact($0) }, .trimmed)).value
            },
            Example("一位評審給 0 分，trimmed 可排除其影響：(90+90+90) ÷ 3 = 90", expect: Decimal(90)) {
                PanelScoreCombination().evaluate((["90", "0", "90", "90", "95"].map { Decimal.exact($0) }, .trimmed)).value
            },
        ]
    }
}

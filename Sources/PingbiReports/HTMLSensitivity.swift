import Foundation
import PingbiCore

extension HTMLRenderer {
    /// The 判讀敏感度 section (`--sensitivity`): the awards that depend on a reading, with the
    /// single changes that move them and who would get them instead, then the robust ones.
    static func sensitivity(_ analysis: ReadingSensitivity) -> String {
        let valid = analysis.combinations - analysis.failed.count
        var out = "<section class=\"sensitivity\">\n<h3>判讀敏感度</h3>\n"
        out += "<p>以 \(SensitivityRenderer.count(analysis.combinations)) 種解讀組合重新計算（\(analysis.varied.count) 個解讀的所有取值）。</p>\n"
        let dependent = analysis.dependent
        if dependent.isEmpty {
            out += "<p class=\"robust\">✓ 所有結果在每一種解讀組合下都相同。</p>\n"
        } else {
            out += "<p class=\"dependent\">⚠ \(dependent.count) 項結果會因解讀不同而改變，公布前須先確定解讀：</p>\n<ul class=\"dependent\">\n"
            for stability in dependent {
                out += "<li>" + e(SensitivityRenderer.describe(stability.outcome, titles: analysis.policyTitles))
                out += "：在 \(SensitivityRenderer.count(stability.stands))／\(SensitivityRenderer.count(valid)) 種組合中成立"
                out += e(SensitivityRenderer.changes(stability, lost: true, in: analysis, byTitle: true)) + "</li>\n"
            }
            out += "</ul>\n"
        }
        let robust = analysis.outcomes.filter { $0.stands == valid }
        if !robust.isEmpty {
            out += "<p>不受解讀影響（\(robust.count) 項）：" + robust.map { e(SensitivityRenderer.describe($0.outcome, titles: analysis.policyTitles)) }
                .joined(separator: "、") + "</p>\n"
        }
        return out + "</section>\n"
    }
}

import Foundation
import PingbiCore

/// `pingbi sensitivity`: which outcomes depend on a reading, in words a 承辦人 can act on —
/// what must be settled first, then what stands whatever the reading, then rank ranges.
public enum SensitivityRenderer {
    /// The analysis of one program as text.
    public static func render(_ analysis: ReadingSensitivity) -> String {
        let valid = analysis.combinations - analysis.failed.count
        var out = "═══ 判讀敏感度：\(analysis.title)（\(analysis.program)）═══\n"
        out += "共計算 \(count(analysis.combinations)) 種解讀組合（\(analysis.varied.count) 個解讀的所有取值"
        if !analysis.fixed.isEmpty {
            out += "；固定 " + analysis.fixed.map { "\($0.reading.name)=\($0.value)" }.joined(separator: "、")
        }
        out += "），以目前的解讀為準：" + analysis.baseline.map { "\($0.reading.name)=\($0.value)" }.joined(separator: "  ") + "\n"
        if analysis.failed.count > 0 {
            out += "其中 \(count(analysis.failed.count)) 種組合下資料不成立，未列入比較"
            if let example = analysis.failed.example { out += "（例如：\(example)）" }
            out += "\n"
        }

        let dependent = analysis.dependent
        out += "\n"
        if dependent.isEmpty {
            out += "✓ 所有結果在每一種解讀組合下都相同，公布前不必先確定解讀。\n"
        } else {
            out += "⚠ 公布前須先確定解讀：\(dependent.count) 項結果會因解讀不同而改變\n"
            for stability in dependent {
                out += "  ・" + describe(stability.outcome, in: analysis)
                out += "：在 \(count(stability.stands))／\(count(valid)) 種組合中成立"
                out += changes(stability, lost: true, in: analysis) + "\n"
            }
        }

        let robust = analysis.outcomes.filter { $0.stands == valid }
        if !robust.isEmpty {
            out += "\n✓ 不受解讀影響（\(robust.count) 項）\n"
            for stability in robust {
                out += "  ・" + describe(stability.outcome, in: analysis) + "\n"
            }
        }

        if !analysis.newcomers.isEmpty {
            out += "\n在其他解讀下才會出現的結果（\(analysis.newcomers.count) 項）\n"
            for stability in analysis.newcomers {
                out += "  ・" + describe(stability.outcome, in: analysis)
                out += "：在 \(count(stability.stands))／\(count(valid)) 種組合中出現"
                out += changes(stability, lost: false, in: analysis) + "\n"
            }
        }

        if analysis.movingRanks.isEmpty {
            out += "\n每個單位的名次在所有組合下都相同。\n"
        } else {
            out += "\n名次會因解讀而變動的單位（\(analysis.movingRanks.count) 個）\n"
            for range in analysis.movingRanks {
                let group = range.group.flatMap { analysis.groupTitles[$0] }.map { $0 + " " } ?? ""
                let baseline = range.baseline.map { "第 \($0) 名" } ?? "無名次"
                out += "  ・\(group)\(range.unit)：目前\(baseline)，各組合中第 \(range.best)–\(range.worst) 名\n"
            }
        }
        return out
    }

    /// `菁英獎 高雄市仁武區`, `績優直轄市、縣(市)政府（良） 嘉義縣`. The group is not named: an
    /// award may be given across groups.
    static func describe(_ outcome: Outcome, in analysis: ReadingSensitivity) -> String {
        let title = analysis.policyTitles[outcome.policy] ?? outcome.policy
        var text = title
        if let label = outcome.label, !title.contains(label) { text += "（\(label)）" }
        text += " " + outcome.unit
        return text
    }

    /// `；改為 promotion-factor=10 時不成立（改由 高雄市鳥松區）`, or `；只在多個解讀同時改變時…`.
    static func changes(_ stability: ReadingSensitivity.Stability, lost: Bool, in analysis: ReadingSensitivity) -> String {
        guard !stability.changes.isEmpty else {
            return lost ? "；單獨改變任一解讀時仍成立，只在多個解讀同時改變時不成立" : "；只在多個解讀同時改變時出現"
        }
        var text = "；改為 " + stability.changes.map { "\($0.reading.name)=\($0.value)" }.joined(separator: " 或 ")
        text += lost ? " 時不成立" : " 時出現"
        if !stability.instead.isEmpty {
            text += lost ? "（改由 " : "（取代 "
            text += stability.instead.joined(separator: "、") + "）"
        }
        return text
    }

    /// `1,536`.
    static func count(_ value: Int) -> String {
        ValueFormat.money(Decimal(value))
    }
}

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
                out += "  ・" + describe(stability.outcome, titles: analysis.policyTitles)
                out += "：在 \(count(stability.stands))／\(count(valid)) 種組合中成立"
                out += changes(stability, lost: true, in: analysis) + "\n"
            }
        }

        let robust = analysis.outcomes.filter { $0.stands == valid }
        if !robust.isEmpty {
            out += "\n✓ 不受解讀影響（\(robust.count) 項）\n"
            for stability in robust {
                out += "  ・" + describe(stability.outcome, titles: analysis.policyTitles) + "\n"
            }
        }

        if !analysis.newcomers.isEmpty {
            out += "\n在其他解讀下才會出現的結果（\(analysis.newcomers.count) 項）\n"
            for stability in analysis.newcomers {
                out += "  ・" + describe(stability.outcome, titles: analysis.policyTitles)
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

    /// `；改為 promotion-factor=10 時不成立（改由 高雄市鳥松區）`, or `；只在多個解讀同時改變時…`;
    /// `byTitle` (a published report), each reading by its question and each value by its label
    /// instead of what a command takes: `；「項目(4)業務宣導的倍數」改為「×10（與其他項目相同）」時不成立…`.
    static func changes(_ stability: ReadingSensitivity.Stability, lost: Bool, in analysis: ReadingSensitivity, byTitle: Bool = false) -> String {
        guard !stability.changes.isEmpty else {
            return lost ? "；單獨改變任一解讀時仍成立，只在多個解讀同時改變時不成立" : "；只在多個解讀同時改變時出現"
        }
        var text = byTitle
            ? "；" + stability.changes.map { "「\($0.reading.title)」改為「\($0.reading.label(of: $0.value))」" }.joined(separator: "或")
            : "；改為 " + stability.changes.map { "\($0.reading.name)=\($0.value)" }.joined(separator: " 或 ")
        text += (byTitle ? "" : " ") + (lost ? "時不成立" : "時出現")
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

extension SensitivityRenderer {
    /// The weight section: the share of weight vectors under which each award stands.
    public static func render(_ analysis: WeightSensitivity) -> String {
        var out = "\n─── 權重敏感度 ───\n"
        out += "目前權重：" + analysis.items.map { "\($0.title) \(percent($0.weight))" }.joined(separator: "、") + "\n"
        out += "各項權重分別增減 5 與 10 個百分點（其餘項目依比例調整，合計仍為 100%，權重取至小數 4 位）共 \(analysis.shifts) 種，"
        out += "另以固定種子 \(analysis.seed) 隨機抽取 \(analysis.samples) 組每項相差不超過 10 個百分點的權重。\n"
        let titles = Dictionary(analysis.items.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        func moves(_ share: WeightSensitivity.Share, _ verb: String) -> String {
            guard !share.movedBy.isEmpty else { return "" }
            return "；" + share.movedBy.map { "\(titles[$0.item] ?? $0.item) \($0.points > 0 ? "+" : "")\($0.points)" }
                .joined(separator: "、") + " 個百分點時\(verb)"
        }
        let fragile = analysis.awards.filter { $0.shiftsStanding < analysis.shifts || $0.samplesStanding < analysis.samples }
        let robust = analysis.awards.filter { $0.shiftsStanding == analysis.shifts && $0.samplesStanding == analysis.samples }
        if fragile.isEmpty {
            out += "✓ 每一項獎項在所有權重組合下都成立。\n"
        } else {
            out += "⚠ 會因權重而改變的獎項（\(fragile.count) 項）\n"
            for share in fragile {
                out += "  ・" + describe(share.outcome, titles: analysis.policyTitles)
                out += "：單項調整 \(share.shiftsStanding)／\(analysis.shifts) 成立，隨機權重 \(share.samplesStanding)／\(analysis.samples) 成立"
                out += moves(share, "不成立") + "\n"
            }
        }
        if !robust.isEmpty {
            out += "✓ 在所有權重組合下都成立（\(robust.count) 項）：" + robust.map { $0.outcome.unit }.joined(separator: "、") + "\n"
        }
        for share in analysis.newcomers {
            out += "  ＋" + describe(share.outcome, titles: analysis.policyTitles)
            out += "：單項調整 \(share.shiftsStanding)／\(analysis.shifts)、隨機權重 \(share.samplesStanding)／\(analysis.samples) 時獲得" + moves(share, "獲得") + "\n"
        }
        return out
    }

    /// `30%`, `17.5%`.
    static func percent(_ weight: Decimal) -> String {
        (weight * 100).plainText + "%"
    }

    /// `菁英獎 高雄市仁武區`.
    static func describe(_ outcome: Outcome, titles: [String: String]) -> String {
        let title = titles[outcome.policy] ?? outcome.policy
        var text = title
        if let label = outcome.label, outcome.labelKind == .level { text += "（\(label)）" }
        return text + " " + outcome.unit
    }
}

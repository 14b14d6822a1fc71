import Foundation
import PingbiCore

/// `pingbi gap`: how far one unit stands from each award, in words an office can act on.
public enum GapRenderer {
    /// The analysis as text.
    public static func render(_ gap: AwardGap) -> String {
        let result = gap.result
        let unit = result.unit(named: gap.unit)
        var place: [String] = []
        if let group = unit?.group.flatMap({ result.groupTitles[$0] }) { place.append(group) }
        if let rank = unit?.rank { place.append("第 \(rank) 名") }
        var out = "\(result.title)\n\(gap.unit)" + (place.isEmpty ? "" : "（" + place.joined(separator: "，") + "）") + "\n"
        for finding in gap.findings {
            let title = result.policyTitles[finding.policy] ?? finding.policy
            if finding.holds {
                out += "\(title)：目前獲得。"
                out += finding.steps.isEmpty
                    ? "單獨改變任何一項件數都不會失去。\n"
                    : "單獨改變一項件數就會失去的最小幅度：\n" + finding.steps.map(line).joined()
            } else {
                out += "\(title)：目前未獲得。"
                out += finding.steps.isEmpty
                    ? "單獨改變任何一項件數都無法獲得。\n"
                    : "單獨改變一項件數即可獲得的最小幅度：\n" + finding.steps.map(line).joined()
            }
        }
        if gap.findings.isEmpty { out += "本程式沒有獎項。\n" }
        out += "（每次只改變一項件數，其他單位的資料不變；組平均、上限、同分與比序都依程式重新計算。）\n"
        return out
    }

    /// `  ・活動宣導 再增加 4 件（合計 13 → 17）`; a count of people in 人.
    static func line(_ step: AwardGap.Step) -> String {
        let unit = step.countWord
        let amount = ValueFormat.money(Decimal(abs(step.delta)))
        let change = step.delta > 0 ? "再增加 \(amount) \(unit)" : "減少 \(amount) \(unit)"
        let before = ValueFormat.money(Decimal(step.total)), after = ValueFormat.money(Decimal(step.total + step.delta))
        return "  ・\(step.column) \(change)（合計 \(before) → \(after)）\n"
    }
}

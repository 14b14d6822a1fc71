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
            out += "\(result.policyTitles[finding.policy] ?? finding.policy)：\(standing(finding, in: gap))"
            out += finding.steps.isEmpty ? "\n" : "\n" + finding.steps.map { "  ・\(change($0))\(instead($0, losing: finding, in: gap))\n" }.joined()
        }
        if gap.findings.isEmpty { out += "本程式沒有獎項。\n" }
        out += "（\(footnote(gap))）\n"
        return out
    }

    /// Where the unit stands on `finding`'s award and what the steps below it are:
    /// `目前未獲得。單獨改變一項件數即可獲得的最小幅度：`, or that no single count can change it;
    /// the counts called as `gap` calls them (``AwardGap/countNoun``: 人數 for a program
    /// counting people).
    public static func standing(_ finding: AwardGap.Finding, in gap: AwardGap) -> String {
        let noun = gap.countNoun
        return switch (finding.holds, finding.steps.isEmpty) {
        case (true, true): "目前獲得。單獨改變任何一項\(noun)都不會失去。"
        case (true, false): "目前獲得。單獨改變一項\(noun)就會失去的最小幅度："
        case (false, true): "目前未獲得。單獨改變任何一項\(noun)都無法獲得。"
        case (false, false): "目前未獲得。單獨改變一項\(noun)即可獲得的最小幅度："
        }
    }

    /// How every step was found: `每次只改變一項件數，其他單位的資料不變；…重新計算。`.
    public static func footnote(_ gap: AwardGap) -> String {
        "每次只改變一項\(gap.countNoun)，其他單位的資料不變；\(recomputed(gap.result))都依程式重新計算。"
    }

    /// What each step's run computes again as the program does: `組平均、上限、同分與比序`, the
    /// group mean named only where the program scores against one (`result` has group means).
    public static func recomputed(_ result: ProgramResult) -> String {
        (result.groupMeans.isEmpty ? "" : "組平均、") + "上限、同分與比序"
    }

    /// The smallest step in a line: `活動宣導 再增加 2 件（合計 2 → 4）即可獲得`, `靜態宣導 減少 3 件
    /// （合計 4 → 1）就會失去`, or that no single count can change the standing.
    public static func nearest(_ finding: AwardGap.Finding, in gap: AwardGap) -> String {
        guard let step = finding.steps.first else {
            return finding.holds ? "目前獲得；單獨改變任何一項\(gap.countNoun)都不會失去" : "單獨改變任何一項\(gap.countNoun)都無法獲得"
        }
        return finding.holds ? "目前獲得；\(change(step))就會失去\(instead(step, losing: finding, in: gap))" : "\(change(step))即可獲得"
    }

    /// `（此時改獲菁英獎）` after a step that loses the unit the award of `finding` it holds when the
    /// same step wins it another award it does not hold (one it may not hold beside it: a 菁英獎
    /// winner is left out of 行動服務貢獻獎); nothing otherwise. Only the steps listed are
    /// compared: a step the other award does not list is not said to win it.
    public static func instead(_ step: AwardGap.Step, losing finding: AwardGap.Finding, in gap: AwardGap) -> String {
        guard finding.holds else { return "" }
        let won = gap.findings.filter { !$0.holds && $0.policy != finding.policy && $0.steps.contains(step) }
        return won.isEmpty ? "" : "（此時改獲" + won.map { gap.result.policyTitles[$0.policy] ?? $0.policy }.joined(separator: "、") + "）"
    }

    /// `活動宣導 再增加 4 件（合計 13 → 17）`; a count of people in 人.
    public static func change(_ step: AwardGap.Step) -> String {
        let unit = step.countWord
        let amount = ValueFormat.money(Decimal(abs(step.delta)))
        let change = step.delta > 0 ? "再增加 \(amount) \(unit)" : "減少 \(amount) \(unit)"
        let before = ValueFormat.money(Decimal(step.total)), after = ValueFormat.money(Decimal(step.total + step.delta))
        return "\(step.column) \(change)（合計 \(before) → \(after)）"
    }
}

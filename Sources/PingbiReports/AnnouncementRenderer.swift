import Foundation
import PingbiCore

/// The short announcement a 承辦人 pastes into the LINE group: per group, each policy's
/// units with label, rank and score (a nominee with the 推薦機關; a list or an exclusion with its
/// reason); the awards chosen across the groups (``ProgramResult/crossGroupPolicies``) in a
/// section of their own; then every place left empty (從缺, 不遞補), in plain Chinese text
/// without markup.
public enum AnnouncementRenderer {
    /// One program's announcement; text from the data is shown visibly (``VisibleText``), so
    /// a name can neither add a line nor hide or reorder characters.
    public static func render(_ r: ProgramResult) -> String {
        VisibleText.of(announcement(r), keepingLayout: true)
    }

    static func announcement(_ r: ProgramResult) -> String {
        var out = "【\(r.title)】\n"
        if let period = r.period { out += "評比期間：\(period)" + (r.provisional ? "（部分期間，結果為暫定）" : "") + "\n" }
        guard !r.outcomes.isEmpty else { return out + "本次無單位獲獎或列入名單。\n" + vacancies(r) + footer(r) }
        let score = ReportCharts.scoreColumn(r)
        let grouped = r.units.contains { $0.group != nil }
        // A policy that chooses among all units (行動服務貢獻獎, 不分組別) is never listed under a group.
        let across = grouped ? r.outcomes.indices.filter { r.crossGroupPolicies.contains(r.outcomes[$0].policy) } : []
        var placed = Set(across)
        for group in ReportCharts.groups(r) {
            let names = Set(r.units.filter { $0.group == group }.map(\.unit))
            let indices = r.outcomes.indices.filter { !placed.contains($0) && names.contains(r.outcomes[$0].unit) }
            guard !indices.isEmpty else { continue }
            if grouped { out += "\n" + "【" + groupTitle(group, in: r) + "】" + "\n" }
            out += lists(r, indices: indices, score: score)
            placed.formUnion(indices)
        }
        if !across.isEmpty { out += "\n【不分組】\n" + lists(r, indices: across, score: score, namingGroups: true) }
        let rest = r.outcomes.indices.filter { !placed.contains($0) }
        if !rest.isEmpty { out += (grouped ? "\n" : "") + lists(r, indices: rest, score: score) }
        out += vacancies(r)
        if !r.notes.isEmpty { out += "\n" + r.notes.map { "註：" + VisibleText.of($0) + "\n" }.joined() }
        return out + footer(r)
    }

    /// A group's name for people (`第一組`), `未分組` for none.
    static func groupTitle(_ group: String?, in r: ProgramResult) -> String {
        group.map { r.groupTitles[$0] ?? "第 \($0) 組" } ?? "未分組"
    }

    /// One short closing line naming the data files by the first 12 digits of their SHA-256
    /// and the version; empty when the run recorded no provenance.
    static func footer(_ r: ProgramResult) -> String {
        guard !r.provenance.version.isEmpty else { return "" }
        let files = r.provenance.inputs.map { "\($0.file)（SHA-256 前 12 碼 \($0.sha256.prefix(12))）" }
        return "\n" + (files.isEmpty ? "" : "資料檔 " + files.joined(separator: "、") + "；") + "版本 pingbi \(r.provenance.version)\n"
    }

    /// The places left empty (`第 2 名（優）從缺`) or not refilled (`名單不遞補`), after a blank
    /// line, so an announcement never skips a place silently; empty when there are none.
    static func vacancies(_ r: ProgramResult) -> String {
        r.vacancies.isEmpty ? "" : "\n" + r.vacancies.map { "※ " + VisibleText.of($0.sentence) + "\n" }.joined()
    }

    /// Several programs, separated by a blank line.
    public static func render(_ results: [ProgramResult]) -> String {
        results.map(render).joined(separator: "\n")
    }

    /// The outcomes at `indices`, policy by policy, one line each; `namingGroups` adds each
    /// unit's group (in a section that spans the groups).
    static func lists(_ r: ProgramResult, indices: [Int], score: ValueColumn?, namingGroups: Bool = false) -> String {
        var policies: [String] = []
        for index in indices where !policies.contains(r.outcomes[index].policy) { policies.append(r.outcomes[index].policy) }
        var out = ""
        for policy in policies {
            out += (r.policyTitles[policy] ?? policy) + "：\n"
            for index in indices where r.outcomes[index].policy == policy {
                out += "　" + line(r.outcomes[index], in: r, score: score, namingGroup: namingGroups) + "\n"
            }
        }
        return out
    }

    /// One outcome. An award to a ranked unit shows its place, score and amount
    /// (`高雄市前鎮區（第1名，總得分 93.2）`); anything else — a list, an exclusion, a tie
    /// referred to the panel, an award to an unranked total row — shows its reason in words
    /// (`合計：全體原鄉合計收繳率 35.02%，…`), never a bare number from a column it was not decided by.
    static func line(_ o: Outcome, in r: ProgramResult, score: ValueColumn?, namingGroup: Bool = false) -> String {
        let unit = r.unit(named: o.unit)
        let scored = unit?.rank != nil && (r.policyKinds[o.policy] == .award || o.reason == nil)
        let reason = scored ? nil : o.reason
        // A label that only restates the award (`檢討報告` under 提出檢討報告), or that the reason
        // shown says in full, is left out.
        var text = o.label.flatMap { o.labelKind == .level && reason == nil ? $0 + "　" : nil } ?? ""
        text += o.unit
        var details: [String] = []
        if let agency = o.agency { details.append("推薦機關 " + agency) }
        if namingGroup, let unit { details.append(groupTitle(unit.group, in: r)) }
        if let rank = o.rank { details.append("第\(rank)名") }
        if scored, let score, let value = unit?.values[score.key] {
            details.append(score.title + " " + ValueFormat.cell(value, column: score))
        }
        if let amount = o.amount { details.append(ValueFormat.money(amount) + " 元") }
        if o.provisional { details.append("暫定") }
        text += details.isEmpty ? "" : "（" + details.joined(separator: "，") + "）"
        return VisibleText.of(text + (reason.map { "：" + $0 } ?? ""))
    }
}

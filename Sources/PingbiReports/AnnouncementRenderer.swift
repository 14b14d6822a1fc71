import Foundation
import PingbiCore

/// The short announcement a 承辦人 pastes into the LINE group: per group, each policy's
/// units with label, rank and score, then every place left empty (從缺, 不遞補), in plain
/// Chinese text without markup.
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
        var placed = Set<Int>()
        for group in ReportCharts.groups(r) {
            let names = Set(r.units.filter { $0.group == group }.map(\.unit))
            let indices = r.outcomes.indices.filter { names.contains(r.outcomes[$0].unit) }
            guard !indices.isEmpty else { continue }
            if grouped { out += "\n" + (group.map { "【" + (r.groupTitles[$0] ?? "第 \($0) 組") + "】" } ?? "【未分組】") + "\n" }
            out += lists(r, indices: indices, score: score)
            placed.formUnion(indices)
        }
        let rest = r.outcomes.indices.filter { !placed.contains($0) }
        if !rest.isEmpty { out += (grouped ? "\n" : "") + lists(r, indices: rest, score: score) }
        out += vacancies(r)
        if !r.notes.isEmpty { out += "\n" + r.notes.map { "註：" + VisibleText.of($0) + "\n" }.joined() }
        return out + footer(r)
    }

    /// One short closing line naming the data files by the first 12 digits of their SHA-256
    /// and the version; empty when the run recorded no provenance.
    static func footer(_ r: ProgramResult) -> String {
        guard !r.provenance.version.isEmpty else { return "" }
        let files = r.provenance.inputs.map { "\($0.file)（SHA-256 前 12 碼 \($0.sha256.prefix(12))）" }
        return "\n" + (files.isEmpty ? "" : "資料檔 " + files.joined(separator: "、") + "；") + "版本 pingbi \(r.provenance.version)\n"
    }

    /// The warnings that say a place was left empty (`第 2 名（優）從缺`, `名單不遞補`), after a
    /// blank line, so an announcement never skips a place silently; empty when there are none.
    static func vacancies(_ r: ProgramResult) -> String {
        let lines = r.warnings.filter { $0.contains("從缺") || $0.contains("不遞補") }
        return lines.isEmpty ? "" : "\n" + lines.map { "※ " + VisibleText.of($0) + "\n" }.joined()
    }

    /// Several programs, separated by a blank line.
    public static func render(_ results: [ProgramResult]) -> String {
        results.map(render).joined(separator: "\n")
    }

    static func lists(_ r: ProgramResult, indices: [Int], score: ValueColumn?) -> String {
        var policies: [String] = []
        for index in indices where !policies.contains(r.outcomes[index].policy) { policies.append(r.outcomes[index].policy) }
        var out = ""
        for policy in policies {
            out += (r.policyTitles[policy] ?? policy) + "：\n"
            for index in indices where r.outcomes[index].policy == policy {
                out += "　" + line(r.outcomes[index], in: r, score: score) + "\n"
            }
        }
        return out
    }

    static func line(_ o: Outcome, in r: ProgramResult, score: ValueColumn?) -> String {
        let policy = r.policyTitles[o.policy] ?? o.policy
        // A label that only repeats the policy's title (`檢討報告` under `提出檢討報告`) is left out.
        var text = o.label.flatMap { $0 == policy || ($0.count > 1 && policy.hasSuffix($0)) ? nil : $0 + "　" } ?? ""
        text += o.unit
        var details: [String] = []
        if let rank = o.rank { details.append("第\(rank)名") }
        if let score, let value = r.unit(named: o.unit)?.values[score.key] {
            details.append(score.title + " " + ValueFormat.cell(value, column: score))
        }
        if let amount = o.amount { details.append(ValueFormat.money(amount) + " 元") }
        if o.provisional { details.append("暫定") }
        return VisibleText.of(text + (details.isEmpty ? "" : "（" + details.joined(separator: "，") + "）"))
    }
}

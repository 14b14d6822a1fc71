import Foundation
import PingbiCore

/// Results as readable terminal tables: a heading with period, readings and sources; per
/// group a ranked table with each unit's outcomes; the outcome lists; warnings and notes.
public enum TableRenderer {
    /// How much to show.
    public struct Options: Sendable {
        /// Show every unit; otherwise long groups show their top rows and every unit with an outcome.
        public var all: Bool
        /// Rows shown per group without `all`.
        public var topRows: Int

        /// Options.
        public init(all: Bool = false, topRows: Int = 10) {
            self.all = all
            self.topRows = topRows
        }
    }

    /// One program's result as text; text from the data is shown visibly (``VisibleText``).
    public static func render(_ result: ProgramResult, options: Options = Options()) -> String {
        var out = heading(result)
        let groups = orderedGroups(result)
        for group in groups {
            let units = result.units.filter { $0.group == group }
            if let group { out += "\n【" + (result.groupTitles[group] ?? "第 \(group) 組") + "】（\(units.count) 個單位）\n" }
            out += table(units, result: result, options: options)
        }
        out += outcomeLists(result)
        if !result.warnings.isEmpty {
            out += "\n警告：\n" + result.warnings.map { "  ⚠ " + VisibleText.of($0) + "\n" }.joined()
        }
        if !result.notes.isEmpty {
            out += "\n附註：\n" + result.notes.map { "  ・" + VisibleText.of($0) + "\n" }.joined()
        }
        return VisibleText.of(out, keepingLayout: true)
    }

    static func heading(_ result: ProgramResult) -> String {
        var out = "═══ \(result.title)（\(result.program)）═══\n"
        if let period = result.period {
            out += "期間：\(period)" + (result.provisional ? "（部分期間，結果為暫定）" : "") + "\n"
        }
        if !result.sources.isEmpty { out += "資料：" + result.sources.map { VisibleText.of($0) }.joined(separator: "、") + "\n" }
        if !result.readings.isEmpty {
            out += "解讀：" + result.readings.map { "\($0.reading.name)=\($0.value)" }.joined(separator: "  ") + "\n"
        }
        return out
    }

    static func orderedGroups(_ result: ProgramResult) -> [String?] {
        var seen: [String?] = []
        for unit in result.units where !seen.contains(unit.group) { seen.append(unit.group) }
        return seen
    }

    static func table(_ units: [UnitResult], result: ProgramResult, options: Options) -> String {
        var table = TextTable(
            header: ["名次", "單位"] + result.columns.map(\.title) + result.textColumns.map(\.title) + ["結果"],
            rightAligned: Set([0] + result.columns.indices.map { $0 + 2 }))
        var hidden = 0
        for (position, unit) in units.enumerated() {
            let outcomes = result.outcomes.filter { $0.unit == unit.unit }
            guard options.all || position < options.topRows || !outcomes.isEmpty else {
                hidden += 1
                continue
            }
            table.rows.append(
                [unit.rank.map(String.init) ?? "—", unit.unit]
                    + result.columns.map { ValueFormat.cell(unit.values[$0.key], column: $0) }
                    + result.textColumns.map { ValueFormat.text(unit.texts[$0.key]) }
                    + [outcomes.isEmpty ? "" : "★ " + OutcomeText.summary(outcomes, titles: result.policyTitles)])
        }
        var text = table.render()
        if hidden > 0 { text += "（另有 \(hidden) 個單位未列出；加上 --all 顯示全部）\n" }
        return text
    }

    static func outcomeLists(_ result: ProgramResult) -> String {
        let policies = result.outcomePolicies
        guard !policies.isEmpty else { return "\n結果：無任何單位獲獎或列入名單。\n" }
        var out = "\n結果：\n"
        for policy in policies {
            let outcomes = result.outcomes(of: policy)
            out += "  " + (result.policyTitles[policy] ?? policy) + "（\(outcomes.count)）："
            out += outcomes.map { outcome in
                var text = outcome.unit
                var details: [String] = []
                if let label = outcome.label, outcome.labelKind == .level { details.append(label) }
                if let rank = outcome.rank { details.append("第\(rank)名") }
                if let amount = outcome.amount { details.append(ValueFormat.money(amount) + " 元") }
                if outcome.provisional { details.append("暫定") }
                if !details.isEmpty { text += "（" + details.joined(separator: "，") + "）" }
                return VisibleText.of(text)
            }.joined(separator: "、") + "\n"
        }
        return out
    }
}

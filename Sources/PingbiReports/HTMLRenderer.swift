import Foundation
import PingbiCore

/// Results as one self-contained HTML report (no network, no external fonts or scripts):
/// per program its title, period, data files, readings with their alternatives, ranked
/// tables per group with the winners marked, charts as inline SVG, the outcome lists,
/// warnings, notes, and each unit's explanation folded in a `<details>`.
public enum HTMLRenderer {
    /// The file name `--out` writes the report under.
    public static let fileName = "pingbi-report.html"

    /// Every result in one document.
    public static func render(_ results: [ProgramResult]) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>評比結果報告</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<h1>評比結果報告</h1>\n"
        out += "<nav class=\"contents\"><p>本報告涵蓋 \(results.count) 項評比：</p><ol>\n"
        out += results.map { "<li><a href=\"#\(anchor($0))\">\(e($0.title))</a></li>\n" }.joined()
        out += "</ol></nav>\n"
        out += results.map(section).joined()
        out += "<footer><p class=\"default\">由 pingbi 產生；所有數值為精確小數，依各評比規定四捨五入。</p></footer>\n"
        return out + "</body>\n</html>\n"
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    static func anchor(_ result: ProgramResult) -> String { "program-" + e(result.program) }

    /// One program's section.
    static func section(_ r: ProgramResult) -> String {
        var out = "<section class=\"program\" id=\"\(anchor(r))\" data-program=\"\(e(r.program))\">\n"
        out += "<h2>\(e(r.title))</h2>\n<p class=\"program-id\">\(e(r.program))</p>\n<dl class=\"meta\">\n"
        if let period = r.period { out += "<dt>期間</dt><dd>\(e(period.description))</dd>\n" }
        out += "<dt>資料檔案</dt><dd>" + (r.sources.isEmpty ? "（無）" : r.sources.map(e).joined(separator: "<br>")) + "</dd>\n</dl>\n"
        if r.provisional { out += "<p class=\"provisional\">⚠ 本次只計算部分期間，結果為暫定，非最終評比結果。</p>\n" }
        out += readings(r)
        out += outcomeLists(r)
        let figures = ReportCharts.figures(r)
        if !figures.isEmpty {
            out += "<h3>圖表</h3>\n"
            out += figures.map { "<figure>\n<figcaption>\(e($0.caption))</figcaption>\n\($0.chart.svg())\n</figure>\n" }.joined()
        }
        out += "<h3>排名</h3>\n"
        let grouped = r.units.contains { $0.group != nil }
        for group in ReportCharts.groups(r) {
            let units = r.units.filter { $0.group == group }
            if grouped { out += "<h4>" + e(group.map { r.groupTitles[$0] ?? "第 \($0) 組" } ?? "未分組") + "（\(units.count) 個單位）</h4>\n" }
            out += table(r, units: units)
        }
        if !r.warnings.isEmpty {
            out += "<h3>警告</h3>\n<ul class=\"warnings\">\n" + r.warnings.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !r.notes.isEmpty {
            out += "<h3>附註</h3>\n<ul class=\"notes\">\n" + r.notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        out += "<h3>各單位計算說明</h3>\n"
        for unit in r.units {
            var summary = e(unit.unit)
            if let rank = unit.rank { summary += "　第 \(rank) 名" }
            out += "<details class=\"explain\" data-unit=\"\(e(unit.unit))\"><summary>\(summary)</summary>\n"
            out += "<pre class=\"explain\">\(e(ExplainRenderer.render(unit, in: r)))</pre></details>\n"
        }
        return out + provenance(r) + "</section>\n"
    }

    /// The appendix: each input file's size and full SHA-256, and the version, so a reader
    /// can check the result against its data (`pingbi verify`). Empty when not recorded.
    static func provenance(_ r: ProgramResult) -> String {
        guard !r.provenance.version.isEmpty else { return "" }
        var out = "<h3>附錄：資料來源與版本</h3>\n<table class=\"provenance\">\n<thead><tr><th>資料檔</th><th>位元組</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
        for input in r.provenance.inputs {
            out += "<tr><td class=\"unit\">\(e(input.file))</td><td class=\"num\">\(input.bytes)</td><td><code class=\"digest\">\(input.sha256)</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + "<p class=\"default\">以 pingbi \(e(r.provenance.version)) 計算；程式 <code>\(e(r.program))</code>，解讀見上。以 <code>pingbi verify</code> 可由資料檔重算核對本結果。</p>\n"
    }

    static func readings(_ r: ProgramResult) -> String {
        guard !r.readings.isEmpty else { return "" }
        var out = "<h3>解讀（文件未明或矛盾處的選擇）</h3>\n<table class=\"readings\">\n<thead><tr><th>解讀</th><th>說明</th><th>本次採用</th><th>其他選項</th></tr></thead>\n<tbody>\n"
        for item in r.readings {
            let reading = item.reading
            let chosen = e(item.value) + (item.value == reading.defaultValue ? " <span class=\"default\">（預設）</span>" : " <span class=\"default\">（非預設；預設 \(e(reading.defaultValue))）</span>")
            let others = reading.values.filter { $0 != item.value }
            out += "<tr><td><code>\(e(reading.name))</code></td><td>\(e(reading.summary))</td><td class=\"chosen\">\(chosen)</td><td>"
            out += (others.isEmpty ? "—" : others.map { "<code>\(e($0))</code>" }.joined(separator: "、")) + "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    static func outcomeLists(_ r: ProgramResult) -> String {
        let policies = r.outcomePolicies
        guard !policies.isEmpty else { return "<h3>結果</h3>\n<p>無任何單位獲獎或列入名單。</p>\n" }
        var out = "<h3>結果</h3>\n"
        for policy in policies {
            let outcomes = r.outcomes(of: policy)
            out += "<h4>\(e(r.policyTitles[policy] ?? policy))（\(outcomes.count)）</h4>\n"
            let title = r.policyTitles[policy] ?? policy
            // A label that only repeats the policy's title (`菁英獎` under 菁英獎) gets no column.
            let hasRank = outcomes.contains { $0.rank != nil }, hasLabel = outcomes.contains { $0.label != nil && $0.label != title }
            let hasAmount = outcomes.contains { $0.amount != nil }
            let hasReason = outcomes.contains { $0.reason != nil || $0.provisional }
            let groups = Dictionary(r.units.map { ($0.unit, $0.group) }, uniquingKeysWith: { a, _ in a })
            let grouped = outcomes.contains { (groups[$0.unit] ?? nil) != nil }
            out += "<table class=\"outcomes\" data-policy=\"\(e(policy))\">\n<thead><tr>" + (grouped ? "<th>組別</th>" : "") + "<th>單位</th>"
            out += (hasRank ? "<th>名次</th>" : "") + (hasLabel ? "<th>等第</th>" : "") + (hasAmount ? "<th>金額（元）</th>" : "")
            out += (hasReason ? "<th>說明</th>" : "") + "</tr></thead>\n<tbody>\n"
            for o in outcomes {
                var amount = o.amount.map(ValueFormat.money) ?? ""
                if let per = o.perPerson { amount += "（每人 \(ValueFormat.money(per))）" }
                var reason = o.reason ?? ""
                if o.provisional { reason += reason.isEmpty ? "暫定" : "（暫定）" }
                out += "<tr data-unit=\"\(e(o.unit))\">"
                if grouped { out += "<td>" + e((groups[o.unit] ?? nil).map { r.groupTitles[$0] ?? $0 } ?? "") + "</td>" }
                out += "<td class=\"unit\">\(e(o.unit))</td>"
                if hasRank { out += "<td class=\"num\">\(o.rank.map(String.init) ?? "")</td>" }
                if hasLabel { out += "<td>\(e(o.label ?? ""))</td>" }
                if hasAmount { out += "<td class=\"num\">\(e(amount))</td>" }
                out += (hasReason ? "<td>\(e(reason))</td>" : "") + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out
    }

    /// A ranking table: value columns, then text columns (a trend sparkline, kept on one line
    /// with its spaces), then outcomes. A table of more than 8 columns is `wide`: smaller type.
    static func table(_ r: ProgramResult, units: [UnitResult]) -> String {
        let winners = ReportCharts.winners(r, units: units)
        let wide = r.columns.count + r.textColumns.count > 8
        var out = "<div class=\"scroll\"><table class=\"ranking\(wide ? " wide" : "")\">\n<thead><tr><th>名次</th><th>單位</th>"
        out += r.columns.map { "<th>\(e($0.title))</th>" }.joined()
        out += r.textColumns.map { "<th>\(e($0.title))</th>" }.joined() + "<th>結果</th></tr></thead>\n<tbody>\n"
        for unit in units {
            let outcomes = r.outcomes.filter { $0.unit == unit.unit }
            let kind = winners.contains(unit.unit) ? "winner" : (unit.rank == nil ? "reference" : (outcomes.isEmpty ? "" : "listed"))
            out += "<tr" + (kind.isEmpty ? "" : " class=\"\(kind)\"") + " data-unit=\"\(e(unit.unit))\">"
            out += "<td class=\"num\">\(unit.rank.map(String.init) ?? "—")</td>"
            out += "<td class=\"unit\">" + (kind == "winner" ? "<span class=\"mark\">★</span> " : "") + e(unit.unit) + "</td>"
            out += r.columns.map { "<td class=\"num\">\(e(ValueFormat.cell(unit.values[$0.key], column: $0)))</td>" }.joined()
            out += r.textColumns.map { "<td class=\"text\" data-key=\"\(e($0.key))\">\(e(ValueFormat.text(unit.texts[$0.key])))</td>" }.joined()
            out += "<td class=\"result\">\(e(OutcomeText.summary(outcomes, titles: r.policyTitles)))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }
}

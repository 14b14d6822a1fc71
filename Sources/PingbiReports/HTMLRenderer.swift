import Foundation
import PingbiCore

/// Results as one self-contained HTML report to publish (no network, no external fonts or
/// scripts), per program: the agency and title, period and 製表日期; the results first (each
/// award with its clause, places, units, scores and reasons) and the notes for the public;
/// the ranked tables per group; the charts as inline SVG; then an appendix of the readings,
/// the data files, the program's rules and each unit's explanation in plain numbers (as on
/// the unit pages; expanded when printed), and a sign-off block.
/// Warnings for the 承辦人 appear only in the internal report.
public enum HTMLRenderer {
    /// The file name `--out` writes the report under.
    public static let fileName = "pingbi-report.html"

    /// Every result in one document.
    public static func render(_ results: [ProgramResult], options: ReportOptions = ReportOptions()) -> String {
        var out = head("評比結果報告")
        out += "<header class=\"letterhead\">\n" + agencies(results) + "<h1>評比結果報告</h1>\n"
        out += "<p class=\"issued\">製表日期：<time datetime=\"\(options.date.iso)\">\(options.date.text)</time></p>\n"
        if options.internalWarnings { out += "<p class=\"internal-mark\">內部版：含承辦人檢核事項，請勿對外公布</p>\n" }
        out += "</header>\n"
        out += "<nav class=\"contents\"><p>本報告涵蓋 \(results.count) 項評比：</p><ol>\n"
        out += results.map { "<li><a href=\"#\(anchor($0))\">\(e($0.title))</a></li>\n" }.joined()
        out += "</ol></nav>\n"
        // Each section written into the report, not made apart and copied in (a report of 10,000
        // offices is 140 MB).
        for result in results { section(result, options: options, into: &out) }
        out += "<footer><p class=\"default\">由 pingbi 產生；所有數值為精確小數，依各評比規定四捨五入。</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// The document's start: its title and style sheet.
    static func head(_ title: String) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        return out + "<title>\(e(title))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
    }

    /// The agencies of the results, each once, as the letterhead names them.
    static func agencies(_ results: [ProgramResult]) -> String {
        var names: [String] = []
        for result in results { if let agency = result.agency, !names.contains(agency) { names.append(agency) } }
        return names.isEmpty ? "" : "<p class=\"agency\">" + names.map(e).joined(separator: "<br>") + "</p>\n"
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    static func anchor(_ result: ProgramResult) -> String { "program-" + e(result.program) }

    /// The name of a group (`第一組`), or `未分組`.
    static func groupName(_ r: ProgramResult, _ group: String?) -> String {
        group.map { r.groupTitles[$0] ?? "第 \($0) 組" } ?? "未分組"
    }

    /// One program's section, written at the end of `out`.
    static func section(_ r: ProgramResult, options: ReportOptions, into out: inout String) {
        out += "<section class=\"program\" id=\"\(anchor(r))\" data-program=\"\(e(r.program))\">\n"
        if let agency = r.agency { out += "<p class=\"agency\">\(e(agency))</p>\n" }
        out += "<h2>\(e(r.title))</h2>\n" + meta(r, options: options)
        if r.provisional { out += "<p class=\"provisional\">⚠ 本次只計算部分期間，結果為暫定，非最終評比結果。</p>\n" }
        out += "<h3>一、評比結果</h3>\n" + outcomeLists(r)
        if !r.vacancies.isEmpty {
            out += "<h4>從缺與不遞補</h4>\n<ul class=\"vacancies\">\n" + r.vacancies.map { "<li>\(e($0.sentence))</li>\n" }.joined() + "</ul>\n"
        }
        if !r.notes.isEmpty {
            out += "<h4>附註</h4>\n<ul class=\"notes\">\n" + r.notes.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        out += "<h3>二、各組排名</h3>\n"
        let grouped = r.units.contains { $0.group != nil }, lookup = UnitLookup(r, options: options)
        for group in ReportCharts.groups(r) {
            let units = r.units.filter { $0.group == group }
            if grouped { out += "<h4>" + e(groupName(r, group)) + "（\(units.count) 個單位）</h4>\n" }
            out += table(r, units: units, lookup: lookup)
        }
        let figures = ReportCharts.figures(r)
        if !figures.isEmpty {
            out += "<h3>三、圖表</h3>\n"
            out += figures.map { "<figure>\n<figcaption>\(e($0.caption))</figcaption>\n\($0.chart.svg())\n</figure>\n" }.joined()
        }
        if let analysis = options.sensitivity[r.program] { out += sensitivity(analysis) }
        if let diff = options.previous[r.program] { out += comparison(diff) }
        if let gaps = options.gaps[r.program] { out += gapSection(gaps, in: r) }
        if options.internalWarnings && !r.warnings.isEmpty {
            out += "<div class=\"internal\">\n<h3>承辦人檢核事項（內部，不對外公布）</h3>\n<ul class=\"warnings\">\n"
            out += r.warnings.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n</div>\n"
        }
        out += "<div class=\"appendix\">\n<h3>附錄</h3>\n"
        out += readings(r) + dataFiles(r) + rules(r)
        out += "<h4>附錄四、各單位計算說明</h4>\n"
        for unit in r.units {
            var summary = e(unit.unit)
            if let rank = unit.rank { summary += "　第 \(rank) 名" }
            out += "<details class=\"explain\" data-unit=\"\(e(unit.unit))\"><summary>\(summary)</summary>\n"
            UnitPagesRenderer.explanation(unit, in: r, into: &out)
            out += "</details>\n"
        }
        out += "</div>\n" + signOff + "</section>\n"
    }

    /// The heading's facts: agency, period, 製表日期, the data files' names.
    static func meta(_ r: ProgramResult, options: ReportOptions) -> String {
        var out = "<dl class=\"meta\">\n"
        if let agency = r.agency { out += "<dt>機關</dt><dd>\(e(agency))</dd>\n" }
        if let period = r.period { out += "<dt>期間</dt><dd>\(e(period.description))" + (r.provisional ? "（暫定）" : "") + "</dd>\n" }
        out += "<dt>製表日期</dt><dd>\(options.date.text)</dd>\n"
        out += "<dt>資料檔案</dt><dd>" + (r.sources.isEmpty ? "（無）" : r.sources.map(e).joined(separator: "<br>")) + "</dd>\n"
        return out + "</dl>\n"
    }

    /// The lines a supervisor signs.
    static let signOff = """
        <table class="sign-off"><thead><tr><th>承辦人</th><th>覆核</th><th>單位主管</th><th>機關首長</th></tr></thead>
        <tbody><tr><td></td><td></td><td></td><td></td></tr></tbody></table>

        """

    /// 附錄一: each reading's question in Chinese, the value used and the alternatives, each by
    /// its Chinese label; the name a command takes stays only in the `data-reading` attribute.
    static func readings(_ r: ProgramResult) -> String {
        guard !r.readings.isEmpty else { return "" }
        var out = "<h4>附錄一、解讀（文件未明或矛盾處的選擇）</h4>\n<table class=\"readings\">\n"
        out += "<thead><tr><th>文件未明之處與可能的解讀</th><th>本次採用</th><th>其他解讀</th></tr></thead>\n<tbody>\n"
        for item in r.readings {
            let reading = item.reading
            let chosen = e(item.labelled)
            let others = reading.values.filter { $0 != item.value }
            out += "<tr data-reading=\"\(e(reading.name))\"><td>\(e(reading.summary))</td><td class=\"chosen\">\(chosen)</td><td>"
            out += (others.isEmpty ? "—" : others.map { e(reading.label(of: $0)) }.joined(separator: "、")) + "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// 附錄二: the data files, with each file's size and SHA-256 and the version where the run
    /// recorded them, so a reader can check the result against its data (`pingbi verify`).
    static func dataFiles(_ r: ProgramResult) -> String {
        var out = "<h4>附錄二、資料檔案</h4>\n"
        guard !r.provenance.version.isEmpty else {
            return out + "<ul class=\"sources\">\n" + r.sources.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        out += "<table class=\"provenance\">\n<thead><tr><th>資料檔</th><th>位元組</th><th>SHA-256</th></tr></thead>\n<tbody>\n"
        for input in r.provenance.inputs {
            out += "<tr><td class=\"unit\">\(e(input.file))</td><td class=\"num\">\(input.bytes)</td><td><code class=\"digest\">\(input.sha256)</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        return out + "<p class=\"default\">以 pingbi \(e(r.provenance.version)) 計算；程式 <code>\(e(r.program))</code>，解讀見附錄一。以 <code>pingbi verify</code> 可由資料檔重算核對本結果。</p>\n"
    }

    /// 附錄三: the program's rules, each indicator and award with the clause it implements.
    static func rules(_ r: ProgramResult) -> String {
        guard !r.rules.isEmpty else { return "" }
        var out = "<h4>附錄三、評比規定</h4>\n<table class=\"rules\">\n<thead><tr><th>類別</th><th>項目</th><th>規定</th></tr></thead>\n<tbody>\n"
        for rule in r.rules {
            out += "<tr><td class=\"unit\">" + (rule.section == .indicator ? "評比項目" : "獎項與結果") + "</td>"
            out += "<td class=\"unit\">\(e(rule.title))</td><td>\(e(rule.text))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Each policy's outcomes: its clause, then per outcome the group, place, unit, the unit's
    /// value in the ranking column, level, amount and reason.
    static func outcomeLists(_ r: ProgramResult) -> String {
        let policies = r.outcomePolicies
        guard !policies.isEmpty else { return "<p>無任何單位獲獎或列入名單。</p>\n" }
        var out = ""
        let byName = Dictionary(r.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let ranking = r.rankingColumn
        for policy in policies {
            let outcomes = r.outcomes(of: policy)
            let title = r.policyTitles[policy] ?? policy
            out += "<h4>\(e(title))（\(outcomes.count)）</h4>\n"
            if let rule = r.rules.first(where: { $0.section == .award && $0.key == policy }) {
                out += "<p class=\"clause\">規定：\(e(rule.text))</p>\n"
            }
            // A label that only restates the award (`菁英獎` under 菁英獎) gets no column.
            let hasRank = outcomes.contains { $0.rank != nil }, hasLabel = outcomes.contains { $0.label != nil && $0.labelKind == .level }
            let hasAmount = outcomes.contains { $0.amount != nil }
            let hasReason = outcomes.contains { $0.reason != nil || $0.provisional }
            let grouped = outcomes.contains { byName[$0.unit]?.group != nil }
            let hasScore = ranking.map { column in outcomes.contains { byName[$0.unit]?.values[column.key] != nil } } ?? false
            out += "<table class=\"outcomes\" data-policy=\"\(e(policy))\">\n<thead><tr>" + (grouped ? "<th>組別</th>" : "")
            out += (hasRank ? "<th>名次</th>" : "") + "<th>單位</th>" + (hasScore ? "<th>\(e(ranking!.title))</th>" : "")
            out += (hasLabel ? "<th>等第</th>" : "") + (hasAmount ? "<th>金額（元）</th>" : "")
            out += (hasReason ? "<th>說明</th>" : "") + "</tr></thead>\n<tbody>\n"
            for o in outcomes {
                let unit = byName[o.unit]
                var amount = o.amount.map(ValueFormat.money) ?? ""
                if let per = o.perPerson { amount += "（每人 \(ValueFormat.money(per))）" }
                var reason = o.reason ?? ""
                if o.provisional { reason += reason.isEmpty ? "暫定" : "（暫定）" }
                out += "<tr data-unit=\"\(e(o.unit))\">"
                if grouped { out += "<td>" + e(unit?.group.map { r.groupTitles[$0] ?? $0 } ?? "") + "</td>" }
                if hasRank { out += "<td class=\"num\">\(o.rank.map(String.init) ?? "")</td>" }
                out += "<td class=\"unit\">\(e(o.unit))</td>"
                if hasScore, let ranking { out += "<td class=\"num\">" + (unit.map { e(ValueFormat.cell($0.values[ranking.key], column: ranking)) } ?? "") + "</td>" }
                if hasLabel { out += "<td>\(e(o.labelKind == .level ? o.label ?? "" : ""))</td>" }
                if hasAmount { out += "<td class=\"num\">\(e(amount))</td>" }
                out += (hasReason ? "<td>\(e(reason))</td>" : "") + "</tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out
    }

    /// A ranking table: value columns, then text columns (a trend sparkline, kept on one line
    /// with its spaces), then outcomes (found in `lookup`, the result's). A table of more than 8
    /// columns is `wide`: smaller type.
    static func table(_ r: ProgramResult, units: [UnitResult], lookup: UnitLookup) -> String {
        let winners = ReportCharts.winners(r, units: units)
        let wide = r.columns.count + r.textColumns.count > 8
        var out = "<div class=\"scroll\"><table class=\"ranking\(wide ? " wide" : "")\">\n<thead><tr><th>名次</th><th>單位</th>"
        out += r.columns.map { "<th>\(e($0.title))</th>" }.joined()
        out += r.textColumns.map { "<th>\(e($0.title))</th>" }.joined() + "<th>結果</th></tr></thead>\n<tbody>\n"
        for unit in units {
            let outcomes = lookup.outcomes(of: unit.unit)
            let kind = winners.contains(unit.unit) ? "winner" : (unit.rank == nil ? "reference" : (outcomes.isEmpty ? "" : "listed"))
            out += "<tr" + (kind.isEmpty ? "" : " class=\"\(kind)\"") + " data-unit=\"\(e(unit.unit))\">"
            out += "<td class=\"num\">\(unit.rank.map(String.init) ?? "—")</td>"
            out += "<td class=\"unit\">" + (kind == "winner" ? "<span class=\"mark\">★</span> " : "") + e(unit.unit) + "</td>"
            out += r.columns.map { "<td class=\"num\">\(e(ValueFormat.cell(unit.values[$0.key], column: $0)))</td>" }.joined()
            out += r.textColumns.map { column in
                "<td class=\"text\"" + (column.role.map { " data-role=\"\($0.rawValue)\"" } ?? "") + ">\(e(ValueFormat.text(unit.texts[column.key])))</td>"
            }.joined()
            out += "<td class=\"result\">\(e(OutcomeText.summary(outcomes, titles: r.policyTitles)))</td></tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }
}

import Foundation
import PingbiCore

/// A printable page per unit (`--format html --per-unit`), to send to each office: its values
/// beside its group's mean (where the program scores against one), its rank in its group, where
/// the group's main award was cut and how far the unit stood from it, and its explanation in
/// plain numbers (each value to its column's decimals, at most 4, with the value as the result
/// carries it in the cell's title; the exact chain, fractions and all, folded in small print).
public enum UnitPagesRenderer {
    /// The file name `--out` writes the pages under.
    public static let fileName = "pingbi-units.html"

    /// A page per unit of every result, in the results' order.
    public static func render(_ results: [ProgramResult], options: ReportOptions = ReportOptions()) -> String {
        var out = HTMLRenderer.head("各單位評比結果")
        for result in results {
            let lookup = UnitLookup(result, options: options)
            for unit in result.units { page(unit, in: result, options: options, lookup: lookup, into: &out) }
        }
        out += "</body>\n</html>\n"
        return out
    }

    static func e(_ text: String) -> String { HTMLText.escape(text) }

    /// One unit's page, written at the end of `out`; `lookup` is the result's (``UnitLookup``).
    static func page(_ unit: UnitResult, in r: ProgramResult, options: ReportOptions, lookup: UnitLookup, into out: inout String) {
        out += "<section class=\"unit-page\" data-program=\"\(e(r.program))\" data-unit=\"\(e(unit.unit))\">\n"
        if let agency = r.agency { out += "<p class=\"agency\">\(e(agency))</p>\n" }
        out += "<p class=\"program-title\">\(e(r.title))</p>\n<h2>\(e(unit.unit))</h2>\n<dl class=\"meta\">\n"
        if let period = r.period { out += "<dt>期間</dt><dd>\(e(period.description))" + (r.provisional ? "（暫定）" : "") + "</dd>\n" }
        if let group = unit.group { out += "<dt>組別</dt><dd>\(e(HTMLRenderer.groupName(r, group)))</dd>\n" }
        out += "<dt>名次</dt><dd>" + (unit.rank.map { "第 \($0) 名（" + (unit.group == nil ? "共" : "本組") + " \(lookup.size(of: unit.group)) 個單位）" } ?? "不排名") + "</dd>\n"
        let outcomes = lookup.outcomes(of: unit.unit)
        out += "<dt>結果</dt><dd class=\"result\">" + e(outcomes.isEmpty ? "無" : OutcomeText.summary(outcomes, titles: r.policyTitles)) + "</dd>\n"
        for outcome in outcomes where outcome.reason != nil {
            out += "<dt>說明</dt><dd>\(e((r.policyTitles[outcome.policy] ?? outcome.policy) + "：" + outcome.reason!))</dd>\n"
        }
        out += "<dt>製表日期</dt><dd>\(options.date.text)</dd>\n</dl>\n"
        if r.provisional { out += "<p class=\"provisional\">⚠ 本次只計算部分期間，結果為暫定，非最終評比結果。</p>\n" }
        if let cut = lookup.cut(unit) { out += distance(cut, in: r) }
        if let gap = lookup.gap(of: unit.unit) { out += HTMLRenderer.gapList(gap, in: r) }
        out += values(unit, in: r)
        out += monthly(unit, in: r)
        out += "<h3>計算說明</h3>\n<div class=\"steps\">\n"
        explanation(unit, in: r, into: &out)
        out += "</div>\n</section>\n"
    }

    /// Where the group's main award was cut, and how far the unit stood from it.
    static func distance(_ cut: AwardCut, in r: ProgramResult) -> String {
        let award = r.policyTitles[cut.policy] ?? cut.policy
        let column = cut.column
        func shown(_ value: Decimal) -> String {
            "<span class=\"value\" title=\"計算值 \(e(value.plainText))\">\(e(ValueFormat.plain(value, column: column)))</span>"
        }
        var out = "<p class=\"cut\">\(e(award))切線：第 \(cut.cutRank) 名 \(e(cut.cutUnit))，\(e(column.title)) \(shown(cut.cutValue))"
        out += column.lowerIsBetter ? "（越低越好）" : ""
        out += "。本單位 " + (cut.value.map(shown) ?? "—")
        if cut.holds {
            out += "，獲\(e(award))。"
        } else if let shortfall = cut.shortfall {
            if shortfall > 0 {
                out += "，差 <strong class=\"shortfall\">\(shown(shortfall))</strong>" + (column.lowerIsBetter ? "（須再低）" : "") + "。"
            } else if shortfall == 0 {
                out += "，與切線同分，依比序或名額未獲獎。"
            } else {
                out += "，未落後切線，但未獲獎（見結果說明）。"
            }
        } else {
            out += "，未獲獎。"
        }
        return out + "</p>\n"
    }

    /// The unit's values, each to its column's decimals with the value as computed in its title, and
    /// beside them its group's mean where the program scores against one (at least 2 decimals).
    static func values(_ unit: UnitResult, in r: ProgramResult) -> String {
        let means = unit.group.flatMap { r.groupMeans[$0] } ?? [:]
        var out = "<h3>各項數值</h3>\n<table class=\"unit-values\">\n<thead><tr><th>項目</th><th>本單位</th>"
        out += (means.isEmpty ? "" : "<th>組平均</th>") + "</tr></thead>\n<tbody>\n"
        func cell(_ value: Decimal?, _ text: String) -> String {
            "<td class=\"num\"" + (value.map { " title=\"計算值 \(e($0.plainText))\"" } ?? "") + ">\(e(text))</td>"
        }
        for column in r.columns {
            let value = unit.values[column.key]
            out += "<tr\(column.ranks ? " class=\"ranking-column\"" : "")><td>\(e(column.title))</td>"
            out += cell(value, ValueFormat.plain(value, column: column))
            if !means.isEmpty {
                let mean = means[column.key]
                out += mean.map { cell($0, $0.fixed(max(column.scale ?? 2, 2))) } ?? "<td></td>"
            }
            out += "</tr>\n"
        }
        for column in r.textColumns {
            out += "<tr><td>\(e(column.title))</td><td class=\"text\">\(e(ValueFormat.text(unit.texts[column.key])))</td>"
            out += (means.isEmpty ? "" : "<td></td>") + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The unit's values month by month, where the result records them, with the period's
    /// value last (for a sum of counts, the months add up to it).
    static func monthly(_ unit: UnitResult, in r: ProgramResult) -> String {
        // Read once: a unit's months may be made when read.
        let months = unit.months
        let columns = r.columns.filter { column in months.contains { $0.value(column.key) != nil } }
        guard !columns.isEmpty else { return "" }
        var out = "<h3>各月數值</h3>\n<table class=\"monthly\">\n<thead><tr><th>月份</th>"
        out += columns.map { "<th>\(e($0.title))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for month in months {
            out += "<tr><td class=\"unit\">\(e(month.month.description))</td>"
            if month.missing {
                out += "<td colspan=\"\(columns.count)\">無資料（以 0 計）</td>"
            } else {
                out += columns.map { column in
                    let value = month.value(column.key)
                    return "<td class=\"num\"" + (value.map { " title=\"計算值 \(e($0.plainText))\"" } ?? "") + ">"
                        + e(ValueFormat.plain(value, column: column)) + "</td>"
                }.joined()
            }
            out += "</tr>\n"
        }
        out += "<tr class=\"period\"><td class=\"unit\">全期</td>"
        out += columns.map { "<td class=\"num\">\(e(ValueFormat.plain(unit.values[$0.key], column: $0)))</td>" }.joined()
        return out + "</tr>\n</tbody>\n</table>\n"
    }

    /// Each value's explanation in plain words: its inputs, its formula and notes, then the
    /// value; the exact chain (fractions, substitutions, caps, rounding) follows, folded in
    /// small print (left out when printed). The report's appendix shows the same.
    /// Written at the end of `out` (a report's appendix of 10,000 offices is most of its 140 MB:
    /// not made apart and copied in).
    static func explanation(_ unit: UnitResult, in r: ProgramResult, into out: inout String) {
        // Read once: a unit's explanations may be made when read.
        let explanations = unit.explanations
        let shown = r.columns.map { (column: $0, isText: false) } + r.textColumns.map { (column: $0, isText: true) }
        for (column, isText) in shown {
            guard let explanation = explanations[column.key] else { continue }
            let value = isText ? ValueFormat.text(unit.texts[column.key]) : ValueFormat.plain(unit.values[column.key], column: column)
            out += "<div class=\"step\"><h4>\(e(column.title))：\(e(value))</h4>\n<ul>\n"
            for step in explanation.steps where isPlain(step.kind) {
                out += "<li class=\"\(step.kind == .input ? "input" : "formula")\">\(e(step.text))</li>\n"
            }
            out += "</ul>\n<details class=\"exact\"><summary>精確計算過程</summary><pre>"
            out += e(explanation.lines.dropFirst().joined(separator: "\n"))
            out += "</pre></details></div>\n"
        }
    }

    /// Whether a step of this kind is shown in plain words (inputs, formulas and notes); the
    /// others only in the exact chain.
    static func isPlain(_ kind: Explanation.Kind) -> Bool {
        switch kind {
        case .input, .formula, .note: true
        default: false
        }
    }
}

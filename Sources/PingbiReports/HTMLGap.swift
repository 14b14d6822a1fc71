import Foundation
import PingbiCore

extension HTMLRenderer {
    /// The 與獎項的距離 section (`--gap`): group by group, each unit's smallest single-count
    /// change that would win each award it does not have, or lose one it has (as `pingbi gap`).
    static func gapSection(_ gaps: [AwardGap], in r: ProgramResult) -> String {
        guard let policies = gaps.first?.findings.map(\.policy), !policies.isEmpty else { return "" }
        var out = "<section class=\"gaps\">\n<h3>與獎項的距離</h3>\n"
        out += "<p>每個單位單獨改變本身的一項\(gaps[0].countNoun)（期間合計），最少改變多少就能獲得未獲得的獎項，或失去已獲得的獎項；"
            + "其他單位的資料不變，\(GapRenderer.recomputed(r))都依程式重新計算。</p>\n"
        let byUnit = Dictionary(gaps.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let grouped = r.units.contains { $0.group != nil }
        for group in ReportCharts.groups(r) {
            let units = r.units.filter { $0.group == group && byUnit[$0.unit] != nil }
            guard !units.isEmpty else { continue }
            if grouped { out += "<h4>" + e(groupName(r, group)) + "</h4>\n" }
            out += "<div class=\"scroll\"><table class=\"gaps\">\n<thead><tr><th>名次</th><th>單位</th>"
            out += policies.map { "<th>\(e(r.policyTitles[$0] ?? $0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for unit in units {
                out += "<tr data-unit=\"\(e(unit.unit))\"><td class=\"num\">" + (unit.rank.map { "\($0)" } ?? "") + "</td>"
                out += "<td class=\"unit\">\(e(unit.unit))</td>"
                let gap = byUnit[unit.unit]!
                for finding in gap.findings {
                    out += "<td" + (finding.holds ? " class=\"holds\"" : "") + ">\(e(GapRenderer.nearest(finding, in: gap)))</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        return out + "</section>\n"
    }

    /// A unit page's 與獎項的距離: each award, where the unit stands, and up to three smallest
    /// single-count changes that would change it.
    static func gapList(_ gap: AwardGap, in r: ProgramResult) -> String {
        guard !gap.findings.isEmpty else { return "" }
        var out = "<h3>與獎項的距離</h3>\n<ul class=\"gap\">\n"
        for finding in gap.findings {
            out += "<li data-policy=\"\(e(finding.policy))\">\(e((r.policyTitles[finding.policy] ?? finding.policy) + "：" + GapRenderer.standing(finding, in: gap)))"
            if !finding.steps.isEmpty {
                out += "<ul>" + finding.steps.map { "<li>\(e(GapRenderer.change($0) + GapRenderer.instead($0, losing: finding, in: gap)))</li>" }.joined() + "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n<p>\(e(GapRenderer.footnote(gap)))</p>\n"
    }
}

import Foundation
import PingbiCore

extension HTMLRenderer {
    /// The 與前次結果比較 section (`--previous`): what the comparison rests on (periods,
    /// readings, input files), then a table of every unit whose outcomes, rank or values changed
    /// since the previous result, and why.
    static func comparison(_ diff: ResultDiff) -> String {
        let r = diff.result
        var out = "<section class=\"comparison\">\n<h3>與前次結果比較</h3>\n"
        for line in DiffRenderer.context(diff, byTitle: true) {
            out += "<p>\(e(line.text))</p>\n"
            if !line.items.isEmpty { out += "<ul>\n" + line.items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n" }
        }
        guard !diff.units.isEmpty else {
            return out + "<p class=\"robust\">✓ 各單位的數值、名次與獎項都與前次相同。</p>\n</section>\n"
        }
        out += "<p>\(diff.units.count) 個單位與前次不同：</p>\n<table class=\"comparison\">\n"
        let grouped = diff.units.contains { $0.group != nil }
        out += "<thead><tr><th>單位</th>" + (grouped ? "<th>組別</th>" : "") + "<th>獎項（前次 → 本次）</th><th>名次</th><th>數值</th><th>原因</th></tr></thead>\n<tbody>\n"
        for change in diff.units {
            let outcomes = change.outcomes.map { DiffRenderer.phrase($0.old, r) + " → " + DiffRenderer.phrase($0.new, r) } ?? "不變"
            out += "<tr data-unit=\"\(e(change.unit))\"><td>\(e(change.unit))</td>"
            if grouped { out += "<td>\(e(change.group.map { groupName(r, $0) } ?? ""))</td>" }
            out += "<td>\(e(outcomes))</td><td>\(e(change.rank.map(DiffRenderer.ranks) ?? "不變"))</td>"
            out += "<td>\(e(change.values.isEmpty ? "不變" : DiffRenderer.values(change)))</td><td>\(e(DiffRenderer.cause(change.cause)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}

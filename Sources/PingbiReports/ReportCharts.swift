import Foundation
import PingbiCore

/// Which charts a result gets, decided from the roles its program declared: each group's
/// ranking column (for a program with groups), the change per unit as diverging bars (a
/// column of role `change`), and the rate per unit with its base as a tick (role `rate`).
public enum ReportCharts {
    /// A chart with its caption.
    public struct Figure: Sendable {
        /// The caption, in Chinese.
        public let caption: String
        /// The chart.
        public let chart: BarChart
    }

    /// The column a group's bars show: the one the ranks are decided by, else the last.
    public static func scoreColumn(_ result: ProgramResult) -> ValueColumn? {
        result.rankingColumn ?? result.columns.last
    }

    /// The groups in display order (`nil` for a program without groups).
    public static func groups(_ result: ProgramResult) -> [String?] {
        var seen: [String?] = []
        for unit in result.units where !seen.contains(unit.group) { seen.append(unit.group) }
        return seen
    }

    /// The main award among `units`: the result's primary policy, when one of them holds it.
    public static func mainAward(_ result: ProgramResult, units: [UnitResult]) -> String? {
        guard let primary = result.primaryPolicy else { return nil }
        let names = Set(units.map(\.unit))
        return result.outcomes.contains { $0.policy == primary && names.contains($0.unit) } ? primary : nil
    }

    /// The units among `units` that hold the main award.
    public static func winners(_ result: ProgramResult, units: [UnitResult]) -> Set<String> {
        guard let policy = mainAward(result, units: units) else { return [] }
        return Set(result.outcomes(of: policy).map(\.unit))
    }

    /// Which way a column ranks the units, read from the result itself.
    public enum Order: Sendable, Equatable {
        /// Rank 1 holds the highest value.
        case higherIsBetter
        /// Rank 1 holds the lowest value (a rank-sum score).
        case lowerIsBetter
    }

    /// How `column` orders the ranked units, as its program declared: `nil` when the ranks
    /// are not decided by it (a rate shown beside a ranking by change), so no cut line belongs
    /// on its chart.
    public static func order(_ column: ValueColumn) -> Order? {
        guard column.ranks else { return nil }
        return column.lowerIsBetter ? .lowerIsBetter : .higherIsBetter
    }

    /// The chart of `column` for `units` (one group, or the whole program), with `tick` as
    /// each bar's tick and `arrows`' value as ▲/▼ after its value. The cut line goes under the
    /// last ranked winner of the main award, only when the ranks follow `column`.
    static func bars(
        _ result: ProgramResult, units: [UnitResult], column: ValueColumn, tick: ValueColumn? = nil,
        arrows: ValueColumn? = nil, caption: String, diverging: Bool = false
    ) -> Figure {
        let winners = winners(result, units: units)
        let main = mainAward(result, units: units)
        let listed = Set(result.outcomes.filter { $0.policy != main }.map(\.unit))
        let bars = units.map { unit in
            var text = ValueFormat.cell(unit.values[column.key], column: column)
            if let arrows, let change = unit.values[arrows.key] {
                let arrow = change > 0 ? "▲" : (change < 0 ? "▼" : "＝")
                text += " " + arrow + ValueFormat.cell(abs(change), column: arrows)
            }
            let style: BarChart.Style = unit.rank == nil ? .reference
                : (winners.contains(unit.unit) ? .winner : (listed.contains(unit.unit) ? .listed : .plain))
            return BarChart.Bar(
                label: unit.unit, value: unit.values[column.key], text: text, tick: tick.flatMap { unit.values[$0.key] },
                // The rate chart also shows each unit's trend sparkline after its change.
                style: style, spark: arrows == nil || unit.series.isEmpty ? nil : unit.series)
        }
        let order = order(column)
        let lastWinner = order == nil ? nil : units.lastIndex { winners.contains($0.unit) && $0.rank != nil }
        let award = main.map { result.policyTitles[$0] ?? $0 } ?? ""
        var legend: [String] = []
        if units.contains(where: { winners.contains($0.unit) && $0.rank != nil }) { legend.append("★ " + award) }
        var others: [String] = []
        for outcome in result.outcomes where outcome.policy != main && units.contains(where: { $0.unit == outcome.unit && $0.rank != nil }) {
            let title = result.policyTitles[outcome.policy] ?? outcome.policy
            if !others.contains(title) { others.append(title) }
        }
        if !others.isEmpty { legend.append("◆ " + others.joined(separator: "、")) }
        var full = caption
        if order == .lowerIsBetter { full += "；越低越好：刻度由左至右遞減，長條越長越好" }
        if lastWinner != nil { full += "；虛線為\(award)切線" }
        if !legend.isEmpty { full += "；" + legend.joined(separator: "　") }
        return Figure(caption: full, chart: BarChart(
            caption: full, bars: bars, cutAfter: lastWinner, cutLabel: award + "切線", diverging: diverging,
            reversed: order == .lowerIsBetter && !diverging))
    }

    /// Every chart for `result`.
    public static func figures(_ result: ProgramResult) -> [Figure] {
        var figures: [Figure] = []
        let grouped = result.units.contains { $0.group != nil }
        if grouped, let column = scoreColumn(result) {
            for group in groups(result) {
                let units = result.units.filter { $0.group == group }
                let name = group.map { result.groupTitles[$0] ?? "第 \($0) 組" } ?? "未分組"
                figures.append(bars(result, units: units, column: column, caption: "\(name)：\(column.title)"))
            }
        }
        if let change = result.columns.first(where: { $0.role == .change }), result.units.contains(where: { $0.values[change.key] != nil }) {
            figures.append(bars(
                result, units: result.units, column: change,
                caption: "\(change.title)：負值向左、正值向右", diverging: true))
        }
        if let rate = result.columns.first(where: { $0.role == .rate }), result.units.contains(where: { $0.values[rate.key] != nil }) {
            let base = result.columns.first { $0.role == .base }
            let change = result.columns.first { $0.role == .change }
            figures.append(bars(
                result, units: result.units, column: rate, tick: base, arrows: change,
                caption: "\(rate.title)" + (base.map { "；黑色刻度為\($0.title)" } ?? "") + (change == nil ? "" : "；▲上升 ▼下降")
                    + (result.column(.trend) != nil ? "；其後小長條為各期收繳率趨勢（各自最低至最高）" : "")))
        }
        return figures
    }
}

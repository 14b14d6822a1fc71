import Foundation
import PingbiCore

/// Which charts a result gets, decided from its shape alone: each group's totals (for a
/// program with groups), the change per unit as diverging bars (units with `change`), and
/// the rate per unit with the previous rate as a tick (units with `rate`).
public enum ReportCharts {
    /// A chart with its caption.
    public struct Figure: Sendable {
        /// The caption, in Chinese.
        public let caption: String
        /// The chart.
        public let chart: BarChart
    }

    /// The column a group's bars show: the one keyed `total`, else the last.
    public static func scoreColumn(_ result: ProgramResult) -> ValueColumn? {
        result.columns.first { $0.key == "total" } ?? result.columns.last
    }

    /// The groups in display order (`nil` for a program without groups).
    public static func groups(_ result: ProgramResult) -> [String?] {
        var seen: [String?] = []
        for unit in result.units where !seen.contains(unit.group) { seen.append(unit.group) }
        return seen
    }

    /// The main award among `units`: the policy of the first outcome, in the result's order,
    /// that concerns one of them (ties referred to the panel, `tied-at-cut`, are not an award).
    public static func mainAward(_ result: ProgramResult, units: [UnitResult]) -> String? {
        let names = Set(units.map(\.unit))
        return result.outcomes.first { names.contains($0.unit) && $0.policy != "tied-at-cut" }?.policy
    }

    /// The units among `units` that hold the main award.
    public static func winners(_ result: ProgramResult, units: [UnitResult]) -> Set<String> {
        guard let policy = mainAward(result, units: units) else { return [] }
        return Set(result.outcomes(of: policy).map(\.unit))
    }

    /// The charts for `units` (one group, or the whole program).
    static func bars(
        _ result: ProgramResult, units: [UnitResult], column: ValueColumn, tick: ValueColumn? = nil,
        trend: ValueColumn? = nil, caption: String, diverging: Bool = false
    ) -> Figure {
        let winners = winners(result, units: units)
        let bars = units.map { unit in
            var text = ValueFormat.cell(unit.values[column.key], column: column)
            if let trend, let change = unit.values[trend.key] {
                let arrow = change > 0 ? "▲" : (change < 0 ? "▼" : "＝")
                text += " " + arrow + ValueFormat.cell(abs(change), column: trend)
            }
            return BarChart.Bar(
                label: unit.unit, value: unit.values[column.key], text: text, tick: tick.flatMap { unit.values[$0.key] },
                style: unit.rank == nil ? .reference : (winners.contains(unit.unit) ? .winner : .plain))
        }
        let lastWinner = units.lastIndex { winners.contains($0.unit) }
        let award = mainAward(result, units: units).map { result.policyTitles[$0] ?? $0 } ?? ""
        return Figure(caption: caption, chart: BarChart(
            caption: caption, bars: bars, cutAfter: lastWinner, cutLabel: award + "切線", diverging: diverging))
    }

    /// Every chart for `result`.
    public static func figures(_ result: ProgramResult) -> [Figure] {
        var figures: [Figure] = []
        let grouped = result.units.contains { $0.group != nil }
        if grouped, let column = scoreColumn(result) {
            for group in groups(result) {
                let units = result.units.filter { $0.group == group }
                let name = group.map { result.groupTitles[$0] ?? "第 \($0) 組" } ?? "未分組"
                figures.append(bars(result, units: units, column: column, caption: "\(name)：\(column.title)（虛線為獎項切線）"))
            }
        }
        if let change = result.columns.first(where: { $0.key == "change" }), result.units.contains(where: { $0.values["change"] != nil }) {
            figures.append(bars(
                result, units: result.units, column: change,
                caption: "\(change.title)：負值向左、正值向右", diverging: true))
        }
        if let rate = result.columns.first(where: { $0.key == "rate" }), result.units.contains(where: { $0.values["rate"] != nil }) {
            let base = result.columns.first { $0.key == "base" }
            let change = result.columns.first { $0.key == "change" }
            figures.append(bars(
                result, units: result.units, column: rate, tick: base, trend: change,
                caption: "\(rate.title)" + (base.map { "；黑色刻度為\($0.title)" } ?? "") + (change == nil ? "" : "；▲上升 ▼下降")))
        }
        return figures
    }
}

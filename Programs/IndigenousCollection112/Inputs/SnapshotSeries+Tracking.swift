import Foundation
import PingbiCore

extension SnapshotSeries {
    /// The series of `name` (an area, or 合計) over every snapshot, under `basis`.
    func track(_ name: String, _ basis: DeclineBasis) -> Tracking? {
        let points = all.map { snapshot in
            let row = snapshot.table.rows.first { $0.name == name } ?? (snapshot.table.total?.name == name ? snapshot.table.total : nil)
            return SeriesPoint(period: snapshot.label, rate: row?.rate, change: row?.change)
        }
        return RateSeries().evaluate(.init(points: points, basis: basis))
    }

    /// The snapshot where the final run of declines starts: the last one before it under `previous`,
    /// the first declining one under `published`.
    func since(_ name: String, _ track: Tracking, _ basis: DeclineBasis) -> String {
        let present = all.filter { $0.table.rows.contains { $0.name == name } }
        let offset = basis == .previous ? track.declines + 1 : track.declines
        return offset <= present.count && offset > 0 ? present[present.count - offset].label : ""
    }
}

extension Tracking {
    /// Puts the tracked values, the trend and their explanations on `unit`'s row.
    func show(on unit: inout UnitResult) {
        unit.values["first"] = first
        unit.values["last"] = last
        unit.values["series_change"] = seriesChange
        unit.values["declines"] = Decimal(declines)
        unit.values["periods"] = Decimal(periods)
        unit.texts["trend"] = trend
        unit.series = series
        unit.explanations.merge(explanations) { _, new in new }
    }
}

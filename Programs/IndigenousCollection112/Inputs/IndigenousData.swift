import Foundation
import NationalPension112
import PingbiCore

/// What `indigenous-112` reads: the current 附件七 table and its dated snapshots, the current
/// table's consistency checks, and the warnings of reading and checking them all.
public struct IndigenousData: ScoredData {
    /// The current table and the snapshots before it.
    public let series: SnapshotSeries
    /// The current table's checks (each rate against its counts, 合計 against the sums).
    public let checks: TableConsistency
    /// The warnings of reading and checking every table, in that order.
    public let warnings: [String]

    /// The current table's areas, in its order (合計 aside).
    public var units: [RateRow] { series.current.table.rows }
    /// The current table.
    public var table: RateTable { series.current.table }
    /// Whether earlier snapshots are tracked.
    public var tracking: Bool { !series.earlier.isEmpty }

    /// The data.
    public init(series: SnapshotSeries, checks: TableConsistency, warnings: [String]) {
        self.series = series
        self.checks = checks
        self.warnings = warnings
    }
}

import Foundation
import NationalPension112
import PingbiCore

/// One 附件七 table in a series: its period (from the file name) and its rows.
public struct Snapshot: Sendable {
    /// The period in the file name (`indigenous-rates-111-09.csv`), nil for `indigenous-rates.csv`.
    public let period: YearMonth?
    /// The table, read and checked.
    public let table: RateTable

    /// The period as a label: `111-09`, or `本期` for the current table.
    public var label: String { period?.description ?? "本期" }

    /// A snapshot.
    public init(period: YearMonth?, table: RateTable) {
        self.period = period
        self.table = table
    }
}

/// The tables a run reads: the current one and the dated snapshots before it.
public struct SnapshotSeries: Sendable {
    /// The table evaluated: `indigenous-rates.csv` (a dated snapshot never stands in for it).
    public let current: Snapshot
    /// The dated snapshots before it, oldest first.
    public let earlier: [Snapshot]

    /// Every snapshot, oldest first, the current one last.
    public var all: [Snapshot] { earlier + [current] }

    /// A dated snapshot's file name begins so; the period follows, then `.csv`.
    public static let prefix = "indigenous-rates-"

    /// The period in a snapshot's file name, or nil when the name is not a snapshot's;
    /// an unreadable period is an error naming the file.
    public static func period(ofFile fileName: String, in source: DataSource) throws(DataError) -> YearMonth? {
        guard fileName.hasPrefix(prefix), fileName.lowercased().hasSuffix(".csv") else { return nil }
        let text = String(fileName.dropFirst(prefix.count).dropLast(4))
        guard let month = YearMonth(text) else {
            throw DataError(
                file: source.displayName(fileName), value: text,
                expected: "民國年-月之期別（檔名例如 indigenous-rates-111-10.csv）")
        }
        return month
    }

    /// Reads the current table and the dated snapshots of the data folder and of `history`.
    public static func load(_ context: EvaluationContext) throws(DataError) -> (series: SnapshotSeries, warnings: [String]) {
        var sources = [context.data]
        if let history = context.history { sources.append(DataSource(directory: history, label: "")) }
        var dated: [YearMonth: Snapshot] = [:]
        var files: [YearMonth: String] = [:]
        var warnings: [String] = []
        for (position, source) in sources.enumerated() {
            for name in source.fileNames() {
                if position > 0 && name == IndigenousRates112.rateTable.fileName {
                    warnings.append("\(source.displayName(name)) 檔名無期別，未列入追蹤（追蹤資料請命名為 indigenous-rates-111-10.csv 等）。")
                    continue
                }
                guard let period = try period(ofFile: name, in: source) else { continue }
                if let first = files[period] {
                    throw DataError(
                        file: source.displayName(name), value: period.description,
                        expected: "不重複的期別（\(first) 已是 \(period) 之資料）")
                }
                files[period] = source.displayName(name)
                dated[period] = Snapshot(period: period, table: try IndigenousRates112.readRates(source, fileName: name))
            }
        }
        let earlier = dated.keys.sorted().map { dated[$0]! }
        let currentName = IndigenousRates112.rateTable.fileName
        // A dated snapshot is history, never the current table: without this file, refuse.
        guard context.data.exists(currentName) || earlier.isEmpty else {
            throw DataError(
                file: context.data.displayName(currentName),
                expected: "找不到本期資料檔 \(currentName)（找到的歷次快照 " + earlier.compactMap { $0.period.flatMap { files[$0] } }.joined(separator: "、")
                    + " 只用於追蹤趨勢，不作為本期；請將本期資料命名為 \(currentName)）")
        }
        let current = Snapshot(period: nil, table: try IndigenousRates112.readRates(context.data, fileName: currentName))
        return (SnapshotSeries(current: current, earlier: earlier), warnings)
    }
}

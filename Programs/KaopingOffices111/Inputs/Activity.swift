import Foundation
import PingbiCore

/// One office's activity over the evaluated period: its monthly rows and their sum.
public struct OfficeActivity: Sendable {
    /// The office.
    public let office: Office
    /// The months with a row, in order, with their counts.
    public let months: [(month: YearMonth, counts: Counts)]
    /// The months of the period with no row (zeros in the sums, left out of item (5)'s mean).
    public let missing: [YearMonth]

    /// An office's activity (for examples and tests).
    public init(office: Office, months: [(month: YearMonth, counts: Counts)], missing: [YearMonth] = []) {
        self.office = office
        self.months = months
        self.missing = missing
        self.total = months.reduce(Counts()) { $0 + $1.counts }
    }

    /// The sums over the months of the period.
    public let total: Counts

    /// Reads `activity.csv` for `offices` over `period` (inside `programPeriod`).
    /// Every office's activity over `period`, or — `period` nil — over the months the data
    /// covers (its first to its last month within the program period), with that period.
    static func load(
        _ data: DataSource, offices: [Office], columns: [CountColumn], period requested: PeriodRange?, programPeriod: PeriodRange,
        warnings: inout [String]
    ) throws(DataError) -> (activity: [OfficeActivity], period: PeriodRange) {
        let table = try data.table(KaopingInputs.activity(programPeriod, columns: columns))
        // 申辦量 ≤ 承保異動量 is checked while item (1) reads both.
        let checksVolume = columns.contains(.volume)
        // By office position: one lookup of the (Chinese) name per row.
        let known = Dictionary(uniqueKeysWithValues: offices.enumerated().map { ($0.element.name, $0.offset) })
        var byOffice = [[YearMonth: Counts]](repeating: [:], count: offices.count)
        var firstLine = [[YearMonth: Int]](repeating: [:], count: offices.count)
        var seenAnywhere = [Bool](repeating: false, count: offices.count)
        // Each office's name and each month are written on many rows: checked once per spelling.
        var positionByText: [String: Int] = [:]
        var monthByText: [String: YearMonth] = [:]
        for row in table.rows {
            let nameText = row.text("公所")
            let position: Int
            if let known = positionByText[nameText] {
                position = known
            } else {
                let name = try row.unit("公所")
                guard let found = known[name] else {
                    throw row.error("公所", value: name, expected: "offices.csv 中列出的公所名稱")
                }
                position = found
                positionByText[nameText] = found
            }
            let name = offices[position].name
            let monthText = row.text("月份")
            let month: YearMonth
            if let known = monthByText[monthText] {
                month = known
            } else {
                guard let parsed = YearMonth(monthText) else {
                    throw row.error("月份", expected: "民國年-月，例如 111-03")
                }
                guard programPeriod.contains(parsed) else {
                    throw row.error("月份", expected: "計畫期間 \(programPeriod) 內的月份")
                }
                month = parsed
                monthByText[monthText] = parsed
            }
            if let first = firstLine[position][month] {
                throw row.error("月份", expected: "每一公所每月一列（第 \(first) 行已有 \(name) \(month)）")
            }
            firstLine[position][month] = row.line
            let counts = try Self.counts(row, columns: columns)
            if checksVolume, let error = Self.volumeError(counts, row: row) { throw error }
            seenAnywhere[position] = true
            if requested?.contains(month) ?? true { byOffice[position][month] = counts }
        }
        // Without --period the run is for the months the data covers: a file of 111-02..111-05
        // is the June round, not October's with four months of zeros.
        let seen = monthByText.values
        let period = requested ?? seen.min().flatMap { first in seen.max().map { PeriodRange(first, $0) } } ?? programPeriod
        var result: [OfficeActivity] = []
        for (position, office) in offices.enumerated() {
            guard seenAnywhere[position] else {
                throw DataError(
                    file: data.displayName("activity.csv"), column: "公所", value: office.name,
                    expected: "每一公所每月一列；activity.csv 完全沒有此公所（offices.csv 第 \(office.line) 行）的資料")
            }
            let rows = byOffice[position]
            if rows.isEmpty {
                warnings.append("\(office.name) 在期間 \(period) 內沒有任何月份的資料：各月以 0 計，項目(5)的 A 無定義，不列入組平均，以 80 分計")
            }
            let months = period.months.compactMap { month in rows[month].map { (month, $0) } }
            let missing = period.months.filter { rows[$0] == nil }
            if !missing.isEmpty {
                warnings.append("\(office.name) 缺 \(missing.map(\.description).joined(separator: "、")) 的資料：以 0 計入合計，項目(5)的月平均不計該月")
            }
            let activity = OfficeActivity(office: office, months: months, missing: missing)
            if !office.isCardSite, columns.contains(.localCards), activity.total[.localCards] > 0 {
                warnings.append("\(office.name) 不是在地製卡據點公所，在地製卡件數 \(activity.total[.localCards]) 不計分")
            }
            result.append(activity)
        }
        return (result, period)
    }

    /// The counts of `columns` in one row of `activity.csv` (an optional column's blank is 0).
    static func counts(_ row: Row, columns: [CountColumn]) throws(DataError) -> Counts {
        var counts = Counts()
        for column in columns {
            counts[column] = column.required
                ? try row.value(column.rawValue, CountLimit.parse)
                : try row.optionalValue(column.rawValue, CountLimit.parse) ?? 0
        }
        return counts
    }

    /// The error of a row whose 申辦量 exceeds its 承保異動量 (checked where the program reads
    /// 承保異動量), nil when it does not; `volume` is the 承保異動量 cell's text where it is not
    /// the row's (a what-if run's changed cell).
    static func volumeError(_ counts: Counts, row: Row, volume: String? = nil) -> DataError? {
        guard counts.applications > counts[.volume] else { return nil }
        return row.error(
            CountColumn.volume.rawValue, value: volume,
            expected: "不小於健保櫃檯申辦量（加保+轉出+停保+復保 = \(counts.applications)）的整數：申辦量是承保異動量的一部分")
    }
}

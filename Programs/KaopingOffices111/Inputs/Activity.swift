import Foundation
import PingbiCore

/// One office's activity over the evaluated period: its monthly rows and their sum.
public struct OfficeActivity: Sendable {
    /// The office.
    public let office: Office
    /// The months with a row, in order, with their counts.
    public let months: MonthCounts
    /// The months of the period with no row (zeros in the sums, left out of item (5)'s mean).
    public let missing: [YearMonth]

    /// An office's activity (for examples and tests).
    public init(office: Office, months: [(month: YearMonth, counts: Counts)], missing: [YearMonth] = []) {
        self.init(office: office, months: MonthCounts(months), missing: missing)
    }

    /// An office's activity: its months as read.
    init(office: Office, months: MonthCounts, missing: [YearMonth]) {
        self.init(office: office, months: months, missing: missing, total: months.total)
    }

    /// An office's activity: its months as read, and their sums (``MonthCounts``'s total).
    private init(office: Office, months: MonthCounts, missing: [YearMonth], total: Counts) {
        self.office = office
        self.months = months
        self.missing = missing
        self.total = total
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
        let spec = KaopingInputs.activity(programPeriod, columns: columns)
        // A plain file is read from its bytes; one that is not, or whose reading there meets
        // anything unusual, by its table, which also words the error.
        let plain = data.plainTable(spec.fileName, spec: spec).flatMap { table in
            ActivitySlots(plain: table, offices: offices, columns: columns, period: requested, programPeriod: programPeriod)
        }
        let slots: ActivitySlots
        if let plain {
            slots = plain
        } else {
            slots = try ActivitySlots(table: data.table(spec), offices: offices, columns: columns, period: requested, programPeriod: programPeriod)
        }
        let monthSlots = programPeriod.months.count
        let base = programPeriod.first.year * 12 + programPeriod.first.month
        // Without --period the run is for the months the data covers: a file of 111-02..111-05
        // is the June round, not October's with four months of zeros.
        let seen = slots.months
        let period = requested ?? seen.min().flatMap { first in seen.max().map { PeriodRange(first, $0) } } ?? programPeriod
        let rowOf = slots.rowOf, seenAnywhere = slots.seenAnywhere, readsLocalCards = columns.contains(.localCards)
        // The evaluated months and their slots, worked out once (not per office).
        let evaluated = period.months.map { month in
            (month: month, slot: (0..<monthSlots).contains(month.year * 12 + month.month - base) ? month.year * 12 + month.month - base : nil)
        }
        if let absent = seenAnywhere.firstIndex(of: false) {
            throw DataError(
                file: data.displayName("activity.csv"), column: "公所", value: offices[absent].name,
                expected: "每一公所每月一列；activity.csv 完全沒有此公所（offices.csv 第 \(offices[absent].line) 行）的資料")
        }
        // Every office's months with a row (``ActivityCounts``), each office's in its own
        // `stride` entries, and those without; on two threads, offices being independent.
        let stride = evaluated.count
        typealias Layout = (count: Int, missing: [YearMonth], noRow: Bool)
        let (entries, parts) = TwoThreads.array(count: offices.count, stride: stride) {
            (range: Range<Int>, entries: TwoThreads.Elements<(month: UInt8, row: Int32)>) -> [Layout] in
            var layouts: [Layout] = []
            layouts.reserveCapacity(range.count)
            for position in range {
                let rows = rowOf[(position * monthSlots)..<(position * monthSlots + monthSlots)]
                var count = 0, missing: [YearMonth] = []
                for (index, (month, slot)) in evaluated.enumerated() {
                    if let slot, rows[position * monthSlots + slot] >= 0 {
                        entries.initialize(position * stride + count, to: (UInt8(index), rows[position * monthSlots + slot]))
                        count += 1
                    } else {
                        missing.append(month)
                    }
                }
                for unused in count..<stride { entries.initialize(position * stride + unused, to: (0, -1)) }
                layouts.append((count, missing, !rows.contains { $0 >= 0 }))
            }
            return layouts
        }
        let layout = Array(parts.joined())
        let store = slots.store(columns: columns, months: evaluated.map(\.month), entries: entries)
        // Each office's activity, its sums read from the store, and its warnings, on two
        // threads; the warnings then listed office by office.
        let (result, told) = TwoThreads.array(count: offices.count) { (range: Range<Int>, elements: TwoThreads.Elements<OfficeActivity>) -> [String] in
            var told: [String] = []
            let store = ActivityCounts(sharing: store)
            store.totals(of: range, entries: { ($0 * stride)..<($0 * stride + layout[$0].count) }) { position, total in
                let office = offices[position], missing = layout[position].missing
                let months = MonthCounts(store: store, range: (position * stride)..<(position * stride + layout[position].count))
                elements.initialize(position, to: OfficeActivity(office: office, months: months, missing: missing, total: total))
                if layout[position].noRow {
                    told.append("\(office.name) 在期間 \(period) 內沒有任何月份的資料：各月以 0 計，項目(5)的 A 無定義，不列入組平均，以 80 分計")
                }
                if !missing.isEmpty {
                    told.append("\(office.name) 缺 \(missing.map(\.description).joined(separator: "、")) 的資料：以 0 計入合計，項目(5)的月平均不計該月")
                }
                if !office.isCardSite, readsLocalCards, total[.localCards] > 0 {
                    // Most offices of a large file may say so: worded in room made once (an
                    // interpolation's grown buffer kept 5 MB more at 100,000 offices).
                    told.append(String(parts: office.name, " 不是在地製卡據點公所，在地製卡件數 ", String(total[.localCards]), " 不計分"))
                }
            }
            return told
        }
        var toldParts = told
        warnings = Self.joined(warnings, movingFrom: &toldParts)
        return (result, period)
    }

    /// `head`, then the texts of `parts` in order, moved out of them rather than copied (each
    /// of 99,000 warnings, far apart in memory, was retained when copied and released when its
    /// part was let go); `parts` are left holding empty texts.
    private static func joined(_ head: [String], movingFrom parts: inout [[String]]) -> [String] {
        let count = parts.reduce(head.count) { $0 + $1.count }
        return [String](unsafeUninitializedCapacity: count) { joined, initialized in
            guard let start = joined.baseAddress else { return }
            var end = head.count
            head.withUnsafeBufferPointer { head in
                if let source = head.baseAddress { start.initialize(from: source, count: head.count) }
            }
            for index in parts.indices {
                parts[index].withUnsafeMutableBufferPointer { part in
                    guard let source = part.baseAddress else { return }
                    (start + end).moveInitialize(from: source, count: part.count)
                    source.initialize(repeating: "", count: part.count)
                    end += part.count
                }
            }
            initialized = end
        }
    }

    /// Where each of `columns` is in the file of `row` (its header's positions), for
    /// ``counts(_:columns:at:)``.
    static func positions(of columns: [CountColumn], in row: Row?) -> [Int?] {
        columns.map { row?.position(of: $0.rawValue) }
    }

    /// The counts of `columns`, at `positions`, in one row of `activity.csv` (an optional
    /// column's blank is 0), in `width` slots (``Counts/width(for:)`` of `columns`, which a
    /// reader of many rows works out once). Plain digits within the limit, the common cell, are
    /// read from the bytes without making a String.
    static func counts(_ row: Row, columns: [CountColumn], at positions: [Int?], width: Int? = nil) throws(DataError) -> Counts {
        var counts = Counts(width: width ?? Counts.width(for: columns))
        for index in columns.indices {
            let column = columns[index], at = positions[index]
            if let plain = row.plainDigits(at: at), plain <= CountLimit.maximum {
                counts[slot: column.position] = plain
                continue
            }
            counts[column] = column.required
                ? try row.value(column.rawValue, at: at, CountLimit.parse)
                : try row.optionalValue(column.rawValue, at: at, CountLimit.parse) ?? 0
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

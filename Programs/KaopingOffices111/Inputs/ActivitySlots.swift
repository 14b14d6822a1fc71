import Foundation
import PingbiCore

/// The rows of `activity.csv` as read: each office's counts by month of the program period, in
/// flat arrays by roster position (not a dictionary per office), checked as the program reads
/// them: a known office, a month of the program period, one row per office and month, counts
/// within the limit, 申辦量 ≤ 承保異動量 where the program reads 承保異動量.
struct ActivitySlots {
    /// The counts of office `p` in month `m` (the program period's `m`-th) at `p × months + m`,
    /// nil where there is no row or the month is outside the evaluated period.
    var counted: [Counts?]
    /// Whether each office has a row in any month of the program period.
    var seenAnywhere: [Bool]
    /// The months with a row (each once at least).
    var months: [YearMonth]

    /// Reads `table`, laid out as `activity.csv` reading `columns` over `programPeriod`; the
    /// first error is thrown.
    init(table: Table, offices: [Office], columns: [CountColumn], period requested: PeriodRange?, programPeriod: PeriodRange) throws(DataError) {
        // 申辦量 ≤ 承保異動量 is checked while item (1) reads both.
        let checksVolume = columns.contains(.volume)
        // By office position: one lookup of the (Chinese) name per spelling.
        let known = Dictionary(uniqueKeysWithValues: offices.enumerated().map { ($0.element.name, $0.offset) })
        // Each column looked up once, not per cell.
        let first = table.rows.first
        let officeColumn = first?.position(of: "公所"), monthColumn = first?.position(of: "月份")
        let positions = OfficeActivity.positions(of: columns, in: first), width = Counts.width(for: columns)
        // By office and month of the program period: flat arrays, not a dictionary per office.
        let monthSlots = programPeriod.months.count
        let base = programPeriod.first.year * 12 + programPeriod.first.month
        var counted = [Counts?](repeating: nil, count: offices.count * monthSlots)
        var firstLine = [Int](repeating: 0, count: offices.count * monthSlots)
        var seenAnywhere = [Bool](repeating: false, count: offices.count)
        // Each office's name and each month are written on many rows: checked once per spelling,
        // and rows of one office usually follow each other.
        var positionByText: [String: Int] = [:]
        var last: (text: String, position: Int)?
        var monthByText: [(text: String, month: YearMonth)] = []
        for row in table.rows {
            let nameText = row.text(at: officeColumn)
            let position: Int
            if let last, last.text == nameText {
                position = last.position
            } else if let next = last.map({ $0.position + 1 }) ?? (offices.isEmpty ? nil : 0), next < offices.count,
                offices[next].name == nameText {
                // The roster's next office in its own spelling: rows usually follow the roster.
                position = next
            } else if let known = positionByText[nameText] {
                position = known
            } else {
                let name = try row.unit("公所")
                guard let found = known[name] else {
                    throw row.error("公所", value: name, expected: "offices.csv 中列出的公所名稱")
                }
                position = found
                positionByText[nameText] = found
            }
            last = (nameText, position)
            let monthText = row.text(at: monthColumn)
            let month: YearMonth
            if let known = monthByText.first(where: { $0.text == monthText }) {
                month = known.month
            } else {
                guard let parsed = YearMonth(monthText) else {
                    throw row.error("月份", expected: "民國年-月，例如 111-03")
                }
                guard programPeriod.contains(parsed) else {
                    throw row.error("月份", expected: "計畫期間 \(programPeriod) 內的月份")
                }
                month = parsed
                monthByText.append((monthText, parsed))
            }
            let slot = position * monthSlots + (month.year * 12 + month.month - base)
            if firstLine[slot] != 0 {
                throw row.error("月份", expected: "每一公所每月一列（第 \(firstLine[slot]) 行已有 \(offices[position].name) \(month)）")
            }
            firstLine[slot] = row.line
            let counts = try OfficeActivity.counts(row, columns: columns, at: positions, width: width)
            if checksVolume, let error = OfficeActivity.volumeError(counts, row: row) { throw error }
            seenAnywhere[position] = true
            if requested?.contains(month) ?? true { counted[slot] = counts }
        }
        self.counted = counted
        self.seenAnywhere = seenAnywhere
        months = monthByText.map(\.month)
    }

    /// Reads the plain file `csv` as ``init(table:offices:columns:period:programPeriod:)``
    /// reads its table, from its bytes: an office's name and a month are made a String only
    /// where its bytes are not those of the roster's office or of a month met before, a plain
    /// count never. Nil when the file has a problem, or may (the table's reading then throws it).
    init?(plain csv: CSVBytes, spec: TableSpec, offices: [Office], columns: [CountColumn], period requested: PeriodRange?, programPeriod: PeriodRange) {
        guard let header = csv.header(for: spec) else { return nil }
        let checksVolume = columns.contains(.volume)
        let officeColumn = header["公所"], monthColumn = header["月份"]
        let positions = columns.map { header[$0.rawValue] }, slots = columns.map(\.position), width = Counts.width(for: columns)
        let names = offices.map { Array($0.name.utf8) }
        var known: [String: Int]?
        let monthSlots = programPeriod.months.count
        let base = programPeriod.first.year * 12 + programPeriod.first.month
        var counted = [Counts?](repeating: nil, count: offices.count * monthSlots)
        var filled = [Bool](repeating: false, count: offices.count * monthSlots)
        var seenAnywhere = [Bool](repeating: false, count: offices.count)
        var positionByText: [String: Int] = [:]
        var last: Int?
        var monthByBytes: [(bytes: [UInt8], month: YearMonth, index: Int)] = []
        let finished = csv.forEachRow { row in
            // The office: the last row's, the roster's next, or looked up by its name.
            guard let nameBytes = row.trimmedBytes(at: officeColumn) else { return false }
            var found: Int?
            if let last, Self.same(names[last], nameBytes) {
                found = last
            } else if let next = last.map({ $0 + 1 }) ?? (offices.isEmpty ? nil : 0), next < offices.count, Self.same(names[next], nameBytes) {
                found = next
            } else {
                let nameText = String(decoding: nameBytes, as: UTF8.self)
                if let last, offices[last].name == nameText {
                    found = last
                } else if let next = last.map({ $0 + 1 }) ?? (offices.isEmpty ? nil : 0), next < offices.count, offices[next].name == nameText {
                    found = next
                } else if let known = positionByText[nameText] {
                    found = known
                } else {
                    let name = UnitName.normalize(nameText)
                    if known == nil { known = Dictionary(uniqueKeysWithValues: offices.enumerated().map { ($0.element.name, $0.offset) }) }
                    guard !name.isEmpty, let position = known?[name] else { return false }
                    positionByText[nameText] = position
                    found = position
                }
            }
            guard let position = found else { return false }
            last = position
            // The month: one met before, by its bytes, or read.
            guard let monthBytes = row.trimmedBytes(at: monthColumn) else { return false }
            var monthEntry = monthByBytes.firstIndex { Self.same($0.bytes, monthBytes) }
            if monthEntry == nil {
                guard let parsed = YearMonth(String(decoding: monthBytes, as: UTF8.self)), programPeriod.contains(parsed) else { return false }
                monthByBytes.append((Array(monthBytes), parsed, parsed.year * 12 + parsed.month - base))
                monthEntry = monthByBytes.count - 1
            }
            let (month, index) = (monthByBytes[monthEntry!].month, monthByBytes[monthEntry!].index)
            let slot = position * monthSlots + index
            guard !filled[slot] else { return false }
            filled[slot] = true
            var counts = Counts(width: width)
            for column in positions.indices {
                if let plain = row.plainDigits(at: positions[column]), plain <= CountLimit.maximum {
                    counts[slot: slots[column]] = plain
                    continue
                }
                let text = row.text(at: positions[column])
                if text.isEmpty {
                    guard !columns[column].required else { return false }
                    continue
                }
                guard let value = try? CountLimit.parse(text) else { return false }
                counts[columns[column]] = value
            }
            if checksVolume, counts.applications > counts[.volume] { return false }
            seenAnywhere[position] = true
            if requested?.contains(month) ?? true { counted[slot] = counts }
            return true
        }
        guard finished else { return nil }
        self.counted = counted
        self.seenAnywhere = seenAnywhere
        months = monthByBytes.map(\.month)
    }

    private static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { a in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
    }
}

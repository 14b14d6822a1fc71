import Foundation
import PingbiCore

/// The rows of `activity.csv` as read: each office's counts by month of the program period, in
/// flat arrays by roster position (not a dictionary per office), checked as the program reads
/// them: a known office, a month of the program period, one row per office and month, counts
/// within the limit, 申辦量 ≤ 承保異動量 where the program reads 承保異動量.
struct ActivitySlots {
    /// The row (in ``rows``) of office `p` in month `m` (the program period's `m`-th) at
    /// `p × months + m`, -1 where there is no row or the month is outside the evaluated period.
    var rowOf: [Int32]
    /// The rows' counts.
    var rows: Rows
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
        var rowOf = [Int32](repeating: -1, count: offices.count * monthSlots)
        var rows: [Counts] = []
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
            if requested?.contains(month) ?? true {
                rowOf[slot] = Int32(rows.count)
                rows.append(counts)
            }
        }
        self.rowOf = rowOf
        self.rows = .read(rows)
        self.seenAnywhere = seenAnywhere
        months = monthByText.map(\.month)
    }

    /// Reads the plain, clean file `table` (as the input check read it, ``PlainTable``) as
    /// ``init(table:offices:columns:period:programPeriod:)`` reads its table: each office's name
    /// and each month is looked up once per read form, not per row. Nil when the file has a
    /// problem only the program sees, or may (the table's reading then throws it).
    init?(plain table: PlainTable, offices: [Office], columns: [CountColumn], period requested: PeriodRange?, programPeriod: PeriodRange) {
        guard let officeCells = table.forms("公所"), let monthCells = table.forms("月份") else { return nil }
        let checksVolume = columns.contains(.volume)
        // 申辦量 ≤ 承保異動量 told from the table's cells: the application columns read.
        let applicationPlaces = CountColumn.applications.filter(columns.contains).compactMap { table.countPlace($0.rawValue) }
        let volumePlace = table.countPlace(CountColumn.volume.rawValue)
        let monthSlots = programPeriod.months.count
        let base = programPeriod.first.year * 12 + programPeriod.first.month
        // Each office name's roster position: the roster's office of the same number when the
        // file follows the roster (compared on two threads), else looked up by name.
        let names = officeCells.forms
        let follows = TwoThreads.map(count: names.count) { number in number < offices.count && Self.same(offices[number].name, names[number]) }
        var known: [String: Int]?
        var positions: [Int] = []
        positions.reserveCapacity(names.count)
        for number in names.indices {
            if follows[number] {
                positions.append(number)
                continue
            }
            if known == nil { known = Dictionary(uniqueKeysWithValues: offices.enumerated().map { ($0.element.name, $0.offset) }) }
            guard let position = known?[names[number]] else { return nil }
            positions.append(position)
        }
        // Each month's slot in the program period.
        var months: [YearMonth] = []
        for form in monthCells.forms {
            guard let month = YearMonth(form), programPeriod.contains(month) else { return nil }
            months.append(month)
        }
        let monthIndex = months.map { $0.year * 12 + $0.month - base }
        let counting = months.map { requested?.contains($0) ?? true }
        // A row's application counts, then its volume where the file has the column (else 0),
        // read in one call per row.
        let places = applicationPlaces + (volumePlace.map { [$0] } ?? [])
        let officeIDs = officeCells.ids, monthIDs = monthCells.ids, officePositions = positions
        // Each row's slot (office and month), its counts checked, on two threads (-1 for a
        // row without a name or month).
        let (slotOfRow, checked) = TwoThreads.array(count: table.rowCount) { (rows: Range<Int>, slots: TwoThreads.Elements<Int32>) -> Bool in
            places.withUnsafeBufferPointer { places in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: places.count) { sums -> Bool in
                    var clean = true
                    for row in rows {
                        let officeNumber = Int(officeIDs[row]), monthNumber = Int(monthIDs[row])
                        guard officeNumber >= 0, monthNumber >= 0 else {
                            slots.initialize(row, to: -1)
                            clean = false
                            continue
                        }
                        slots.initialize(row, to: Int32(officePositions[officeNumber] * monthSlots + monthIndex[monthNumber]))
                    }
                    // The rows' counts read in one pass, until a row has more applications than volume.
                    guard checksVolume, clean else { return clean }
                    return table.forEachRow(rows, places: places, into: sums) { _ in
                        let applications = CheckedCount.boundedSum(sums[..<applicationPlaces.count])
                        return applications <= (volumePlace == nil ? 0 : sums[applicationPlaces.count])
                    }
                }
            }
        }
        guard checked.allSatisfy({ $0 }) else { return nil }
        // Each office and month once: rows placed in order.
        var rowOf = [Int32](repeating: -1, count: offices.count * monthSlots)
        var filled = [Bool](repeating: false, count: offices.count * monthSlots)
        var seenAnywhere = [Bool](repeating: false, count: offices.count)
        var read = true
        filled.withUnsafeMutableBufferPointer { filled in
            rowOf.withUnsafeMutableBufferPointer { rowOf in
                for row in slotOfRow.indices {
                    let slot = Int(slotOfRow[row])
                    guard !filled[slot] else {
                        read = false
                        return
                    }
                    filled[slot] = true
                    seenAnywhere[officePositions[Int(officeIDs[row])]] = true
                    if counting[Int(monthIDs[row])] { rowOf[slot] = Int32(row) }
                }
            }
        }
        guard read else { return nil }
        self.rowOf = rowOf
        rows = .plain(table)
        self.seenAnywhere = seenAnywhere
        self.months = months
    }

    /// Where the counts of the rows are.
    enum Rows {
        /// The plain file's cells as the input check read them.
        case plain(PlainTable)
        /// Each row's counts, read from the file's table.
        case read([Counts])
    }

    /// The store of the rows' counts reading `columns`, with `entries` naming them by `months`.
    func store(columns: [CountColumn], months: [YearMonth], entries: [(month: UInt8, row: Int32)]) -> ActivityCounts {
        switch rows {
        case .plain(let table): ActivityCounts(plain: table, columns: columns, months: months, entries: entries)
        case .read(let rows): ActivityCounts(rows, months: months, entries: entries)
        }
    }

    /// Whether `a` and `b` are the same UTF-8 bytes.
    private static func same(_ a: String, _ b: String) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { a in b.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) } }
    }
}

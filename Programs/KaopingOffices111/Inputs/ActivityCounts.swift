import PingbiCore

/// The counts of the rows of `activity.csv` a run reads, and every office's months with a row,
/// in one store shared by every office: a plain file's counts stay in the flat buffer the input
/// check filled (``PlainTable``), not one small array per office and month (100,000 offices ×
/// 8 months made 800,000). An office's months read their counts from here (``MonthCounts``)
/// when an item asks.
final class ActivityCounts: Sendable {
    /// Where the counts are.
    private enum Rows {
        /// A plain file's cells, with each read column's slot (``CountColumn/position``) and
        /// place in a row of the table.
        case plain(PlainTable, columns: [(slot: Int, place: Int)])
        /// Rows read one by one (a file that is not plain, examples, a what-if run).
        case read([Counts])
    }

    private let rows: Rows
    /// The slots a row's ``Counts`` has (``Counts/width(for:)``).
    private let width: Int
    /// A plain file's place in a row of the table of each slot's column, -1 for a column the
    /// file lacks (by slot, ``width`` of them; empty for rows read one by one).
    private let placeBySlot: [Int]
    /// The months entries name.
    private let months: [YearMonth]
    /// Every office's months with a row, office after office, each office's in a run of
    /// entries of its own: the month (in ``months``) and the row (``MonthCounts`` knows its
    /// office's range; a run's entries past its office's months are never read).
    fileprivate let entries: [(month: UInt8, row: Int32)]

    /// The counts of `table`'s rows in the count columns `columns` (those the file lacks are 0),
    /// and `entries` naming them by `months`.
    init(plain table: PlainTable, columns: [CountColumn], months: [YearMonth], entries: [(month: UInt8, row: Int32)]) {
        let stored = columns.compactMap { column in table.countPlace(column.rawValue).map { (slot: column.position, place: $0) } }
        // Names and months are placed already: only the counts are kept.
        rows = .plain(table.countsOnly, columns: stored)
        width = Counts.width(for: columns)
        var placeBySlot = [Int](repeating: -1, count: width)
        for column in stored { placeBySlot[column.slot] = column.place }
        self.placeBySlot = placeBySlot
        self.months = months
        self.entries = entries
    }

    /// Another store of `store`'s rows and entries (shared, not copied): the offices made on
    /// one thread share one store, not the other thread's (two threads changing one reference
    /// count for every office made each wait on the other).
    init(sharing store: ActivityCounts) {
        rows = store.rows
        width = store.width
        placeBySlot = store.placeBySlot
        months = store.months
        entries = store.entries
    }

    /// Rows already read, and `entries` naming them by `months`.
    init(_ rows: [Counts], months: [YearMonth], entries: [(month: UInt8, row: Int32)]) {
        self.rows = .read(rows)
        width = 0
        placeBySlot = []
        self.months = months
        self.entries = entries
    }

    /// The month and counts of entry `entry`.
    fileprivate func month(_ entry: Int) -> (month: YearMonth, counts: Counts) {
        (months[Int(entries[entry].month)], counts(Int(entries[entry].row)))
    }

    /// The counts of row `row`.
    func counts(_ row: Int) -> Counts {
        switch rows {
        case .read(let rows):
            return rows[row]
        case .plain(let table, let columns):
            var counts = Counts(width: width)
            for column in columns { counts[slot: column.slot] = table.count(row: row, place: column.place) }
            return counts
        }
    }

    /// The sum of `columns` in row `row`, read from the store without making its ``Counts``.
    func sum(_ columns: [CountColumn], row: Int) -> Int {
        switch rows {
        case .read(let rows):
            return rows[row].sum(columns)
        case .plain(let table, _):
            var sum = 0
            for column in columns {
                guard let place = place(of: column) else { continue }
                sum = CheckedCount.boundedAdd(sum, table.count(row: row, place: place))
            }
            return sum
        }
    }

    /// The place of `column` in a row of a plain file's table; nil for a column the file lacks
    /// (an optional one), which counts 0, as in ``counts(_:)``.
    private func place(of column: CountColumn) -> Int? {
        column.position < placeBySlot.count && placeBySlot[column.position] >= 0 ? placeBySlot[column.position] : nil
    }

    /// The sum of `columns` in the row of each of `entries`, handed to `body` with the entry's
    /// index among them, in order: as ``sum(_:row:)`` of each, but where the entries' rows
    /// follow each other in the file (an office's months, in a file by office then month) read
    /// in one pass over the table.
    fileprivate func eachSum(_ columns: [CountColumn], entries range: Range<Int>, _ body: (Int, Int) -> Void) {
        guard case .plain(let table, _) = rows, let first = range.first.map({ Int(entries[$0].row) }),
              range.indices.allSatisfy({ Int(entries[$0].row) == first + $0 - range.lowerBound })
        else {
            for index in range { body(index - range.lowerBound, sum(columns, row: Int(entries[index].row))) }
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * columns.count) { room in
            var found = 0
            for column in columns {
                guard let place = place(of: column) else { continue }
                room[found] = place
                found += 1
            }
            let values = UnsafeMutableBufferPointer(rebasing: room[columns.count..<(columns.count + found)])
            _ = table.forEachRow(first..<(first + range.count), places: UnsafeBufferPointer(rebasing: room[..<found]), into: values) { row in
                var sum = 0
                for value in values { sum = CheckedCount.boundedAdd(sum, value) }
                body(row - first, sum)
                return true
            }
        }
    }

    /// The sum of the counts of the rows of `entries`, column by column (checked as
    /// ``Counts/+=(_:_:)`` adds).
    func total(entries: Range<Int>) -> Counts {
        var total = Counts()
        totals(of: 0..<1, entries: { _ in entries }) { total = $1 }
        return total
    }

    /// ``total(entries:)`` of each of `offices`' entries (`entries(office)`), handed to `body`
    /// with the office, in order: the store's rows looked up once for them all (not once per
    /// office, which retained and released every part of the table each time).
    func totals(of offices: Range<Int>, entries: (Int) -> Range<Int>, _ body: (Int, Counts) -> Void) {
        self.entries.withUnsafeBufferPointer { stored in
            switch rows {
            case .read(let rows):
                for office in offices {
                    var total = Counts()
                    for entry in entries(office) { total += rows[Int(stored[entry].row)] }
                    body(office, total)
                }
            case .plain(let table, let columns):
                // Row by row, a row's cells being next to each other in the table (column by
                // column read each row once per column, from memory each time at 100,000 offices).
                var rows: [Int] = []
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * columns.count) { room in
                    let (places, sums) = (UnsafeMutableBufferPointer(rebasing: room[..<columns.count]), UnsafeMutableBufferPointer(rebasing: room[columns.count...]))
                    for index in columns.indices { places[index] = columns[index].place }
                    for office in offices {
                        sums.update(repeating: 0)
                        rows.removeAll(keepingCapacity: true)
                        for entry in entries(office) { rows.append(Int(stored[entry].row)) }
                        rows.withUnsafeBufferPointer { rows in table.add(rows: rows, places: UnsafeBufferPointer(places), to: sums) }
                        var total = Counts(width: width)
                        for index in columns.indices { total[slot: columns[index].slot] = sums[index] }
                        body(office, total)
                    }
                }
            }
        }
    }
}

/// One office's months with a row, in order, with their counts: each month's ``Counts`` made
/// from the run's store (``ActivityCounts``) when it is read, not kept.
public struct MonthCounts: RandomAccessCollection, Sendable {
    private let store: ActivityCounts
    /// The office's entries in the store.
    private let range: Range<Int>

    /// The office's months: `range` of `store`'s entries.
    init(store: ActivityCounts, range: Range<Int>) {
        self.store = store
        self.range = range
    }

    /// `months` with their counts, as given.
    init(_ months: [(month: YearMonth, counts: Counts)]) {
        store = ActivityCounts(
            months.map(\.counts), months: months.map(\.month), entries: months.indices.map { (UInt8($0), Int32($0)) })
        range = months.indices
    }

    /// The first month's index, 0.
    public var startIndex: Int { 0 }
    /// The number of months.
    public var endIndex: Int { range.count }

    /// The `index`-th month and its counts.
    public subscript(index: Int) -> (month: YearMonth, counts: Counts) {
        store.month(range.lowerBound + index)
    }

    /// The sum of `columns` in each month, handed to `body` with the month's index, in order:
    /// what ``subscript(_:)``'s counts sum to, read without making them.
    public func eachSum(_ columns: [CountColumn], _ body: (Int, Int) -> Void) {
        store.eachSum(columns, entries: range, body)
    }

    /// The sum of the months' counts.
    var total: Counts {
        store.total(entries: range)
    }
}

/// The cells of a plain, clean file (``CSVBytes``) as the input check read them
/// (``InputValidation/plainTable(_:spec:)``): every count in one flat buffer, row after row,
/// and every name or month as the number of its read form. A program reading the file takes
/// these rather than reading its bytes a second time, so that the bytes are scanned once for
/// the check and the reading, and freed once both are done.
///
/// Rows are the file's rows after the header, wholly blank ones left out, in order. Every cell
/// recorded here passed the check: a count is a whole number within ``CountLimit``, a blank
/// count (where the column allows one) is 0.
public struct PlainTable: Sendable {
    /// The layout the file was checked against.
    public let spec: TableSpec
    /// The number of rows.
    public let rowCount: Int
    /// The number of count columns the file has (of `spec`'s), each row's stride in ``counts``.
    public let countWidth: Int
    /// Each count column's place in a row of ``counts``, by header name.
    private let countPlaces: [String: Int]
    /// The counts, row after row, `countWidth` each.
    private let counts: CountCells
    /// The columns whose cells repeat down the column (names, months, choices), by header name:
    /// each row's cell as the number of its read form (-1 for an allowed blank), and each
    /// number's read form (``ColumnKind/keyForm(_:)``).
    private let forms: [String: (ids: [Int32], forms: [String])]
    /// The lines rows start on: each run of rows on consecutive lines as its first row and line
    /// (one run where no blank record lies between rows).
    private let lineRuns: [(row: Int, line: Int)]
    /// The columns of the file, other than counts, with a cell that is not blank.
    private let writtenColumns: Set<String>

    /// The line where row `row` starts.
    public func line(of row: Int) -> Int {
        // The last run starting at or before the row.
        var (low, high) = (0, lineRuns.count)
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineRuns[middle].row <= row { low = middle } else { high = middle }
        }
        return lineRuns[low].line + (row - lineRuns[low].row)
    }

    /// Whether a cell of column `name` (not a count column) is not blank; false for a column the
    /// file lacks.
    public func isWritten(_ name: String) -> Bool {
        writtenColumns.contains(name)
    }

    /// Where the count column `name` is in a row of ``count(row:place:)``; nil when the file
    /// lacks the column (an optional one).
    public func countPlace(_ name: String) -> Int? {
        countPlaces[name]
    }

    /// The count at `place` (``countPlace(_:)``) in `row`.
    public func count(row: Int, place: Int) -> Int {
        counts[row * countWidth + place]
    }

    /// Adds the counts at `places` (``countPlace(_:)``) in `row` to `sums`, place by place, as
    /// `CheckedCount.boundedAdd` adds: what a reader summing a unit's rows calls once a row.
    public func add(row: Int, places: UnsafeBufferPointer<Int>, to sums: UnsafeMutableBufferPointer<Int>) {
        withUnsafePointer(to: row) { row in add(rows: UnsafeBufferPointer(start: row, count: 1), places: places, to: sums) }
    }

    /// ``add(row:places:to:)`` for each of `rows` (a unit's rows), in one call: what a reader
    /// summing many units' rows calls once a unit.
    public func add(rows: UnsafeBufferPointer<Int>, places: UnsafeBufferPointer<Int>, to sums: UnsafeMutableBufferPointer<Int>) {
        counts.add(rows: rows, width: countWidth, places: places, to: sums)
    }

    /// Calls `body` with each row of `rows` and, in `values`, its counts at `places`
    /// (``countPlace(_:)``, in that order), until it returns false; false then: what a reader
    /// checking every row's counts calls once for many rows (rather than ``add(row:places:to:)``
    /// per row).
    public func forEachRow(
        _ rows: Range<Int>, places: UnsafeBufferPointer<Int>, into values: UnsafeMutableBufferPointer<Int>, _ body: (Int) -> Bool
    ) -> Bool {
        precondition(values.count >= places.count, "PlainTable.forEachRow: room for \(values.count) of \(places.count) counts")
        return counts.forEachRow(rows, width: countWidth, places: places, into: values, body)
    }

    /// The same counts without the repeating columns' numbers and read forms: what a reader
    /// that keeps only the counts holds on to (at 100,000 offices × 8 months, 6 MB of ids and
    /// 100,000 names let go once the rows are placed).
    public var countsOnly: PlainTable {
        PlainTable(
            spec: spec, rowCount: rowCount, countWidth: countWidth, countPlaces: countPlaces, counts: counts, forms: [:], lineRuns: lineRuns,
            writtenColumns: writtenColumns)
    }

    /// Each row's cell of the repeating column `name` as a number, and each number's read form
    /// (a unit's normalised name, a month as `111-03`); -1 stands for an allowed blank. Nil for a
    /// column the file lacks or whose cells do not repeat (counts, free text, numbers).
    public func forms(_ name: String) -> (ids: [Int32], forms: [String])? {
        forms[name]
    }

    /// What the check fills row by row (``InputValidation/plainTable(_:spec:)``).
    struct Builder {
        let spec: TableSpec
        private(set) var rowCount = 0
        let countWidth: Int
        private let countPlaces: [String: Int]
        private var counts = CountCells()
        private let repeating: [String]
        private var ids: [[Int32]]
        private var lineRuns: [(row: Int, line: Int)] = []

        /// A builder for a file of `spec` whose count columns are `countColumns` (header names,
        /// in the order their cells are added) and whose repeating columns are `repeating`
        /// (header names, each then known by its place in this list).
        init(spec: TableSpec, countColumns: [String], repeating: [String]) {
            self.spec = spec
            countWidth = countColumns.count
            countPlaces = Dictionary(uniqueKeysWithValues: countColumns.enumerated().map { ($1, $0) })
            self.repeating = repeating
            ids = repeating.map { _ in [] }
        }

        /// Makes room for about `rows` rows.
        mutating func reserve(rows: Int) {
            counts.reserve(rows * countWidth)
            for place in ids.indices { ids[place].reserveCapacity(rows) }
        }

        /// Adds the current row's counts (columns in ``init(spec:countColumns:repeating:)``'s order).
        mutating func add(counts row: UnsafeBufferPointer<Int>) {
            precondition(row.count == countWidth, "PlainTable.Builder: a row of \(row.count) counts for \(countWidth) columns")
            counts.append(row: row)
        }

        /// Adds the current row's cell of the repeating column at `place` (in `repeating`): the
        /// number of its read form, or -1 for a blank.
        mutating func add(id: Int, at place: Int) {
            ids[place].append(Int32(id))
        }

        /// Appends the rows of `later`, the builder of the rows right after these, its
        /// repeating columns' numbers renumbered by each column's `numbers` (by place) and its
        /// rows' lines moved on by `lines`.
        mutating func append(_ later: Builder, numbers: [[Int]], lines: Int) {
            counts.append(contentsOf: later.counts)
            // Room made as appending makes it (doubling), not just enough: parts join one by one.
            for place in ids.indices {
                ids[place] += later.ids[place].lazy.map { $0 < 0 ? $0 : Int32(numbers[place][Int($0)]) }
            }
            for run in later.lineRuns { addLine(run.line + lines, row: rowCount + run.row) }
            rowCount += later.rowCount
        }

        /// Ends the current row, which starts on `line`.
        mutating func endRow(line: Int) {
            addLine(line, row: rowCount)
            rowCount += 1
        }

        /// Notes that row `row` starts on `line`: a new run unless the last run goes on to it.
        private mutating func addLine(_ line: Int, row: Int) {
            if let last = lineRuns.last, last.line + (row - last.row) == line { return }
            lineRuns.append((row, line))
        }

        /// The table, `forms` holding each repeating column's read forms by number, `written`
        /// naming the columns (not counts) with a cell that is not blank.
        func table(forms: [[String]], written: Set<String>) -> PlainTable {
            PlainTable(
                spec: spec, rowCount: rowCount, countWidth: countWidth, countPlaces: countPlaces, counts: counts,
                forms: Dictionary(uniqueKeysWithValues: repeating.indices.map { (repeating[$0], (ids[$0], forms[$0])) }), lineRuns: lineRuns,
                writtenColumns: written)
        }
    }
}

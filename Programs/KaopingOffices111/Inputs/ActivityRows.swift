import PingbiCore

/// `activity.csv`'s rows as read, found by the line each starts on, with their office, month
/// and counts: the cells a what-if run (``Kaoping111/trials(_:)``) changes. A row is read when a
/// change names it, not before (a what-if search changes one office's few rows of 800,000).
struct ActivityRows: Sendable {
    /// One row.
    struct Entry: Sendable {
        /// The row, for its errors.
        let row: Row
        /// The office's position in the roster (as in ``KaopingData/activity``).
        let office: Int
        /// The row's month.
        let month: YearMonth
        /// The row's counts of the columns the program reads.
        let counts: Counts
    }

    /// The rows, in the file's order (their lines ascending).
    private let rows: [Row]
    /// Each office's position in the roster, by name.
    private let positions: [String: Int]
    /// The columns the program reads, and where each is in a row.
    private let columns: [CountColumn]
    private let at: [Int?]

    /// The rows of `program`'s `activity.csv` in `data`, whose `offices` are already read.
    init(_ data: DataSource, offices: [Office], program: Kaoping111) throws(DataError) {
        columns = program.countColumns
        let table = try data.table(KaopingInputs.activity(program.period, columns: columns))
        positions = Dictionary(offices.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
        rows = table.rows
        at = OfficeActivity.positions(of: columns, in: table.rows.first)
    }

    /// The row starting on `line`; nil when no row starts there, or it names no office of the
    /// roster or no month (reading the file would have failed).
    func entry(at line: Int) throws(DataError) -> Entry? {
        guard let row = rows.row(startingOn: line), let office = positions[try row.unit("公所")], let month = YearMonth(row.text("月份")) else {
            return nil
        }
        return Entry(row: row, office: office, month: month, counts: try OfficeActivity.counts(row, columns: columns, at: at))
    }
}

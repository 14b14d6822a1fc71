import PingbiCore

/// `activity.csv`'s rows as read, by the line each starts on, with their office, month and
/// counts: the cells a what-if run (``Kaoping111/trials(_:)``) changes.
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

    /// The rows by the line each starts on.
    let byLine: [Int: Entry]

    /// The rows of `program`'s `activity.csv` in `data`, whose `offices` are already read; nil
    /// when a row names no office of them or no month (reading the file would have failed).
    init?(_ data: DataSource, offices: [Office], program: Kaoping111) throws(DataError) {
        let columns = program.countColumns
        let table = try data.table(KaopingInputs.activity(program.period, columns: columns))
        let positions = Dictionary(offices.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var byLine: [Int: Entry] = [:]
        let at = OfficeActivity.positions(of: columns, in: table.rows.first)
        for row in table.rows {
            guard let office = positions[try row.unit("公所")], let month = YearMonth(row.text("月份")) else { return nil }
            byLine[row.line] = Entry(row: row, office: office, month: month, counts: try OfficeActivity.counts(row, columns: columns, at: at))
        }
        self.byLine = byLine
    }
}

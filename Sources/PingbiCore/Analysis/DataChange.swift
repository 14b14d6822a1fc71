/// One what-if change to a program's input (``AwardGap``'s trials): new values of one count
/// column in some of one unit's rows of one input file, each row named by the line where its
/// record starts (as a ``DataError`` names it). Every other cell is as read.
public struct DataChange: Sendable, Equatable {
    /// One changed cell: the row's line and the column's new count there.
    public struct Cell: Sendable, Equatable {
        /// The line where the row's record starts (the header is line 1).
        public let line: Int
        /// The new count.
        public let value: Int

        /// A changed cell.
        public init(line: Int, value: Int) {
            self.line = line
            self.value = value
        }
    }

    /// The unit whose rows change, normalised (``UnitName/normalize(_:)``).
    public let unit: String
    /// The input file (its name as the program's ``TableSpec`` gives it).
    public let file: String
    /// The column's header.
    public let column: String
    /// The changed cells, in the file's order.
    public let cells: [Cell]

    /// A change.
    public init(unit: String, file: String, column: String, cells: [Cell]) {
        self.unit = unit
        self.file = file
        self.column = column
        self.cells = cells
    }
}

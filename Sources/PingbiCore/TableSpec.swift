/// A column of an input table: its header, whether it must be present, what it holds.
public struct ColumnSpec: Sendable, Equatable {
    /// The header, exactly as the CSV's header row writes it (matched after trimming).
    public let name: String
    /// Whether a file without this column is an error.
    public let required: Bool
    /// What the column holds, in Traditional Chinese (for `template` and help).
    public let note: String

    /// A column.
    public init(_ name: String, required: Bool = true, note: String = "") {
        self.name = name
        self.required = required
        self.note = note
    }
}

/// An input table a program reads: its file name and columns.
public struct TableSpec: Sendable, Equatable {
    /// The file name inside the data folder (`county-rates.csv`).
    public let fileName: String
    /// What the table is, in Traditional Chinese.
    public let title: String
    /// Its columns, in the order `template` writes them.
    public let columns: [ColumnSpec]
    /// The columns whose values together name a row (`公所`, `月份`): how two versions of the
    /// table are matched row by row. By default the first required column.
    public let key: [String]
    /// Whether the key names a roster (offices, counties, months) that `pingbi template` lists
    /// from the program's sample, ready to fill; false where it names people (nominees).
    public let rosterKey: Bool

    /// A table; `key` defaults to the first required column.
    public init(_ fileName: String, title: String, columns: [ColumnSpec], key: [String]? = nil, rosterKey: Bool = true) {
        self.fileName = fileName
        self.title = title
        self.columns = columns
        self.key = key ?? columns.first(where: \.required).map { [$0.name] } ?? []
        self.rosterKey = rosterKey
    }
}

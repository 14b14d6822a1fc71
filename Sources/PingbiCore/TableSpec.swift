/// A column of an input table: its header, whether it must be present, what it holds.
public struct ColumnSpec: Sendable, Equatable {
    /// The header, exactly as the CSV's header row writes it (matched after trimming).
    public let name: String
    /// Whether a file without this column is an error.
    public let required: Bool
    /// What the column holds, in Traditional Chinese (for `template` and help).
    public let note: String
    /// What every cell must hold, checked before the program runs.
    public let kind: ColumnKind
    /// Whether a cell may be blank (checked only where `kind` is not free text).
    public let allowsBlank: Bool

    /// A column; its cells may be blank when it is optional, unless `allowsBlank` says otherwise.
    public init(_ name: String, required: Bool = true, kind: ColumnKind = .text, allowsBlank: Bool? = nil, note: String = "") {
        self.name = name
        self.required = required
        self.note = note
        self.kind = kind
        self.allowsBlank = allowsBlank ?? !required
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
    /// table are matched row by row, and what no two rows may share. By default the first
    /// required column.
    public let key: [String]
    /// Whether the key names a roster (offices, counties, months) that `pingbi template` lists
    /// from the program's sample, ready to fill; false where it names people (nominees).
    public let rosterKey: Bool
    /// The rule a row repeating another's key breaks, in words (`每一公所每月一列`); nil for
    /// the default, `不重複的名稱`, or `不重複的「公所、月份」` for a key of several columns.
    public let keyRule: String?

    /// A table; `key` defaults to the first required column.
    public init(_ fileName: String, title: String, columns: [ColumnSpec], key: [String]? = nil, keyRule: String? = nil, rosterKey: Bool = true) {
        self.fileName = fileName
        self.title = title
        self.columns = columns
        self.key = key ?? columns.first(where: \.required).map { [$0.name] } ?? []
        self.rosterKey = rosterKey
        self.keyRule = keyRule
    }
}

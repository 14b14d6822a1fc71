/// Bad input data: where it is (file, line, column; in a workbook also sheet and cell), what
/// was there, and what was expected.
/// `pingbi` prints it, exits 65 and writes nothing.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as the user named it.
    public let file: String
    /// The line where the record starts (the header is line 1), if the error is in a record.
    public let line: Int?
    /// The column's header, if the error is in a cell or a column.
    public let column: String?
    /// The offending value, if there is one.
    public let value: String?
    /// What was expected, or what is wrong, in Traditional Chinese.
    public let expected: String
    /// The sheet, when the file is a workbook.
    public let sheet: String?
    /// The cell (`B7`), when the file is a workbook and the error is in a cell.
    public let cell: String?

    /// An error.
    public init(
        file: String, line: Int? = nil, column: String? = nil, value: String? = nil, expected: String,
        sheet: String? = nil, cell: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.expected = expected
        self.sheet = sheet
        self.cell = cell
    }

    /// `county-rates.csv 第 3 行「本期收繳率」欄：值「12abc」，應為 0 到 100 之間的百分比`;
    /// in a workbook `county-rates.xlsx 工作表「county-rates」儲存格 B3「本期收繳率」欄：…`.
    /// What came from the file is shown visibly and shortened (``VisibleText``): a cell can
    /// neither print a line of its own nor make the message as long as itself.
    public var description: String {
        var place = VisibleText.of(file)
        if let sheet {
            place += " 工作表「\(VisibleText.echo(sheet))」"
            if let cell { place += "儲存格 \(cell)" } else if let line { place += "第 \(line) 列" }
        } else if let line {
            place += " 第 \(line) 行"
        }
        if let column { place += "「\(VisibleText.echo(column))」欄" }
        let expected = VisibleText.of(expected.count > Self.expectedLimit
            ? String(expected.prefix(Self.expectedLimit)) + "…（共 \(expected.count) 字）" : expected)
        if let value { return "\(place)：值「\(VisibleText.echo(value))」，應為\(expected)" }
        return "\(place)：\(expected)"
    }

    /// The longest expectation shown whole; longer ones (which quote cells) are cut.
    static let expectedLimit = 400
}

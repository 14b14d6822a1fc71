/// An Excel workbook (`.xlsx`) read as input: its sheets' cells become the records a CSV
/// of the same sheet would give, so ``Table`` checks them exactly as it checks a CSV.
///
/// A cell's text: a string (shared or inline) as written; a number as the exact text of its
/// stored value (never through binary floating point); a percent-formatted number as `68.7%`;
/// a date-formatted number as its date (`2022-03-01`), which no numeric column accepts; a
/// formula as its last computed value. Wholly blank rows are dropped (the first row that is
/// not blank is the header); a merged range holds its top-left value in every cell, and one
/// touching the header row is an error. Error values (`#DIV/0!`) and formulas never computed
/// are errors naming the cell.
public struct Workbook {
    /// The workbook file, as the user named it.
    public let file: String
    /// The sheet names, in the workbook's order.
    public let sheetNames: [String]
    private let archive: ZipArchive
    private let sheetParts: [String: String]
    private let sharedStrings: [String]
    private let styles: [CellStyle]
    private let from1904: Bool
    private var budget: Int

    /// How a style shows a number.
    enum CellStyle { case general, percent, date }

    /// Reads the workbook's sheet list, shared strings and styles.
    public init(bytes: [UInt8], file: String) throws(DataError) {
        self.file = file
        guard ZipArchive.looksLikeZip(bytes) else {
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw DataError(file: file, expected: "這是舊版 Excel 97-2003 活頁簿（.xls）或有密碼保護的活頁簿，請在 Excel 中另存為 .xlsx 或 CSV（UTF-8）")
            }
            throw DataError(file: file, expected: "不是有效的 Excel 活頁簿（.xlsx）：檔案內容不是 Excel 格式，可能是改了副檔名的其他檔案")
        }
        var budget = ZipArchive.totalLimit
        do throws(ZipArchive.Failure) {
            let archive = try ZipArchive(bytes)
            self.archive = archive
            func part(_ name: String) throws(ZipArchive.Failure) -> [UInt8]? { try archive.contents(of: name, budget: &budget) }
            guard let workbook = try part("xl/workbook.xml"), let relations = try part("xl/_rels/workbook.xml.rels") else {
                throw ZipArchive.Failure(reason: "不是有效的 Excel 活頁簿（缺少活頁簿內容），請以 Excel 或 LibreOffice 重新存成 .xlsx")
            }
            let targets = try Self.relationships(relations)
            var names: [String] = []
            var parts: [String: String] = [:]
            var from1904 = false
            var scanner = XMLScanner(workbook)
            while let event = try Self.next(&scanner) {
                guard case .start(let name, let attributes, _) = event else { continue }
                if name == "workbookPr" { from1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
                if name == "sheet", let sheet = attributes["name"], let id = attributes["id"], let target = targets[id] {
                    names.append(sheet)
                    parts[sheet] = target
                }
            }
            let shared = try part("xl/sharedStrings.xml").map(Self.sharedStrings) ?? []
            let styles = try part("xl/styles.xml").map(Self.styles) ?? []
            sheetNames = names
            sheetParts = parts
            self.from1904 = from1904
            sharedStrings = shared
            self.styles = styles
        } catch {
            throw DataError(file: file, expected: error.reason)
        }
        self.budget = budget
    }

    /// The records of `sheet`: one per row that is not wholly blank, its line the row number,
    /// its fields the cells from column A to the header's last column.
    public mutating func records(sheet: String) throws(DataError) -> [CSVRecord] {
        guard let partName = sheetParts[sheet] else {
            throw DataError(file: file, expected: "活頁簿中沒有工作表「\(sheet)」")
        }
        let bytes: [UInt8]
        do throws(ZipArchive.Failure) {
            guard let found = try archive.contents(of: partName, budget: &budget) else {
                throw ZipArchive.Failure(reason: "檔案已損壞（找不到工作表「\(sheet)」的內容）")
            }
            bytes = found
        } catch {
            throw DataError(file: file, expected: error.reason, sheet: sheet)
        }
        let cells: SheetCells
        do throws(XMLScanner.Failure) {
            cells = try SheetCells(bytes)
        } catch {
            throw DataError(file: file, expected: "檔案已損壞（工作表內容無法解讀）", sheet: sheet)
        }
        return try records(cells, sheet: sheet)
    }

    /// The most cells a sheet's records may hold (rows × the header's width).
    static let cellLimit = 2_000_000

    private func records(_ cells: SheetCells, sheet: String) throws(DataError) -> [CSVRecord] {
        var rows: [(row: Int, cells: [(column: Int, text: String)])] = []
        // A cell that cannot be read is an error only where the table is (within the header's
        // width), as a CSV's extra columns are ignored.
        var failures: [(row: Int, column: Int, error: DataError)] = []
        for row in cells.rows {
            var texts: [(Int, String)] = []
            for cell in row.cells {
                do throws(DataError) {
                    let text = try self.text(of: cell, row: row.number, sheet: sheet)
                    if !text.isEmpty { texts.append((cell.column, text)) }
                } catch {
                    failures.append((row.number, cell.column, error))
                    texts.append((cell.column, cell.value.isEmpty ? "?" : cell.value))
                }
            }
            rows.append((row.number, texts))
        }
        let byRow = Dictionary(rows.map { ($0.row, $0.cells) }, uniquingKeysWith: { $0 + $1 })
        let headerRow = byRow.filter { !$0.value.isEmpty }.keys.min()
        let width = headerRow.map { (byRow[$0] ?? []).map(\.column).max()! + 1 } ?? 0
        if let failure = failures.filter({ $0.column < width }).min(by: { ($0.row, $0.column) < ($1.row, $1.column) }) {
            throw failure.error
        }
        // A merged range shows its top-left value across the range (within the header's width).
        var filled: [Int: [Int: String]] = [:]
        var filledCount = 0
        let occupied = byRow.filter { !$0.value.isEmpty }.keys.sorted()
        for merge in cells.merges {
            if let headerRow, merge.top <= headerRow, merge.bottom >= headerRow, merge.top != merge.bottom || merge.left != merge.right {
                throw DataError(
                    file: file, line: headerRow, value: merge.name, expected: "各欄各有一格的標題列；標題列不可有合併儲存格，請取消合併，並刪除標題列上方的列",
                    sheet: sheet)
            }
            guard merge.left < width, let value = byRow[merge.top]?.last(where: { $0.column == merge.left })?.text else { continue }
            let right = min(merge.right, width - 1)
            filledCount += max(0, min(merge.bottom, occupied.last ?? 0) - merge.top + 1) * (right - merge.left + 1)
            guard filledCount <= Self.cellLimit else {
                throw DataError(file: file, expected: "合併儲存格 \(merge.name) 過大", sheet: sheet)
            }
            // Only rows holding something else: a row the merge alone would fill is no record.
            var index = Self.firstIndex(in: occupied, atLeast: merge.top)
            while index < occupied.count, occupied[index] <= merge.bottom {
                for column in merge.left...right { filled[occupied[index], default: [:]][column] = value }
                index += 1
            }
        }
        guard headerRow != nil else { return [] }
        var records: [CSVRecord] = []
        for number in occupied {
            var fields = [String](repeating: "", count: width)
            var blank = true
            for (column, text) in byRow[number] ?? [] where column < width {
                fields[column] = text
                blank = false
            }
            for (column, text) in filled[number] ?? [:] where column < width {
                fields[column] = text
                blank = false
            }
            if blank { continue }
            guard (records.count + 1) * width <= Self.cellLimit else {
                throw DataError(file: file, expected: "工作表過大（超過 \(Self.cellLimit) 格）", sheet: sheet)
            }
            records.append(CSVRecord(line: number, fields: fields))
        }
        return records
    }

    /// The index of the first of `sorted` that is at least `value` (binary search).
    private static func firstIndex(in sorted: [Int], atLeast value: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] >= value { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The text a CSV would hold for `cell`.
    private func text(of cell: SheetCells.Cell, row: Int, sheet: String) throws(DataError) -> String {
        let reference = CellReference.name(column: cell.column, row: row)
        func failure(_ value: String, _ expected: String) -> DataError {
            DataError(file: file, line: row, value: value, expected: expected, sheet: sheet, cell: reference)
        }
        switch cell.type {
        case "s":
            guard let index = Int(cell.value), sharedStrings.indices.contains(index) else {
                throw failure(cell.value, "活頁簿的共用字串表中的項目（檔案可能已損壞）")
            }
            return sharedStrings[index]
        case "inlineStr", "str", "d": return cell.value
        case "b": return cell.value == "1" ? "TRUE" : "FALSE"
        case "e": throw failure(cell.value, "數值；此儲存格是公式的錯誤值，請在 Excel 中修正公式")
        default:
            if cell.value.isEmpty {
                if cell.hasFormula { throw failure("", "公式的計算結果；此公式尚未計算，請在 Excel 中開啟並重新存檔") }
                return ""
            }
            let style = cell.style.flatMap { styles.indices.contains($0) ? styles[$0] : nil } ?? .general
            let text: String?
            switch style {
            case .general: text = SheetNumber.plain(cell.value)
            case .percent: text = SheetNumber.percent(cell.value)
            case .date: text = SheetNumber.date(cell.value, from1904: from1904)
            }
            guard let text else { throw failure(cell.value, "數值（儲存的數字無法辨識，檔案可能已損壞）") }
            return text
        }
    }

    private static func next(_ scanner: inout XMLScanner) throws(ZipArchive.Failure) -> XMLScanner.Event? {
        do throws(XMLScanner.Failure) {
            return try scanner.next()
        } catch {
            throw ZipArchive.Failure(reason: "檔案已損壞（活頁簿內容無法解讀）")
        }
    }

    /// Relationship id → part name inside the archive.
    private static func relationships(_ bytes: [UInt8]) throws(ZipArchive.Failure) -> [String: String] {
        var targets: [String: String] = [:]
        var scanner = XMLScanner(bytes)
        while let event = try next(&scanner) {
            guard case .start("Relationship", let attributes, _) = event, let id = attributes["Id"], let target = attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return targets
    }

    /// The shared strings: each item's text runs joined, phonetic guides left out.
    private static func sharedStrings(_ bytes: [UInt8]) throws(ZipArchive.Failure) -> [String] {
        var strings: [String] = []
        var scanner = XMLScanner(bytes)
        do throws(XMLScanner.Failure) {
            while let event = try scanner.next() {
                guard case .start("si", _, let empty) = event else { continue }
                strings.append(empty ? "" : try scanner.elementText())
            }
        } catch {
            throw ZipArchive.Failure(reason: "檔案已損壞（共用字串無法解讀）")
        }
        return strings
    }

    /// How each cell format (`cellXfs`, by index) shows numbers.
    private static func styles(_ bytes: [UInt8]) throws(ZipArchive.Failure) -> [CellStyle] {
        var custom: [Int: String] = [:]
        var styles: [CellStyle] = []
        var inCellFormats = false
        var scanner = XMLScanner(bytes)
        while let event = try next(&scanner) {
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = attributes["formatCode"] ?? "" }
            case .start("cellXfs", _, _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                styles.append(style(id: id, code: custom[id]))
            default: continue
            }
        }
        return styles
    }

    /// The kind of a number format: built-in ids 9–10 are percentages, 14–22, 27–36, 45–47,
    /// 50–58 dates or times; a custom code is a percentage or a date by what it holds outside
    /// quotes and brackets.
    static func style(id: Int, code: String?) -> CellStyle {
        guard let code else {
            if [9, 10].contains(id) { return .percent }
            if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return .date }
            return .general
        }
        var bare = ""
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default: if !inQuote && !inBracket { bare.append(character) }
            }
        }
        if bare.contains("%") { return .percent }
        let lower = bare.lowercased()
        if lower == "general" { return .general }
        return lower.contains(where: { "ymdhs".contains($0) }) ? .date : .general
    }
}

import Foundation

/// An input table read and checked against its ``TableSpec``: headers matched by name in any
/// order, records with their line numbers. Wholly blank records (Excel's trailing `,,,`) are
/// dropped.
public struct Table: Sendable {
    /// The file, as the user named it.
    public let file: String
    /// The sheet, when the file is a workbook: errors then name the sheet and cell.
    public let sheet: String?
    /// The records after the header.
    public let rows: [Row]

    /// Checks the header of `records` against `spec` and wraps the records; the first
    /// problem of the header is thrown.
    public init(records: [CSVRecord], spec: TableSpec, file: String, sheet: String? = nil) throws(DataError) {
        let checked = Self.checked(records: records, spec: spec, file: file, sheet: sheet)
        if let first = checked.problems.first { throw first.error }
        self = checked.table!
    }

    private init(file: String, sheet: String?, rows: [Row]) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
    }

    /// The table of `records` and every problem of its header, each with the header position
    /// it is at (`Int.max` for a missing column): a duplicate header, each missing required
    /// column. The table is nil only when there is no header at all.
    static func checked(records: [CSVRecord], spec: TableSpec, file: String, sheet: String? = nil)
        -> (table: Table?, problems: [(error: DataError, position: Int)])
    {
        guard let header = records.first else {
            let error = DataError(
                file: file, line: 1, expected: (sheet == nil ? "檔案是空的，第 1 行應為標題列：" : "工作表是空的，第 1 列應為標題列：")
                    + spec.columns.map(\.name).joined(separator: ","), sheet: sheet)
            return (nil, [(error, 0)])
        }
        var problems: [(error: DataError, position: Int)] = []
        var index: [String: Int] = [:]
        for (position, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces.union(["\u{3000}", "\u{FEFF}"]))
            if name.isEmpty { continue }
            if index[name] != nil {
                let error = DataError(
                    file: file, line: header.line, column: name, expected: "標題列中此欄位重複出現", sheet: sheet,
                    cell: sheet.map { _ in CellReference.name(column: position, row: header.line) })
                problems.append((error, position))
                continue
            }
            index[name] = position
        }
        for column in spec.columns where column.required && index[column.name] == nil {
            let error = DataError(
                file: file, line: header.line, column: column.name,
                expected: "缺少必要欄位「\(column.name)」（標題列有：" + header.fields.map(VisibleText.echo).joined(separator: ",") + "）", sheet: sheet)
            problems.append((error, Int.max))
        }
        let columns = Columns(index: index, sheet: sheet)
        let rows = records.dropFirst().compactMap { record in
            CellTrimming.isBlank(record) ? nil : Row(file: file, record: record, columns: columns)
        }
        return (Table(file: file, sheet: sheet, rows: rows), problems)
    }

    /// The rows keyed by the normalised unit name in `column`; a name twice is an error
    /// naming both lines.
    public func uniqueRows(by column: String) throws(DataError) -> [(name: String, row: Row)] {
        var seen: [String: Int] = [:]
        var result: [(String, Row)] = []
        for row in rows {
            let name = try row.unit(column)
            if let first = seen[name] {
                throw row.error(column, value: name, expected: Self.duplicateExpectation(firstLine: first, key: name))
            }
            seen[name] = row.line
            result.append((name, row))
        }
        return result
    }
}

extension Table {
    /// What a row repeating the key `key` of the row at `firstLine` is told: `rule` (by
    /// default `不重複的名稱`, or `不重複的「公所、月份」` where `columns` are several).
    static func duplicateExpectation(firstLine: Int, key: String, columns: [String] = [], rule: String? = nil) -> String {
        let rule = rule ?? "不重複的" + (columns.count > 1 ? "「" + columns.joined(separator: "、") + "」" : "名稱")
        return "\(rule)（第 \(firstLine) 行已有「\(VisibleText.echo(key))」）"
    }
}

/// The header's column positions, shared by the rows of a table.
///
/// Looked up first by the name's UTF-8 bytes in a small open-addressed table with a cheap hash
/// of the bytes (programs look up a column by name for every cell they read, and a String key
/// hashes its Unicode-normalised form, which for Chinese names cost more than reading the
/// cell), then, for a name written with other but canonically equal code points, by the
/// String itself.
final class Columns: Sendable {
    let index: [String: Int]
    /// The sheet, when the table is read from a workbook.
    let sheet: String?
    /// The header names' UTF-8 bytes, by position in ``slots`` order.
    private let names: [[UInt8]]
    /// Per slot: 0 when empty, else 1 + the index into ``names`` and ``positions``.
    private let slots: [Int32]
    private let positions: [Int]
    private let mask: Int

    init(index: [String: Int], sheet: String? = nil) {
        self.index = index
        self.sheet = sheet
        let entries = index.sorted { $0.value < $1.value }
        var size = 8
        while size < entries.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        var names: [[UInt8]] = []
        var positions: [Int] = []
        for (name, position) in entries {
            let bytes = Array(name.utf8)
            var slot = bytes.withUnsafeBufferPointer { Columns.hash($0) } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            names.append(bytes)
            positions.append(position)
            slots[slot] = Int32(names.count)
        }
        self.names = names
        self.slots = slots
        self.positions = positions
        self.mask = size - 1
    }

    /// A cheap hash of a name's bytes (FNV-1a): names are few and chosen by the program.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The position of `column`, nil when the header lacks it.
    func position(_ column: String) -> Int? {
        var column = column
        let found: Int? = column.withUTF8 { bytes in
            var slot = Columns.hash(bytes) & mask
            while slots[slot] != 0 {
                let entry = Int(slots[slot]) - 1
                let matches = names[entry].withUnsafeBufferPointer { name in
                    name.count == bytes.count && (name.isEmpty || memcmp(name.baseAddress!, bytes.baseAddress!, name.count) == 0)
                }
                if matches { return positions[entry] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        return found ?? index[column]
    }
}

/// Trimming of cells: spaces, tabs and the ideographic space at either end.
enum CellTrimming {
    /// The characters trimmed (`CharacterSet.whitespaces` already holds U+3000; kept explicit).
    static let characters = CharacterSet.whitespaces.union(["\u{3000}"])

    /// `text` trimmed; returned as is, without Foundation, when neither end is blank.
    static func trim(_ text: String) -> String {
        isTrimmed(text, ofBlanks: characters) ? text : text.trimmingCharacters(in: characters)
    }

    /// Whether neither end of `text` is in `blanks` (a set holding, of ASCII, only space and
    /// tab, as `CharacterSet.whitespaces` does); true for empty text.
    static func isTrimmed(_ text: String, ofBlanks blanks: CharacterSet) -> Bool {
        // ASCII at both ends (numbers, codes): decided from the bytes.
        let bytes = text.utf8
        guard let firstByte = bytes.first, let lastByte = bytes.last else { return true }
        if firstByte < 0x80 && lastByte < 0x80 {
            return firstByte != UInt8(ascii: " ") && firstByte != UInt8(ascii: "\t")
                && lastByte != UInt8(ascii: " ") && lastByte != UInt8(ascii: "\t")
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        return !isBlank(first, blanks) && !isBlank(last, blanks)
    }

    /// Whether `text` is empty or only `CharacterSet.whitespaces` (what
    /// `trimmingCharacters(in: .whitespaces).isEmpty` says), read from its bytes when ASCII.
    static func isBlank(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
            if byte < 0x80 { return false }
            return text.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) }
        }
        return true
    }

    /// Whether every field of `record` is blank (``isBlank(_:)``), read from its bytes where they
    /// are ASCII.
    static func isBlank(_ record: CSVRecord) -> Bool {
        for index in 0..<record.fieldCount {
            let blank: Bool? = record.withField(at: index) { bytes in
                for byte in bytes {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
                    // Outside ASCII, only scalars led by C2, E1, E2 or E3 can be white space
                    // (U+00A0, U+1680, U+2000–U+205F, U+3000): any other lead byte is not blank.
                    return byte < 0x80 || !(byte == 0xC2 || (0xE1...0xE3).contains(byte)) ? false : nil
                }
                return true
            }
            if !(blank ?? isBlank(record.field(at: index))) { return false }
        }
        return true
    }

    private static func isBlank(_ scalar: Unicode.Scalar, _ blanks: CharacterSet) -> Bool {
        scalar.value < 0x80 ? scalar == " " || scalar == "\t" : blanks.contains(scalar)
    }
}

/// One record of a ``Table``, with typed, checked access to its cells by header name.
/// Every failed check is a ``DataError`` naming file, line, column, value and expectation.
public struct Row: Sendable {
    /// The file, as the user named it.
    public let file: String
    /// The line where the record starts.
    public var line: Int { record.line }
    /// The record's fields.
    let record: CSVRecord
    let columns: Columns

    /// Whether the table has `column` at all.
    public func has(_ column: String) -> Bool {
        columns.position(column) != nil
    }

    /// The position of `column` in the header the table's rows share, nil when the header lacks
    /// it: a reader of many rows looks each column up once and reads with ``text(at:)``.
    public func position(of column: String) -> Int? {
        columns.position(column)
    }

    /// The trimmed text of the cell at `position` (from ``position(of:)``); empty when the
    /// position is nil, past the record's end, or the cell blank.
    public func text(at position: Int?) -> String {
        position.map(cell(at:)) ?? ""
    }

    /// The value of the cell at `position` (from ``position(of:)``) when it is 1 to 18 ASCII
    /// digits and nothing else (what most count cells are), read from its bytes; nil otherwise.
    public func plainDigits(at position: Int?) -> Int? {
        guard let position, position < record.fieldCount else { return nil }
        return record.withField(at: position, CellParser.plainDigits)
    }

    /// A required cell at `position` (from ``position(of:)`` of `column`) parsed by `parse`, as
    /// ``value(_:_:)`` reads it by name.
    @inlinable public func value<T>(_ column: String, at position: Int?, _ parse: (String) throws(CellError) -> T) throws(DataError) -> T {
        let raw = text(at: position)
        if raw.isEmpty { throw error(column, value: "", expected: CellExpectation.nonEmpty.description) }
        do throws(CellError) {
            return try parse(raw)
        } catch {
            throw self.error(column, expected: error.expected.description)
        }
    }

    /// An optional cell at `position` (from ``position(of:)`` of `column`) parsed by `parse`: nil
    /// when the column is absent or the cell blank.
    @inlinable public func optionalValue<T>(_ column: String, at position: Int?, _ parse: (String) throws(CellError) -> T) throws(DataError) -> T? {
        text(at: position).isEmpty ? nil : try value(column, at: position, parse)
    }

    /// The trimmed text of a cell; empty when the column is absent or the cell blank.
    public func text(_ column: String) -> String {
        guard let position = columns.position(column) else { return "" }
        return cell(at: position)
    }

    /// The trimmed text of the cell at `position` of the header; empty past the record's end.
    func cell(at position: Int) -> String {
        position < record.fieldCount ? CellTrimming.trim(record.field(at: position)) : ""
    }

    /// The text of a cell, or nil when the column is absent or the cell blank.
    public func optionalText(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    /// An error about a cell of this row (in a workbook, naming its sheet and cell).
    public func error(_ column: String, value: String? = nil, expected: String) -> DataError {
        DataError(
            file: file, line: line, column: column, value: value ?? text(column), expected: expected, sheet: columns.sheet,
            cell: columns.sheet == nil ? nil : columns.position(column).map { CellReference.name(column: $0, row: line) })
    }

    /// A unit name (normalised: 台→臺, trimmed); blank is an error.
    public func unit(_ column: String) throws(DataError) -> String {
        let value = UnitName.normalize(text(column))
        guard !value.isEmpty else { throw error(column, expected: CellExpectation.nonEmpty.description) }
        return value
    }

    /// A required cell parsed by `parse`; blank is an error too. (Inlinable: specialised for
    /// the caller's parser, as it runs for every cell a program reads.)
    @inlinable public func value<T>(_ column: String, _ parse: (String) throws(CellError) -> T) throws(DataError) -> T {
        let raw = text(column)
        if raw.isEmpty { throw error(column, value: "", expected: CellExpectation.nonEmpty.description) }
        do throws(CellError) {
            return try parse(raw)
        } catch {
            throw self.error(column, expected: error.expected.description)
        }
    }

    /// An optional cell parsed by `parse`: nil when the column is absent or the cell blank.
    @inlinable public func optionalValue<T>(_ column: String, _ parse: (String) throws(CellError) -> T) throws(DataError) -> T? {
        text(column).isEmpty ? nil : try value(column, parse)
    }

    /// A decimal number (`439,733`, `-0.23`).
    public func number(_ column: String) throws(DataError) -> Decimal { try value(column, CellParser.number) }
    /// A rate in percent, 0–100 (`68.70%` or `68.70`).
    public func rate(_ column: String) throws(DataError) -> Decimal { try value(column, CellParser.rate) }
    /// A signed percentage (`-0.23%`).
    public func percent(_ column: String) throws(DataError) -> Decimal { try value(column, CellParser.percent) }
    /// A non-negative whole number.
    public func count(_ column: String) throws(DataError) -> Int { try value(column, CellParser.count) }

    /// One of `allowed` (after trimming).
    public func choice(_ column: String, _ allowed: [String]) throws(DataError) -> String {
        let value = text(column)
        guard allowed.contains(value) else {
            throw error(column, expected: CellExpectation.oneOf(allowed).description)
        }
        return value
    }
}

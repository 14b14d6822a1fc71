import Foundation

/// A plain CSV file read straight from its bytes: valid UTF-8 (a byte-order mark skipped) with
/// no quote character anywhere, so that every field is a run of the file's own bytes between
/// commas and line ends. Its rows are read in one pass without copying a field or making a
/// String of it: what large inputs (100,000 offices × 8 months) take.
///
/// A file that is not plain (Big5, quoted fields) is read by ``CSV`` and ``Table``; so is any
/// file whose reading here meets anything unusual: a reader on this fast path gives up
/// (returns nil) and the general path, which reads every file, finds and words the problem.
/// Rows read here are those ``Table`` reads: the header is the first record, wholly blank
/// records are dropped, a cell is trimmed of spaces (``CellTrimming``).
public struct CSVBytes: Sendable {
    /// What holds the file's bytes.
    private let file: FileBytes
    /// Where the text starts: 3 after a byte-order mark, else 0.
    private let start: Int

    /// The bytes of a plain CSV file; nil when they are not valid UTF-8 or hold a quote.
    public init?(_ bytes: [UInt8]) {
        self.init(FileBytes(copying: bytes))
    }

    /// The bytes of `file`, a plain CSV file; nil when they are not valid UTF-8 or hold a quote.
    public init?(_ file: FileBytes) {
        let start = file.buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard UTF8Check.isValidWithoutQuote(file.buffer, from: start) else { return nil }
        self.file = file
        self.start = start
    }

    /// The file's bytes, valid while this value is in use.
    var bytes: UnsafeBufferPointer<UInt8> { file.buffer }

    /// The number of the file's bytes.
    public var count: Int { file.buffer.count }

    /// A copy of the file's bytes.
    public var copiedBytes: [UInt8] { file.copiedBytes }

    /// Calls `body` with the file's bytes, kept while it runs.
    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withExtendedLifetime(file) { body(file.buffer) }
    }

    /// The positions of the header's names (trimmed as ``Table`` trims them), the first of each;
    /// nil when the file is empty, a header name repeats, or `spec` misses a required column —
    /// what ``Table`` reports.
    public func header(for spec: TableSpec) -> [String: Int]? {
        var names: [String]?
        _ = forEachRecord(in: allRecords) { _, fields in
            names = fields.texts
            return false
        }
        guard let names else { return nil }
        var index: [String: Int] = [:]
        for (position, raw) in names.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces.union(["\u{3000}", "\u{FEFF}"]))
            if name.isEmpty { continue }
            guard index[name] == nil else { return nil }
            index[name] = position
        }
        guard spec.columns.allSatisfy({ !$0.required || index[$0.name] != nil }) else { return nil }
        return index
    }

    /// Calls `body` with each row after the header, wholly blank ones left out, until it returns
    /// false. True when every row was given; false when `body` stopped or a record's blankness
    /// needs more than its bytes to tell (white space outside ASCII in every field).
    public func forEachRow(_ body: (borrowing CSVBytesRow) -> Bool) -> Bool {
        forEachRow(in: allRecords, body) != nil
    }

    /// All of the file's records.
    var allRecords: Records { Records(start: start, end: bytes.count, line: 1) }

    /// A run of the file's whole records: from the start of the text or of a record to the end
    /// of the text or of a record; its rows (``forEachRow(in:_:)``) are the file's rows there.
    struct Records {
        /// Where the first record starts.
        let start: Int
        /// Where the last record ends (after its line end, if any).
        let end: Int
        /// The line where the first record starts.
        let line: Int
    }

    /// Where the file's records are cut in two near byte `middle`: right after the first line
    /// end at or after it (the records before holding at least the header); nil when no record
    /// ends there before the text ends.
    ///
    /// Every line end (LF, CRLF or CR) ends a record: a plain file holds no quote, so no field
    /// is quoted and none holds a line end (a file that holds a quote is not a ``CSVBytes``).
    func cut(near middle: Int) -> Int? {
        withBytes { buffer in
            let count = buffer.count
            var index = max(start, middle)
            while index < count, buffer[index] != 0x0A, buffer[index] != 0x0D { index += 1 }
            guard index < count else { return nil }
            // After the LF of a CRLF: the two are one line end.
            if buffer[index] == 0x0D, index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
            return index + 1 < count ? index + 1 : nil
        }
    }

    /// The records from `first` to `end`, each the start of the text or a cut (``cut(near:)``)
    /// and the end of the text or a later cut, their lines counted from 1 at `first`: a row's
    /// line in the file is its line here plus the line ends before `first`, which
    /// ``forEachRow(in:_:)`` of the records before tells (as the line after them) without a pass
    /// of its own.
    func records(from first: Int, before end: Int) -> Records {
        Records(start: first, end: end, line: 1)
    }

    /// Calls `body` with each row of `records` (as ``forEachRow(_:)``): the header is the file's
    /// first record, left out where `records` starts with it. The line after the records when
    /// every row was given (one more than the line ends among them, counted from the records'
    /// first line); nil otherwise.
    func forEachRow(in records: Records, _ body: (borrowing CSVBytesRow) -> Bool) -> Int? {
        var header = records.start == start
        var unsure = false
        let next = forEachRecord(in: records) { line, fields in
            if header {
                header = false
                return true
            }
            switch fields.isBlank {
            case true?: return true
            case nil:
                unsure = true
                return false
            case false?: return body(CSVBytesRow(line: line, fields: fields))
            }
        }
        return unsure ? nil : next
    }

    /// Calls `body` with each record (its line and fields) of `records` until it returns false;
    /// the line after the records when every record was given, nil otherwise. Records end as ``CSV`` ends them: at LF, CRLF or CR; a
    /// comma ending the text ends an empty last field.
    ///
    /// Each field's plain digits (``CSVFields/plainDigits(_:)``) are read in the same pass that
    /// finds its end, eight bytes at a time where they can be; the rest of a field that is not
    /// digits is passed over eight bytes at a time.
    private func forEachRecord(in records: Records, _ body: (Int, CSVFields) -> Bool) -> Int? {
        withBytes { buffer in
            let count = records.end
            let raw = UnsafeRawPointer(buffer.baseAddress)
            // Each field's start and end, and its plain digits' value, reused from record to record
            // (no array to check per field).
            var capacity = 32
            var bounds = UnsafeMutablePointer<Int>.allocate(capacity: 2 * capacity)
            var digits = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
            defer {
                bounds.deallocate()
                digits.deallocate()
            }
            var used = 0
            func add(_ start: Int, _ end: Int, _ value: Int) {
                if used == capacity {
                    let (largerBounds, largerDigits) = (UnsafeMutablePointer<Int>.allocate(capacity: 4 * capacity), UnsafeMutablePointer<Int>.allocate(capacity: 2 * capacity))
                    largerBounds.moveInitialize(from: bounds, count: 2 * used)
                    largerDigits.moveInitialize(from: digits, count: used)
                    bounds.deallocate()
                    digits.deallocate()
                    (bounds, digits) = (largerBounds, largerDigits)
                    capacity *= 2
                }
                bounds[2 * used] = start
                bounds[2 * used + 1] = end
                digits[used] = value
                used += 1
            }
            var index = records.start
            var line = records.line
            var recordLine = line
            while index < count {
                let fieldStart = index
                var value = -1
                // Eight bytes at once where the field's digits end within them (a count in the
                // millions or less): no branch on each digit.
                if index + 8 <= count, let raw, case let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self),
                   case let length = Self.leadingDigits(word), length < 8 {
                    let byte = buffer[index + length]
                    if byte == 0x2C || byte == 0x0A || byte == 0x0D {
                        index += length
                        if length > 0 { value = Self.value(ofDigits: word, length: length) }
                    } else {
                        index = Self.fieldEnd(raw, from: index + length + 1, before: count)
                    }
                } else {
                    (index, value) = Self.field(buffer, from: index, before: count)
                }
                add(fieldStart, index, value)
                if index < count && buffer[index] == 0x2C {
                    index += 1
                    if index < count { continue }
                    add(index, index, -1)
                } else if index < count {
                    if buffer[index] == 0x0D { index += 1 }
                    if index < count && buffer[index] == 0x0A { index += 1 }
                    line += 1
                }
                let fields = CSVFields(
                    bytes: buffer, bounds: UnsafeBufferPointer(start: bounds, count: 2 * used), digits: UnsafeBufferPointer(start: digits, count: used))
                guard body(recordLine, fields) else { return nil }
                used = 0
                recordLine = line
            }
            return line
        }
    }

    /// Where the field starting at `start` ends (as ``fieldEnd(_:from:before:)``), and the value
    /// of its plain digits (``CellParser/plainDigits(_:)``), -1 where it is not plain digits:
    /// its digits read one by one.
    private static func field(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> (end: Int, value: Int) {
        var index = start
        var value = 0
        while index < end {
            let byte = buffer[index]
            let digit = byte &- 0x30
            if digit < 10 {
                value = value &* 10 &+ Int(digit)
                index += 1
                continue
            }
            if byte == 0x2C || byte == 0x0A || byte == 0x0D { break }
            return (fieldEnd(UnsafeRawPointer(buffer.baseAddress), from: index + 1, before: end), -1)
        }
        return (index, (1...CellParser.plainDigitsLength).contains(index - start) ? value : -1)
    }

    /// The number of ASCII digits the bytes of `word` start with, its first byte first: 8
    /// when all are.
    private static func leadingDigits(_ word: UInt64) -> Int {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        // The high bit of each byte at or above "0" + 10, below "0", or outside ASCII.
        let above = low &+ 0x4646_4646_4646_4646
        let below = ~(low &+ 0x5050_5050_5050_5050)
        return ((above | below | word) & 0x8080_8080_8080_8080).trailingZeroBitCount / 8
    }

    /// The value of the ASCII digits that are the first `length` (1 to 7) bytes of `word`, the
    /// first the most significant: each pair, then each four, then the eight combined at once.
    private static func value(ofDigits word: UInt64, length: Int) -> Int {
        // The digits moved to the top, zeros (leading zeros) below them; a borrow from the bytes
        // after them (not digits) goes up and out.
        var digits = (word &- 0x3030_3030_3030_3030) << UInt64(8 * (8 - length))
        digits = ((digits & 0x0F0F_0F0F_0F0F_0F0F) &* 2561) >> 8
        digits = ((digits & 0x00FF_00FF_00FF_00FF) &* 6_553_601) >> 16
        digits = ((digits & 0x0000_FFFF_0000_FFFF) &* 42_949_672_960_001) >> 32
        return Int(digits)
    }

    /// Where the field that goes on at `index` ends: the first comma, LF or CR at or after it, or
    /// `end`. Eight bytes at a time.
    private static func fieldEnd(_ raw: UnsafeRawPointer?, from start: Int, before end: Int) -> Int {
        guard let raw else { return end }
        var index = start
        while index + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let found = ByteWords.lanes(of: 0x2C, in: word) | ByteWords.lanes(of: 0x0A, in: word) | ByteWords.lanes(of: 0x0D, in: word)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end {
            let byte = raw.load(fromByteOffset: index, as: UInt8.self)
            if byte == 0x2C || byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return end
    }
}

/// The fields of one record of a ``CSVBytes``: where each starts and ends in the file's bytes.
/// Valid only while the reader's call lasts.
struct CSVFields {
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Each field's start and end, one after the other.
    let bounds: UnsafeBufferPointer<Int>
    /// Each field's value when it is plain digits (``CellParser/plainDigits(_:)``), else -1.
    let digits: UnsafeBufferPointer<Int>

    /// The value of the field at `position` when it is plain digits, as
    /// ``CellParser/plainDigits(_:)`` reads it (read with the record); nil otherwise, and past
    /// the record's end.
    func plainDigits(_ position: Int) -> Int? {
        guard position < digits.count, digits[position] >= 0 else { return nil }
        return digits[position]
    }

    /// The number of fields.
    var count: Int { bounds.count / 2 }

    /// The bytes of the field at `position`; empty past the record's end.
    func field(_ position: Int) -> UnsafeBufferPointer<UInt8> {
        guard position < count else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
        return UnsafeBufferPointer(rebasing: bytes[bounds[2 * position]..<bounds[2 * position + 1]])
    }

    /// The fields as texts, untrimmed.
    var texts: [String] {
        (0..<count).map { String(decoding: field($0), as: UTF8.self) }
    }

    /// Whether every field is blank (what ``CellTrimming/isBlank(_:)-(CSVRecord)`` tells);
    /// nil when a field holds nothing but white space that is not ASCII, or may.
    var isBlank: Bool? {
        var sure = true
        for position in 0..<count {
            for byte in field(position) {
                if byte == 0x20 || byte == 0x09 { continue }
                // Outside ASCII only scalars led by C2, E1, E2 or E3 can be white space.
                if byte < 0x80 || !(byte == 0xC2 || (0xE1...0xE3).contains(byte)) { return false }
                sure = false
                break
            }
        }
        return sure ? true : nil
    }
}

/// One row of a ``CSVBytes``: its line and cells, read from the file's bytes. Valid only while
/// the call of ``CSVBytes/forEachRow(_:)`` that gives it lasts.
public struct CSVBytesRow: ~Copyable {
    /// The line where the row starts.
    public let line: Int
    let fields: CSVFields

    init(line: Int, fields: CSVFields) {
        self.line = line
        self.fields = fields
    }

    /// The number of fields.
    public var fieldCount: Int { fields.count }

    /// The number of bytes from the row's first field's start to its last field's end.
    var byteCount: Int { fields.bounds.isEmpty ? 0 : fields.bounds[fields.bounds.count - 1] - fields.bounds[0] }

    /// The value of the cell at `position` when it is 1 to 18 ASCII digits and nothing else, as
    /// ``Row/plainDigits(at:)`` reads it; nil otherwise.
    public func plainDigits(at position: Int?) -> Int? {
        guard let position else { return nil }
        return fields.plainDigits(position)
    }

    /// The trimmed text of the cell at `position`, as ``Row/text(at:)`` reads it.
    public func text(at position: Int?) -> String {
        guard let position, position < fields.count else { return "" }
        return CellTrimming.trim(String(decoding: fields.field(position), as: UTF8.self))
    }
}

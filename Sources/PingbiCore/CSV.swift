/// One record of a CSV file: its fields and the line where it starts (the header is line 1).
///
/// The fields are kept as UTF-8 bytes in a store shared by the records read with it, not as a
/// String each: a file of a million records would otherwise hold tens of millions of Strings,
/// several times its size, and allocate each. A field becomes a String when it is read.
public struct CSVRecord: Sendable, Equatable {
    /// The line where the record starts.
    public let line: Int
    /// The store holding its fields.
    let store: CSVFieldStore
    /// The index of its first field in ``store``.
    let first: Int32
    /// The number of its fields.
    let count: Int32

    /// A record of `fields` starting at `line`.
    public init(line: Int, fields: [String]) {
        var bytes: [UInt8] = [], ends: [UInt32] = []
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(UInt32(bytes.count))
        }
        self.init(line: line, store: CSVFieldStore(bytes: bytes, ends: ends), first: 0, count: fields.count)
    }

    init(line: Int, store: CSVFieldStore, first: Int, count: Int) {
        self.line = line
        self.store = store
        self.first = Int32(first)
        self.count = Int32(count)
    }

    /// The fields, unquoted.
    public var fields: [String] { (0..<fieldCount).map(field(at:)) }

    /// The number of fields.
    public var fieldCount: Int { Int(count) }

    /// The field at `index` (below ``fieldCount``), unquoted.
    func field(at index: Int) -> String {
        withField(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the field at `index` (below ``fieldCount``).
    func withField<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let place = Int(first) + index
        let start = place == 0 ? 0 : Int(store.ends[place - 1]), end = Int(store.ends[place])
        return try store.bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Equal lines and fields.
    public static func == (a: CSVRecord, b: CSVRecord) -> Bool {
        a.line == b.line && a.fields == b.fields
    }
}

/// The fields of a run of records: their bytes one after another, and where each field ends.
final class CSVFieldStore: Sendable {
    /// The fields' UTF-8 bytes.
    let bytes: [UInt8]
    /// The end of each field in ``bytes`` (its start is the end of the one before, or 0).
    let ends: [UInt32]

    init(bytes: [UInt8], ends: [UInt32]) {
        self.bytes = bytes
        self.ends = ends
    }
}

/// A CSV reader per RFC 4180: quoted fields with embedded commas, quotes (`""`) and line
/// breaks; LF, CRLF or CR-only line ends (old Mac Excel), each one line. It works on UTF-8
/// bytes in one pass.
public enum CSV {
    /// The records of `text`, read from `file` (for error messages).
    public static func parse(_ text: String, file: String) throws(DataError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        try forEachRecord(text, file: file) { records.append($0) }
        return records
    }

    /// Calls `body` with each record of `text` in order, without keeping them.
    public static func forEachRecord(
        _ text: String, file: String, _ body: (CSVRecord) throws(DataError) -> Void
    ) throws(DataError) {
        var text = text
        text.makeContiguousUTF8()
        let result: Result<Void, DataError> = text.utf8.withContiguousStorageIfAvailable { buffer in
            do throws(DataError) {
                try scan(buffer, file: file, body)
                return .success(())
            } catch {
                return .failure(error)
            }
        } ?? .success(())
        try result.get()
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, _ body: (CSVRecord) throws(DataError) -> Void
    ) throws(DataError) {
        var builder = Builder()
        var line = 1
        var recordLine = 1
        var index = 0
        let count = bytes.count
        // A scanning error is thrown after the records before it are given to `body`.
        func fail(_ error: DataError) throws(DataError) -> Never {
            try builder.flush(body)
            throw error
        }
        while index < count {
            // One field starts at `index`.
            if bytes[index] == quote {
                let openedAt = line
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            builder.bytes.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == newline || (byte == carriageReturn && (index + 1 == count || bytes[index + 1] != newline)) {
                        line += 1
                    }
                    builder.bytes.append(byte)
                    index += 1
                }
                guard closed else {
                    try fail(DataError(file: file, line: openedAt, expected: "引號未關閉：以 \" 開始的欄位須以 \" 結束"))
                }
                builder.endField()
                if index < count, bytes[index] != comma, bytes[index] != newline, bytes[index] != carriageReturn {
                    try fail(DataError(
                        file: file, line: line, column: "第 \(builder.fieldsInRecord) 欄",
                        expected: "引號結束後應接逗號或換行（欄位內的引號請寫成 \"\"）"))
                }
            } else {
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == comma || byte == newline || byte == carriageReturn { break }
                    index += 1
                }
                builder.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                builder.endField()
            }
            // After a field: a comma, a line end (CRLF, LF or CR), or the end of the text.
            if index < count && bytes[index] == comma {
                index += 1
                if index < count { continue }
                builder.endField()
            } else if index < count {
                if bytes[index] == carriageReturn { index += 1 }
                if index < count && bytes[index] == newline { index += 1 }
                line += 1
            }
            try builder.endRecord(line: recordLine, body)
            recordLine = line
        }
        try builder.flush(body)
    }

    /// Collects fields into stores of a few thousand records, given to `body` a store at a time.
    private struct Builder {
        var bytes: [UInt8] = []
        var ends: [UInt32] = []
        /// The records collected: line, first field, number of fields.
        var records: [(line: Int, first: Int, count: Int)] = []
        /// The index in ``ends`` of the current record's first field.
        var recordStart = 0

        /// The fields of the current record so far.
        var fieldsInRecord: Int { ends.count - recordStart }

        /// Ends the field whose bytes were appended last.
        mutating func endField() {
            precondition(bytes.count <= Int(UInt32.max), "CSV field store over 4 GB")
            ends.append(UInt32(bytes.count))
        }

        /// Ends the current record; gives the store to `body` when it is full.
        mutating func endRecord(line: Int, _ body: (CSVRecord) throws(DataError) -> Void) throws(DataError) {
            records.append((line, recordStart, ends.count - recordStart))
            recordStart = ends.count
            if records.count >= 4096 || bytes.count >= 1 << 30 { try flush(body) }
        }

        /// Gives the records collected to `body`, in order, and starts a new store.
        mutating func flush(_ body: (CSVRecord) throws(DataError) -> Void) throws(DataError) {
            guard !records.isEmpty else { return }
            // Without the room an array keeps for growing (up to as much again): the store is kept.
            let store = CSVFieldStore(
                bytes: bytes.capacity > bytes.count + bytes.count / 8 ? Array(bytes) : bytes,
                ends: ends.capacity > ends.count + ends.count / 8 ? Array(ends) : ends)
            let done = records
            // The next store is likely as large as this one.
            let (byteCount, endCount) = (bytes.count, ends.count)
            bytes = []
            ends = []
            bytes.reserveCapacity(byteCount + byteCount / 16)
            ends.reserveCapacity(endCount + endCount / 16)
            records = []
            recordStart = 0
            for record in done {
                try body(CSVRecord(line: record.line, store: store, first: record.first, count: record.count))
            }
        }
    }
}

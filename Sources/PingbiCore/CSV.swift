/// One record of a CSV file: its fields and the line where it starts (the header is line 1).
public struct CSVRecord: Sendable, Equatable {
    /// The line where the record starts.
    public let line: Int
    /// The fields, unquoted.
    public let fields: [String]
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
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var index = 0
        let count = bytes.count
        var scratch: [UInt8] = []
        while index < count {
            // One field starts at `index`.
            if bytes[index] == quote {
                scratch.removeAll(keepingCapacity: true)
                let openedAt = line
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count && bytes[index + 1] == quote {
                            scratch.append(quote)
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
                    scratch.append(byte)
                    index += 1
                }
                guard closed else {
                    throw DataError(file: file, line: openedAt, expected: "引號未關閉：以 \" 開始的欄位須以 \" 結束")
                }
                fields.append(String(decoding: scratch, as: UTF8.self))
                if index < count, bytes[index] != comma, bytes[index] != newline, bytes[index] != carriageReturn {
                    throw DataError(
                        file: file, line: line, column: "第 \(fields.count) 欄",
                        expected: "引號結束後應接逗號或換行（欄位內的引號請寫成 \"\"）")
                }
            } else {
                let start = index
                while index < count {
                    let byte = bytes[index]
                    if byte == comma || byte == newline || byte == carriageReturn { break }
                    index += 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
            }
            // After a field: a comma, a line end (CRLF, LF or CR), or the end of the text.
            if index < count && bytes[index] == comma {
                index += 1
                if index < count { continue }
                fields.append("")
            } else if index < count {
                if bytes[index] == carriageReturn { index += 1 }
                if index < count && bytes[index] == newline { index += 1 }
                line += 1
            }
            try body(CSVRecord(line: recordLine, fields: fields))
            fields.removeAll(keepingCapacity: true)
            recordLine = line
        }
    }
}

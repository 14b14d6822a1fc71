import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text: UTF-8 with or without BOM, or Big5/CP950 as Excel in
/// Taiwan saves it. Bytes that are neither are an error naming the line.
public enum TextDecoding {
    /// The encodings a file may be in.
    public enum Encoding: String, Sendable {
        /// UTF-8, with or without a byte-order mark.
        case utf8 = "UTF-8"
        /// Big5 as Microsoft extends it (code page 950).
        case cp950 = "CP950"
    }

    /// Decodes `bytes` read from `file`, returning the text and the encoding found.
    public static func decode(_ bytes: [UInt8], file: String) throws(DataError) -> (text: String, encoding: Encoding) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8) }
        if let text = convert(body, from: "CP950") { return (text, .cp950) }
        let line = lineOfFirstUndecodable(body)
        throw DataError(file: file, line: line, expected: "檔案編碼須為 UTF-8 或 Big5（CP950），此行含無法辨識的位元組")
    }

    /// Converts bytes in `encoding` to a string with iconv; nil when any byte sequence is invalid.
    static func convert(_ bytes: ArraySlice<UInt8>, from encoding: String) -> String? {
        guard case .success(let text) = iconv(bytes, from: encoding) else { return nil }
        return text
    }

    /// The bytes in `encoding` converted to a string, or the offset (from the slice's start) of
    /// the first byte that is not valid in it (an incomplete sequence at the end included).
    static func iconv(_ bytes: ArraySlice<UInt8>, from encoding: String) -> Result<String, InvalidByte> {
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { return .failure(InvalidByte(offset: 0)) }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        // Every CP950 or UTF-8 sequence of n bytes gives at most 2n bytes of UTF-8.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let outcome: (converted: Int, invalidAt: Int?) = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let status = Glibc.iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let converted = outRaw.count - outLeft
                return status == -1 || inLeft != 0 ? (converted, inRaw.count - inLeft) : (converted, nil)
            }
        }
        if let invalidAt = outcome.invalidAt { return .failure(InvalidByte(offset: invalidAt)) }
        guard let text = String(validating: output[..<outcome.converted], as: UTF8.self) else {
            return .failure(InvalidByte(offset: 0))
        }
        return .success(text)
    }

    /// Where a conversion stopped: the offset of the first invalid byte.
    struct InvalidByte: Error {
        let offset: Int
    }

    /// The line (1-based) to name when neither UTF-8 nor CP950 decodes `bytes`: the line of the
    /// first invalid byte in the encoding that reads further, the one the file is most likely in.
    /// Lines end as the CSV reader ends them (LF, CRLF or CR).
    static func lineOfFirstUndecodable(_ bytes: ArraySlice<UInt8>) -> Int {
        var offsets: [Int] = []
        for encoding in ["UTF-8", "CP950"] {
            if case .failure(let invalid) = iconv(bytes, from: encoding) { offsets.append(invalid.offset) }
        }
        let offset = offsets.max() ?? 0
        var line = 1
        var index = bytes.startIndex
        let end = bytes.startIndex + offset
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.endIndex || bytes[index + 1] != 0x0A)) { line += 1 }
            index += 1
        }
        return line
    }
}

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
        let descriptor = iconv_open("UTF-8", encoding)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPointer = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPointer = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                return status == -1 || inLeft != 0 ? nil : outRaw.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted], as: UTF8.self)
    }

    /// The first line (1-based) that neither UTF-8 nor CP950 can decode.
    static func lineOfFirstUndecodable(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.endIndex
            let chunk = bytes[start..<end]
            if String(validating: chunk, as: UTF8.self) == nil && convert(chunk, from: "CP950") == nil { return line }
            line += 1
            start = end
        }
        return line
    }
}

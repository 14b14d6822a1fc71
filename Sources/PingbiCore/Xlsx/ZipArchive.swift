import CZlib

/// A zip archive read through its central directory (the container of an `.xlsx`): stored
/// and deflated entries, CRC-32 checked, each entry's and the whole archive's uncompressed
/// size capped so that a damaged file or a zip bomb is an error and never exhausts memory.
struct ZipArchive {
    /// Why an archive could not be read, in Traditional Chinese.
    struct Failure: Error {
        let reason: String
    }

    /// One entry of the central directory.
    struct Entry {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// The most one entry may inflate to.
    static let entryLimit = 32 << 20
    /// The most all entries read from one archive may inflate to.
    static let totalLimit = 128 << 20

    /// The entries by name.
    let entries: [String: Entry]
    private let bytes: [UInt8]

    /// Whether `bytes` begin like a zip archive.
    static func looksLikeZip(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    }

    /// Reads the central directory of `bytes`.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        let end = try Self.endOfCentralDirectory(bytes)
        let count = Int(Self.u16(bytes, end + 10))
        let size = Int(Self.u32(bytes, end + 12))
        let offset = Int(Self.u32(bytes, end + 16))
        guard count != 0xFFFF, size != 0xFFFF_FFFF, offset != 0xFFFF_FFFF else {
            throw Failure(reason: "檔案過大（ZIP64 格式），不是一般的 Excel 活頁簿")
        }
        guard offset + size <= end else { throw Failure(reason: "檔案已損壞（目錄位置不正確）") }
        var entries: [String: Entry] = [:]
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= offset + size, Self.u32(bytes, position) == 0x0201_4B50 else {
                throw Failure(reason: "檔案已損壞（目錄項目不正確）")
            }
            let nameLength = Int(Self.u16(bytes, position + 28))
            let extraLength = Int(Self.u16(bytes, position + 30))
            let commentLength = Int(Self.u16(bytes, position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw Failure(reason: "檔案已損壞（目錄項目不正確）") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(
                name: name, method: Self.u16(bytes, position + 10), flags: Self.u16(bytes, position + 8),
                crc: Self.u32(bytes, position + 16), compressedSize: Int(Self.u32(bytes, position + 20)),
                uncompressedSize: Int(Self.u32(bytes, position + 24)),
                localHeaderOffset: Int(Self.u32(bytes, position + 42)))
            position = next
        }
        self.entries = entries
    }

    /// The uncompressed bytes of the entry `name`, nil when there is no such entry.
    /// `budget` is what the archive may still inflate to; it shrinks by what is read.
    func contents(of name: String, budget: inout Int) throws(Failure) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard entry.flags & 1 == 0 else { throw Failure(reason: "活頁簿設有密碼保護，請先移除密碼再存檔") }
        let limit = min(Self.entryLimit, budget)
        guard entry.uncompressedSize <= limit else {
            throw Failure(reason: "內容解壓縮後過大（超過 \(limit >> 20) MB），不是一般的活頁簿")
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else {
            throw Failure(reason: "檔案已損壞（內容位置不正確）")
        }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw Failure(reason: "檔案不完整（內容被截斷）") }
        let data = bytes[start..<(start + entry.compressedSize)]
        let output: [UInt8]
        switch entry.method {
        case 0: output = Array(data)
        case 8: output = try Self.inflate(data, expected: entry.uncompressedSize)
        default: throw Failure(reason: "使用不支援的壓縮方式，請以 Excel 或 LibreOffice 重新存成 .xlsx")
        }
        guard output.count == entry.uncompressedSize, Zlib.crc32(output) == entry.crc else {
            throw Failure(reason: "檔案已損壞（內容檢查碼不符）")
        }
        budget -= output.count
        return output
    }

    /// Raw deflate of `data` into exactly `expected` bytes; more output, or a stream that
    /// does not end there, is an error.
    private static func inflate(_ data: ArraySlice<UInt8>, expected: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: "無法解壓縮")
        }
        defer { inflateEnd(&stream) }
        // One spare byte shows whether the stream would write more than it declared.
        var output = [UInt8](repeating: 0, count: expected + 1)
        var input = Array(data)
        let status = Zlib.finish(&stream, &input, into: &output) { CZlib.inflate(&$0, Z_FINISH) }
        guard status == Z_STREAM_END, Int(stream.total_out) == expected else {
            throw Failure(reason: "檔案已損壞（壓縮內容無法解開）")
        }
        output.removeLast()
        return output
    }

    /// The position of the end-of-central-directory record, searched from the end.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(Failure) -> Int {
        guard bytes.count >= 22 else { throw Failure(reason: "不是有效的 Excel 活頁簿（檔案過短）") }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var position = bytes.count - 22
        while position >= lowest {
            if u32(bytes, position) == 0x0605_4B50 { return position }
            position -= 1
        }
        throw Failure(reason: "不是有效的 Excel 活頁簿（找不到 zip 目錄，檔案可能已損壞或不完整）")
    }

    private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}

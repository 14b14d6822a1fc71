import CZlib
import PingbiCore

/// A zip archive with CRC-32s, each entry deflated through the system zlib (stored when that
/// does not make it smaller), written deterministically (every entry dated 1980-01-01): the
/// container of an `.xlsx`.
public struct ZipWriter {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// An empty archive.
    public init() {}

    /// Adds the entry `name` holding `contents`.
    public mutating func add(_ name: String, _ contents: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = Zlib.crc32(contents)
        let offset = output.count
        let deflated = Self.deflate(contents).flatMap { $0.count < contents.count ? $0 : nil }
        let data = deflated ?? contents
        // Version 2.0, flag bit 11 (UTF-8 names), method 8 or 0, time 00:00, date 1980-01-01.
        let common: [UInt8] = Self.le16(20) + Self.le16(0x0800) + Self.le16(deflated == nil ? 0 : 8) + Self.le16(0) + Self.le16(0x21)
            + Self.le32(crc) + Self.le32(UInt32(data.count)) + Self.le32(UInt32(contents.count))
            + Self.le16(UInt16(nameBytes.count)) + Self.le16(0)
        output += Self.le32(0x0403_4B50) + common + nameBytes + data
        directory += Self.le32(0x0201_4B50) + Self.le16(20) + common + Self.le16(0) + Self.le16(0) + Self.le16(0)
            + Self.le32(0) + Self.le32(UInt32(offset)) + nameBytes
        count += 1
    }

    /// The archive's bytes.
    public func finish() -> [UInt8] {
        output + directory + Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0)
            + Self.le16(UInt16(count)) + Self.le16(UInt16(count))
            + Self.le32(UInt32(directory.count)) + Self.le32(UInt32(output.count)) + Self.le16(0)
    }

    /// `bytes` as a raw deflate stream; nil if zlib fails.
    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))))
        let status = Zlib.finish(&stream, &input, into: &output) { CZlib.deflate(&$0, Z_FINISH) }
        guard status == Z_STREAM_END else { return nil }
        return Array(output.prefix(Int(stream.total_out)))
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}

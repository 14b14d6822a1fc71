import CZlib
import Foundation

/// Zip archives with deflated entries that lie about their size, for the zip-bomb tests.
enum XLSXTestDeflate {
    struct Failure: Error {}

    /// `bytes` as a raw deflate stream.
    static func raw(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure()
        }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))))
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure() }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// The stored entries of an archive written by `ZipWriter`, in order.
    static func storedEntries(_ zip: [UInt8]) -> [(name: String, bytes: [UInt8])] {
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var entries: [(String, [UInt8])] = []
        var position = 0
        while position + 30 <= zip.count, u32(position) == 0x0403_4B50 {
            let size = u32(position + 18)
            let nameLength = u16(position + 26)
            let start = position + 30 + nameLength + u16(position + 28)
            entries.append((String(decoding: zip[(position + 30)..<(position + 30 + nameLength)], as: UTF8.self), Array(zip[start..<(start + size)])))
            position = start + size
        }
        return entries
    }

    /// A one-sheet workbook whose sheet part is `deflated`, declared as `declaredSize` bytes.
    static func workbookWithDeflatedSheet(_ deflated: [UInt8], declaredSize: Int, crc: UInt32) -> [UInt8] {
        let template = XLSXFixtures.raw(body: "<sheetData/>")
        var output: [UInt8] = []
        var directory: [UInt8] = []
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF) }
        let entries = storedEntries(template)
        for (name, bytes) in entries {
            let isSheet = name.hasPrefix("xl/worksheets/")
            let data = isSheet ? deflated : bytes
            let crcValue = isSheet ? Int(crc) : Int(bytes.withUnsafeBufferPointer { CZlib.crc32(0, $0.baseAddress, UInt32($0.count)) })
            let common = le16(20) + le16(0) + le16(isSheet ? 8 : 0) + le16(0) + le16(0x21) + le32(crcValue)
                + le32(data.count) + le32(isSheet ? declaredSize : bytes.count) + le16(name.utf8.count) + le16(0)
            let offset = output.count
            output += le32(0x0403_4B50) + common + Array(name.utf8) + data
            directory += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + Array(name.utf8)
        }
        return output + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(directory.count) + le32(output.count) + le16(0)
    }
}

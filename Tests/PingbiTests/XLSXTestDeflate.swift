import Foundation
@testable import PingbiReports

/// Zip archives with deflated entries that lie about their size, for the zip-bomb tests.
enum XLSXTestDeflate {
    struct Failure: Error {}

    /// `bytes` as a raw deflate stream.
    static func raw(_ bytes: [UInt8]) throws -> [UInt8] {
        guard let deflated = ZipWriter.deflate(bytes) else { throw Failure() }
        return deflated
    }

    /// The entries of an archive written by `ZipWriter`, in order, as stored: method, CRC,
    /// uncompressed size and the (possibly deflated) data.
    static func rawEntries(_ zip: [UInt8]) -> [(name: String, method: Int, crc: Int, size: Int, data: [UInt8])] {
        func u16(_ at: Int) -> Int { Int(zip[at]) | Int(zip[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        var entries: [(String, Int, Int, Int, [UInt8])] = []
        var position = 0
        while position + 30 <= zip.count, u32(position) == 0x0403_4B50 {
            let compressed = u32(position + 18)
            let nameLength = u16(position + 26)
            let start = position + 30 + nameLength + u16(position + 28)
            entries.append((
                String(decoding: zip[(position + 30)..<(position + 30 + nameLength)], as: UTF8.self),
                u16(position + 8), u32(position + 14), u32(position + 22), Array(zip[start..<(start + compressed)])))
            position = start + compressed
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
        let entries = rawEntries(template)
        for entry in entries {
            let isSheet = entry.name.hasPrefix("xl/worksheets/")
            let data = isSheet ? deflated : entry.data
            let common = le16(20) + le16(0) + le16(isSheet ? 8 : entry.method) + le16(0) + le16(0x21) + le32(isSheet ? Int(crc) : entry.crc)
                + le32(data.count) + le32(isSheet ? declaredSize : entry.size) + le16(entry.name.utf8.count) + le16(0)
            let offset = output.count
            output += le32(0x0403_4B50) + common + Array(entry.name.utf8) + data
            directory += le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + Array(entry.name.utf8)
        }
        return output + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count) + le16(entries.count)
            + le32(directory.count) + le32(output.count) + le16(0)
    }
}

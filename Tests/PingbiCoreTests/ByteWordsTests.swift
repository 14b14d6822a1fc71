import Testing
@testable import PingbiCore

/// Eight bytes tested at once give each byte's own answer, in its own lane.
@Suite struct ByteWordsTests {
    /// Every byte value in every lane, beside neighbours that could carry or borrow into it.
    @Test func eachLaneAnswersForItsOwnByte() {
        for value in 0...255 {
            for lane in 0..<8 {
                for neighbour: UInt8 in [0x00, 0x1F, 0x20, 0x7F, 0x80, 0xFF] {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[lane] = UInt8(value)
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    for byte: UInt8 in [0x00, 0x22, 0x2C, 0x7F, 0xC2, 0xE2, 0xFF] {
                        let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | ($1.element == byte ? UInt64(0x80) << (8 * UInt64($1.offset)) : 0) }
                        #expect(ByteWords.lanes(of: byte, in: UInt64(littleEndian: word)) == expected)
                    }
                    for bound: UInt8 in [0x01, 0x20, 0x30, 0x80] {
                        let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | ($1.element < bound ? UInt64(0x80) << (8 * UInt64($1.offset)) : 0) }
                        #expect(ByteWords.lanes(below: bound, in: UInt64(littleEndian: word)) == expected)
                    }
                }
            }
        }
    }
}

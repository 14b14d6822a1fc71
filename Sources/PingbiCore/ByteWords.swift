/// Tests on eight bytes at once, read as one little-endian `UInt64` word: what lets a scan pass
/// over the many bytes that need nothing (a CSV field's letters, a JSON string's Chinese text)
/// eight at a time. Each answer has the high bit set in exactly the lanes (bytes) that match,
/// with no false match (no borrow or carry crosses from one lane into the next).
public enum ByteWords {
    /// The seven low bits of every lane.
    @usableFromInline static let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// The high bit of every lane.
    @usableFromInline static let high: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each lane of `word` that is `byte`, no other bit.
    @inlinable
    public static func lanes(of byte: UInt8, in word: UInt64) -> UInt64 {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & low) &+ low) | x | low)
    }

    /// The high bit of each lane of `word` below `bound` (at most 0x80), no other bit.
    @inlinable
    public static func lanes(below bound: UInt8, in word: UInt64) -> UInt64 {
        // A lane's low seven bits plus 0x80 − bound reach its high bit exactly when it is at
        // least `bound` (at most 0x7F + 0x80 − 1: no carry out); a lane of 0x80 or more never
        // matches.
        let shift = UInt64(0x80 &- bound) &* 0x0101_0101_0101_0101
        return ~(((word & low) &+ shift) | word) & high
    }
}

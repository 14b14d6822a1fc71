import Foundation
import PingbiCore

/// The bytes of a JSON text being written: what ``JSONRenderer`` writes 100,000 units into,
/// without a string per unit or per value. Its memory is its own, grown in place as needed
/// (`realloc`: a large buffer's pages are moved, not copied): a write is a copy into it after
/// one check of room (no array's uniqueness or reference counting per write). A reference,
/// shared by whoever holds it: each writer makes its own.
final class JSONBytes {
    /// Where the bytes are written.
    private var base: UnsafeMutablePointer<UInt8>
    /// The bytes written so far.
    private(set) var count = 0
    /// The room at ``base``.
    private var capacity: Int

    /// An empty text with room for `capacity` bytes.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = Self.allocated(nil, self.capacity)
    }

    deinit {
        free(base)
    }

    /// `old` (nil: none) moved to memory of `capacity` bytes, its bytes kept.
    private static func allocated(_ old: UnsafeMutablePointer<UInt8>?, _ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = realloc(old, capacity) else { fatalError("JSONBytes: out of memory for \(capacity) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    /// The UTF-8 bytes written so far (a copy).
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `capacity` bytes in all.
    func reserve(_ capacity: Int) {
        guard capacity > self.capacity else { return }
        base = Self.allocated(base, capacity)
        self.capacity = capacity
    }

    /// Makes room for `more` bytes after those written, growing by half again at least.
    @inline(__always) private func room(_ more: Int) {
        if count + more > capacity { reserve(max(count + more, capacity + capacity / 2)) }
    }

    /// Hands the bytes written so far to `write` and empties the buffer, keeping its room.
    func flush(to write: ([UInt8]) -> Void) {
        guard count > 0 else { return }
        write(bytes)
        count = 0
    }

    /// Appends `bytes` bytes at `source`.
    @inline(__always) private func append(_ source: UnsafeRawPointer, _ bytes: Int) {
        room(bytes)
        (base + count).initialize(from: source.assumingMemoryBound(to: UInt8.self), count: bytes)
        count += bytes
    }

    /// Appends one byte.
    @inline(__always) func append(byte: UInt8) {
        room(1)
        base[count] = byte
        count += 1
    }

    /// Appends a whole number in decimal digits.
    func appendInteger(_ value: Int) {
        appendDigits(negative: value < 0, UInt64(value.magnitude), scale: 0)
    }

    /// Appends `text` as is.
    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends text fixed in the code (`, "group": `), copied as bytes.
    func append(fixed text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Appends bytes made once (a column's `"key": `).
    func append(bytes more: [UInt8]) {
        more.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the bytes of `more`.
    func append(_ more: UnsafeBufferPointer<UInt8>) {
        guard let start = more.baseAddress else { return }
        append(start, more.count)
    }

    /// Appends `text` as a JSON string literal, escaped as ``JSONRenderer/string(_:)`` escapes it.
    /// Its UTF-8 bytes are read once: a text with no byte that may need an escape (``mayNeedEscape(_:)``)
    /// — a unit's name, a warning — is copied as it is.
    func appendString(_ text: String) {
        var text = text
        let copied = text.withUTF8 { utf8 in
            guard !Self.mayNeedEscape(utf8) else { return false }
            room(utf8.count + 2)
            base[count] = UInt8(ascii: "\"")
            count += 1
            append(utf8)
            base[count] = UInt8(ascii: "\"")
            count += 1
            return true
        }
        if !copied { append(JSONRenderer.string(text)) }
    }

    /// Whether the UTF-8 `bytes` may hold a character ``JSONRenderer/string(_:)`` escapes: a
    /// quote, a backslash, a control (tab and line breaks included), or a byte that may begin a
    /// character ``VisibleText`` shows (``HTMLText/mayBeShown(_:next:)``). Never false for a
    /// text that needs an escape; true only sends a text to the exact escaping.
    static func mayNeedEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        // Eight bytes at a time while none is one the checks below look at (a control, DEL, a
        // quote, a backslash, or a lead byte C2, D8 or E2).
        var start = 0
        while start + 8 <= bytes.count {
            let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let found = ByteWords.lanes(below: 0x20, in: word) | ByteWords.lanes(of: 0x22, in: word) | ByteWords.lanes(of: 0x5C, in: word)
                | ByteWords.lanes(of: 0x7F, in: word) | ByteWords.lanes(of: 0xC2, in: word) | ByteWords.lanes(of: 0xD8, in: word)
                | ByteWords.lanes(of: 0xE2, in: word)
            if found != 0 { break }
            start += 8
        }
        for index in start..<bytes.count {
            let byte = bytes[index]
            // Most bytes are those of Chinese characters (0xE3–0xE9 lead bytes, continuations).
            if byte >= 0x80, byte != 0xC2, byte != 0xD8, byte != 0xE2 { continue }
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            if HTMLText.mayBeShown(byte, next: index + 1 < bytes.count ? bytes[index + 1] : 0) { return true }
        }
        return false
    }

    /// Appends `value` as ``JSONRenderer/number(_:)`` writes it (its plain text), written from
    /// its digits when its significand fits 64 bits.
    func appendNumber(_ value: Decimal) {
        guard let parts = value.smallParts, appendNumber(parts) else { return append(value.plainText) }
    }

    /// Appends ±`significand` × 10^`exponent` as ``JSONRenderer/number(_:)`` writes it, from its
    /// digits; false (nothing appended) for an exponent beyond -40…20, which Foundation writes.
    func appendNumber(_ parts: (negative: Bool, significand: UInt64, exponent: Int)) -> Bool {
        guard parts.exponent >= -40, parts.exponent <= 20 else { return false }
        guard parts.significand != 0 else {
            append(byte: UInt8(ascii: "0"))
            return true
        }
        // Trailing zeros after the point dropped.
        var significand = parts.significand, scale = -parts.exponent
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        appendDigits(negative: parts.negative, significand, scale: scale)
        return true
    }

    /// Appends ±`significand` × 10^-`scale` (`scale` at most 40 decimals; a negative scale adds
    /// zeros): `0.05`, `-3`, `1520`, `88.6`.
    private func appendDigits(negative: Bool, _ significand: UInt64, scale: Int) {
        // At most 20 digits, 40 zeros, a sign and `0.`.
        room(68)
        // The digits, least significant first, at the end of the room, then laid out in place.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &digits) { buffer in
            var count = 0, rest = significand
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest != 0
            return count
        }
        withUnsafeBytes(of: &digits) { digits in
            var end = self.count
            func put(_ byte: UInt8) {
                base[end] = byte
                end += 1
            }
            if negative { put(UInt8(ascii: "-")) }
            if scale <= 0 {
                for index in stride(from: count - 1, through: 0, by: -1) { put(digits[index]) }
                for _ in 0..<(-scale) { put(UInt8(ascii: "0")) }
            } else if count <= scale {
                // `0.05`: zeros between the point and the first digit.
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(scale - count) { put(UInt8(ascii: "0")) }
                for index in stride(from: count - 1, through: 0, by: -1) { put(digits[index]) }
            } else {
                for index in stride(from: count - 1, through: scale, by: -1) { put(digits[index]) }
                put(UInt8(ascii: "."))
                for index in stride(from: scale - 1, through: 0, by: -1) { put(digits[index]) }
            }
            self.count = end
        }
    }
}

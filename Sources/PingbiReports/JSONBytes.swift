import Foundation
import PingbiCore

/// The bytes of a JSON text being written: what ``JSONRenderer`` writes 100,000 units into,
/// without a string per unit or per value.
struct JSONBytes {
    /// The UTF-8 bytes written so far.
    private(set) var bytes: [UInt8] = []

    /// Makes room for `capacity` bytes in all.
    mutating func reserve(_ capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Hands the bytes written so far to `write` and empties the buffer, keeping its room.
    mutating func flush(to write: ([UInt8]) -> Void) {
        guard !bytes.isEmpty else { return }
        write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends a whole number in decimal digits.
    mutating func appendInteger(_ value: Int) {
        append(String(value))
    }

    /// Appends `text` as is.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends text fixed in the code (`, "group": `), copied as bytes.
    mutating func append(fixed text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes made once (a column's `"key": `).
    mutating func append(bytes more: [UInt8]) {
        bytes.append(contentsOf: more)
    }

    /// Appends `text` as a JSON string literal, escaped as ``JSONRenderer/string(_:)`` escapes it.
    mutating func appendString(_ text: String) {
        guard text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || VisibleText.needsShowing($0) }) else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        append(JSONRenderer.string(text))
    }

    /// Appends `value` as ``JSONRenderer/number(_:)`` writes it (its plain text), written from
    /// its digits when its significand fits 64 bits.
    mutating func appendNumber(_ value: Decimal) {
        guard let parts = value.smallParts, parts.exponent >= -40, parts.exponent <= 20 else {
            append(value.plainText)
            return
        }
        guard parts.significand != 0 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        // The digits, least significant first, trailing zeros after the point dropped.
        var significand = parts.significand, scale = -parts.exponent
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        // The digits, least significant first, then the text laid out after them in the same
        // buffer and appended at once (at most 20 digits, 40 zeros, a sign and `0.`).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            var count = 0
            var rest = significand
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest != 0
            var end = count
            func put(_ byte: UInt8) {
                buffer[end] = byte
                end += 1
            }
            if parts.negative { put(UInt8(ascii: "-")) }
            if scale <= 0 {
                for index in stride(from: count - 1, through: 0, by: -1) { put(buffer[index]) }
                for _ in 0..<(-scale) { put(UInt8(ascii: "0")) }
            } else if count <= scale {
                // `0.05`: zeros between the point and the first digit.
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(scale - count) { put(UInt8(ascii: "0")) }
                for index in stride(from: count - 1, through: 0, by: -1) { put(buffer[index]) }
            } else {
                for index in stride(from: count - 1, through: scale, by: -1) { put(buffer[index]) }
                put(UInt8(ascii: "."))
                for index in stride(from: scale - 1, through: 0, by: -1) { put(buffer[index]) }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[count..<end]))
        }
    }
}

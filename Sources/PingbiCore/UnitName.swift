import Foundation

/// Unit names as the documents write them: 台 and 臺 are the same character, and stray
/// spaces (half- or full-width) around a name mean nothing.
public enum UnitName {
    /// The canonical form of a name: trimmed, with 台 replaced by 臺.
    public static func normalize(_ name: String) -> String {
        // Most names are already canonical: told from the bytes, without Foundation (a data
        // file repeats a name on many rows, and every spelling is normalised).
        if isCanonical(name) { return name }
        let trimmed = name.trimmingCharacters(in: trimmed)
        return trimmed.replacingOccurrences(of: "台", with: "臺")
    }

    /// What is trimmed from either end.
    private static let trimmed = CharacterSet.whitespacesAndNewlines.union(["\u{3000}"])

    /// Whether `name` is its own canonical form: no 台 (UTF-8 E5 8F B0; no other scalar
    /// decomposes to it, so Foundation's search finds none either) and neither end trimmable.
    static func isCanonical(_ name: String) -> Bool {
        // Read in place where the String holds its UTF-8 (a native one), else from a copy.
        name.utf8.withContiguousStorageIfAvailable { isCanonical(name, bytes: $0) }
            ?? Array(name.utf8).withUnsafeBufferPointer { isCanonical(name, bytes: $0) }
    }

    /// ``isCanonical(_:)`` of `name`, told from its UTF-8 `bytes`.
    private static func isCanonical(_ name: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        // An end that may be blank is one unless it is a scalar outside ASCII that is not trimmed.
        if firstMayBeBlank(bytes), first < 0x80 || trimmed.contains(name.unicodeScalars.first!) { return false }
        if lastMayBeBlank(bytes), last < 0x80 || trimmed.contains(name.unicodeScalars.last!) { return false }
        return !hasTai(bytes)
    }

    /// Whether the UTF-8 `bytes` (valid) are a name that is its own canonical form (``normalize(_:)``),
    /// trimmed as a cell is (``CellTrimming``), and its own ``CanonicalText``: not empty, neither
    /// end possibly blank, no 台, every scalar inert. A reader may then number the name by these
    /// bytes without making a String; false says only that the String's path must decide.
    static func isOwnKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, !firstMayBeBlank(bytes), !lastMayBeBlank(bytes) else { return false }
        return !hasTai(bytes) && CanonicalText.isInert(utf8: bytes)
    }

    /// Whether the first scalar of `bytes` (not empty, valid UTF-8) may be white space or a line
    /// break: an ASCII one, or a scalar led by a byte that may lead one.
    private static func firstMayBeBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[0] < 0x80 ? isASCIIBlank(bytes[0]) : mayBeBlank(bytes[0])
    }

    /// ``firstMayBeBlank(_:)`` of the last scalar.
    private static func lastMayBeBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = bytes[bytes.count - 1]
        return last < 0x80 ? isASCIIBlank(last) : mayBeBlank(lastLead(bytes))
    }

    /// Whether `bytes` hold 台 (E5 8F B0).
    private static func hasTai(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0xB0 && previous == (0xE5, 0x8F) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Whether a scalar led by the byte `lead` (not ASCII) may be white space or a line break:
    /// those outside ASCII (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) are led by C2, E1,
    /// E2 or E3; a CJK ideograph, say, is not.
    private static func mayBeBlank(_ lead: UInt8) -> Bool {
        lead == 0xC2 || (0xE1...0xE3).contains(lead)
    }

    /// The first byte of the last scalar of `bytes` (not empty, valid UTF-8).
    private static func lastLead(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var index = bytes.count - 1
        while index > 0, bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return bytes[index]
    }

    /// Whether an ASCII byte is white space or a line break (`CharacterSet.whitespacesAndNewlines`).
    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

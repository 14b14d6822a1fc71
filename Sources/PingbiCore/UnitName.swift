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
        let bytes = name.utf8
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first < 0x80 ? isASCIIBlank(first) : trimmed.contains(name.unicodeScalars.first!) { return false }
        if last < 0x80 ? isASCIIBlank(last) : trimmed.contains(name.unicodeScalars.last!) { return false }
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if byte == 0xB0 && previous == (0xE5, 0x8F) { return false }
            previous = (previous.1, byte)
        }
        return true
    }

    /// Whether an ASCII byte is white space or a line break (`CharacterSet.whitespacesAndNewlines`).
    private static func isASCIIBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

import Foundation

/// A String keyed by the UTF-8 bytes of its NFC form: equal exactly when the Strings are equal
/// (canonical equivalence, as Swift compares them), but hashed without normalising on every
/// hash. Text of scalars that no normalisation changes or combines (ASCII and Latin-1, CJK
/// ideographs, the ideographic space, fullwidth ASCII), as unit names and months are, is its
/// own NFC form; other text is normalised once, here. What a reader of many names keys them by.
public struct CanonicalText: Hashable, Sendable {
    let bytes: [UInt8]

    /// The key of `text`.
    public init(_ text: String) {
        bytes = text.unicodeScalars.allSatisfy(CanonicalText.isInert)
            ? Array(text.utf8) : Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Hashes the bytes at once (an array of bytes hashes them one by one).
    public func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// Whether the text of the UTF-8 `bytes` (valid) is of inert scalars only: its key is then
    /// these bytes as they are, told without making a String.
    static func isInert(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            switch lead {
            case ..<0x80:
                index += 1
            case ..<0xE0:
                // Two bytes: U+0080–U+07FF, inert below U+0300 (leads up to CB).
                guard lead < 0xCC else { return false }
                index += 2
            case ..<0xF0:
                guard index + 2 < bytes.count else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                guard isInert(value) else { return false }
                index += 3
            default:
                // Four bytes: beyond U+FFFF, none inert.
                return false
            }
        }
        return true
    }

    /// Whether `scalar` is in NFC whatever surrounds it and combines with nothing.
    private static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        isInert(scalar.value)
    }

    /// Whether the scalar of value `value` is in NFC whatever surrounds it and combines with nothing.
    private static func isInert(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x3000, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

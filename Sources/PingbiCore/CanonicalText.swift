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

    /// Whether `scalar` is in NFC whatever surrounds it and combines with nothing.
    private static func isInert(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x3000, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }
}

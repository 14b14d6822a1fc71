import Foundation

extension Decimal {
    /// The value as ±`significand` × 10^`exponent` with a significand of at most 64 bits, read
    /// straight from the decimal's fields (no Foundation object, unlike `NSDecimalNumber`);
    /// nil for NaN or a wider significand. Exact: the fields are the value.
    ///
    /// `Decimal` keeps `NSDecimal`'s layout (an 8-bit exponent, a byte of length and flags (0x08: negative), two reserved bytes, then
    /// eight 16-bit words of significand, least significant first); ``fieldsAreReadable``
    /// checks it once against Foundation's own answers, and where it does not hold this is nil
    /// (callers then take Foundation's slower way).
    public var smallParts: (negative: Bool, significand: UInt64, exponent: Int)? {
        guard Decimal.fieldsAreReadable else { return nil }
        // NaN sets the sign flag (``fieldsAreReadable`` checks it): only a value with that flag
        // is asked whether it is NaN (a call into Foundation per value otherwise).
        if withUnsafeBytes(of: self, { $0[1] & 0x08 != 0 }), isNaN { return nil }
        return rawParts
    }

    /// ``smallParts`` from the fields, unchecked.
    private var rawParts: (negative: Bool, significand: UInt64, exponent: Int)? {
        withUnsafeBytes(of: self) { bytes -> (Bool, UInt64, Int)? in
            #if _endian(little)
            // The eight 16-bit words, least significant first, read as two little-endian 64-bit
            // words: the high one must be zero, the low one is the significand.
            guard bytes.loadUnaligned(fromByteOffset: 12, as: UInt64.self) == 0 else { return nil }
            let significand = bytes.loadUnaligned(fromByteOffset: 4, as: UInt64.self)
            #else
            var significand: UInt64 = 0
            for word in stride(from: 7, through: 0, by: -1) {
                let value = UInt64(bytes[4 + 2 * word]) | UInt64(bytes[5 + 2 * word]) << 8
                if word >= 4 {
                    guard value == 0 else { return nil }
                } else {
                    significand = significand << 16 | value
                }
            }
            #endif
            return (bytes[1] & 0x08 != 0, significand, Int(Int8(bitPattern: bytes[0])))
        }
    }

    /// Whether ``rawParts`` reads this platform's `Decimal` right: checked once on values
    /// covering both signs, zero, both exponent signs and all four 16-bit words, and that NaN
    /// sets the sign flag.
    public static let fieldsAreReadable: Bool = {
        guard MemoryLayout<Decimal>.size == 20 else { return false }
        let samples = ["0", "1", "-85.3", "1520", "0.000001", "-12345678901234567890", "18446744073709551615", "65536", "4294967296", "7E+5", "-2.5E-20"]
        for text in samples {
            guard let value = Decimal(string: text), let parts = value.rawParts else { return false }
            let significand = NSDecimalNumber(decimal: value.significand).uint64Value
            guard Decimal(significand) == value.significand, parts.significand == significand,
                parts.exponent == value.exponent || significand == 0, parts.negative == (value.sign == .minus)
            else { return false }
        }
        // NaN's sign flag, which ``smallParts`` reads before asking whether a value is NaN.
        guard withUnsafeBytes(of: Decimal.nan, { $0[1] & 0x08 != 0 }) else { return false }
        return Decimal(string: "18446744073709551616")!.rawParts == nil
    }()
}

import Foundation

extension Decimal {
    /// The value as an `Int` when it is a whole number that an `Int` holds exactly (a rank read
    /// back from a result row: `3` → 3, `-2` → −2); nil for `2.5`, for a whole number beyond
    /// `Int`, and for NaN. Never rounds or truncates, as `NSDecimalNumber.intValue` does
    /// (`2.5` → 2, and a value beyond 64 bits wraps).
    public var wholeNumber: Int? {
        guard isFinite, rounded(0) == self else { return nil }
        return Int(plainText)
    }
}

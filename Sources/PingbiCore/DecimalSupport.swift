import Foundation

extension Decimal {
    /// A constant built from its decimal text, never through binary floating point: `Decimal.exact("0.25")`.
    ///
    /// For constants written in code only; it traps on text that is not a plain decimal number.
    /// Input data goes through ``CellParser`` instead, which reports errors.
    public static func exact(_ text: String) -> Decimal {
        guard let value = try? CellParser.number(text) else {
            preconditionFailure("not a decimal constant: \(text)")
        }
        return value
    }

    /// This value rounded half away from zero (四捨五入) to `scale` decimals.
    public func rounded(_ scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }

    /// The value as plain decimal text (`-0.07`, `1520`, `85.3`): no exponent, no grouping.
    public var plainText: String {
        var copy = self
        return NSDecimalString(&copy, nil)
    }

    /// The plain text padded with trailing zeros to exactly `scale` decimals (`80` → `80.0`).
    /// The value must already be rounded to at most `scale` decimals.
    public func fixed(_ scale: Int) -> String {
        let text = rounded(scale).plainText
        guard scale > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, scale - fraction.count))
    }

}

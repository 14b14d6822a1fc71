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
    ///
    /// `NSDecimalString`'s text; written directly from the significand when it fits 64 bits
    /// (about 40 times faster: explanations format thousands of values per run).
    public var plainText: String {
        if let text = smallPlainText { return text }
        return foundationPlainText
    }

    /// `NSDecimalString`'s text.
    var foundationPlainText: String {
        var copy = self
        return NSDecimalString(&copy, nil)
    }

    /// The plain text from a significand of at most 64 bits, else nil: the digits with the point
    /// placed by the exponent, no trailing zeros after the point, `0.05`, `-3`, `0`.
    var smallPlainText: String? {
        guard let parts = smallParts, parts.exponent >= -40, parts.exponent <= 20 else { return nil }
        return Self.text(negative: parts.negative, significand: parts.significand, exponent: parts.exponent, decimals: 0)
    }

    /// The plain text padded with trailing zeros to exactly `scale` decimals (`80` → `80.0`),
    /// rounded (四捨五入) to `scale` decimals first. A value of at most `scale` decimals whose
    /// significand fits 64 bits (every score and rate shown) is written from its digits.
    public func fixed(_ scale: Int) -> String {
        if scale >= 0, let parts = smallParts, parts.exponent >= -40, parts.exponent <= 20,
           Self.decimals(significand: parts.significand, exponent: parts.exponent) <= scale {
            return Self.text(negative: parts.negative, significand: parts.significand, exponent: parts.exponent, decimals: scale)
        }
        let text = rounded(scale).plainText
        guard scale > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, scale - fraction.count))
    }

    /// The decimals ±`significand` × 10^`exponent` needs, trailing zeros left out.
    private static func decimals(significand: UInt64, exponent: Int) -> Int {
        guard significand != 0 else { return 0 }
        var (significand, exponent) = (significand, exponent)
        while exponent < 0, significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return max(0, -exponent)
    }

    /// ±`significand` × 10^`exponent` as plain text with `decimals` decimals, or more where the
    /// value has more (trailing zeros beyond `decimals` left out): `0.05`, `-3`, `0`, `80.0`.
    private static func text(negative: Bool, significand: UInt64, exponent: Int, decimals: Int) -> String {
        guard significand != 0 else { return decimals > 0 ? "0." + String(repeating: "0", count: decimals) : "0" }
        var digits = Array(String(significand).utf8)
        var scale = -exponent
        if scale < 0 {
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -scale))
            scale = 0
        }
        while scale > decimals, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            scale -= 1
        }
        if scale < decimals {
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals - scale))
            scale = decimals
        }
        if scale > 0 {
            if digits.count <= scale {
                digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale - digits.count + 1), at: 0)
            }
            digits.insert(UInt8(ascii: "."), at: digits.count - scale)
        }
        if negative { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

}

import Foundation
import Testing
@testable import PingbiCore

/// `Decimal.plainText`'s and `Decimal.fixed(_:)`'s fast paths write what `NSDecimalString` writes.
@Suite struct PlainTextTests {
    @Test func agreesWithFoundationOnGeneratedValues() {
        var state: UInt64 = 2026
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        var checked = 0
        for _ in 0..<20_000 {
            let digits = Int(next() % 20) + 1
            var text = String(next() % 10)
            for _ in 1..<digits { text += String(next() % 10) }
            let significand = Decimal(string: text)!
            let value = Decimal(sign: next() % 3 == 0 ? .minus : .plus, exponent: Int(next() % 40) - 30, significand: significand)
            #expect(value.plainText == value.foundationPlainText, "\(text) e\(value.exponent)")
            if value.smallPlainText != nil { checked += 1 }
        }
        #expect(checked > 15_000)
        for text in ["0", "-0", "80.0", "0.50", "1e3", "-0.07", "1520", "85.3", "0.005", "12345678901234567890123", "-18446744073709551615", "18446744073709551616.5"] {
            let value = Decimal(string: text)!
            #expect(value.plainText == value.foundationPlainText, "\(text)")
        }
        let computed = [Decimal(1) / 3, Decimal(2) / 3 * 100, Decimal(662) / Decimal(1393) * 100, Decimal.exact("0.30") * 100, Decimal(7) - Decimal(7)]
        for value in computed { #expect(value.plainText == value.foundationPlainText, "\(value)") }
    }

    /// `fixed(scale)` as Foundation alone writes it: rounded, then padded with zeros.
    static func foundationFixed(_ value: Decimal, _ scale: Int) -> String {
        let text = value.rounded(scale).foundationPlainText
        guard scale > 0 else { return text }
        let parts = text.split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return String(parts[0]) + "." + fraction + String(repeating: "0", count: max(0, scale - fraction.count))
    }

    @Test func fixedDecimalsAgreeWithFoundation() {
        var state: UInt64 = 1127
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let digits = Int(next() % 12) + 1
            var text = String(next() % 10)
            for _ in 1..<digits { text += String(next() % 10) }
            let value = Decimal(sign: next() % 3 == 0 ? .minus : .plus, exponent: Int(next() % 12) - 8, significand: Decimal(string: text)!)
            let scale = Int(next() % 5)
            #expect(value.fixed(scale) == Self.foundationFixed(value, scale), "\(text) e\(value.exponent) to \(scale)")
        }
        for (text, scale, expected) in [("0", 2, "0.00"), ("80", 1, "80.0"), ("-0.1", 2, "-0.10"), ("1.500", 2, "1.50"), ("7E+2", 2, "700.00"), ("3.14159", 2, "3.14"), ("-2.005", 2, "-2.01"), ("0.004", 2, "0.00"), ("12", 0, "12")] {
            #expect(Decimal(string: text)!.fixed(scale) == expected, "\(text) to \(scale)")
            #expect(Self.foundationFixed(Decimal(string: text)!, scale) == expected, "\(text) to \(scale)")
        }
    }
}

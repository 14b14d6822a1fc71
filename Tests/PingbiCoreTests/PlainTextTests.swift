import Foundation
import Testing
@testable import PingbiCore

/// `Decimal.plainText`'s fast path writes what `NSDecimalString` writes.
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
}

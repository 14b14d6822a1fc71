import Foundation
import Testing

@testable import PingbiCore

/// A decimal's sign, 64-bit significand and exponent read from its fields agree with
/// Foundation's own answers, and a fraction made from them equals the one made from the text.
@Suite struct DecimalPartsTests {
    @Test func theFieldsAreReadHere() {
        #expect(Decimal.fieldsAreReadable)
    }

    @Test func partsAgreeWithFoundation() throws {
        for text in ["0", "85.3", "-85.30", "1520", "0.000001", "-0.07", "102", "1e5", "-2.5E-20", "18446744073709551615", "123456.654321"] {
            let value = try #require(Decimal(string: text))
            let parts = try #require(value.smallParts)
            #expect(parts.negative == (value.sign == .minus), "\(text)")
            #expect(Decimal(parts.significand) == value.significand, "\(text)")
            #expect(parts.significand == 0 || parts.exponent == value.exponent, "\(text)")
        }
        #expect(Decimal(string: "18446744073709551616")!.smallParts == nil)
        #expect(Decimal.nan.smallParts == nil)
    }

    @Test func fractionsFromPartsAreExact() {
        #expect(Fraction(Decimal.exact("85.3")) == Fraction(853, 10))
        #expect(Fraction(Decimal.exact("-0.07")) == Fraction(-7, 100))
        #expect(Fraction(Decimal.exact("0.30")) == Fraction(3, 10))
        #expect(Fraction(Decimal(sign: .plus, exponent: 3, significand: 12)) == Fraction(12_000))
        #expect(Fraction(Decimal(string: "123456789012345678901234")!) == Fraction(Decimal(string: "123456789012345678901234")!))
        #expect(Fraction(Decimal(string: "123456789012345678901234")!).description == "123456789012345678901234")
    }
}

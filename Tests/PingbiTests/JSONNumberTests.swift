import Foundation
import Testing

@testable import PingbiReports

/// Numbers written into a JSON result's bytes read exactly as the decimal's plain text.
@Suite struct JSONNumberTests {
    @Test func numbersAreTheirPlainText() {
        var generator = SystemRandomNumberGenerator()
        var values = ["0", "80.3", "-20", "0.05", "1e5", "102", "-0.5", "6.402116", "100000000000000000000000"].map { Decimal(string: $0)! }
        for index in 0..<5_000 {
            let significand = UInt64.random(in: 0...(index % 2 == 0 ? 100_000 : UInt64.max), using: &generator)
            values.append(Decimal(sign: index % 3 == 0 ? .minus : .plus, exponent: Int.random(in: -25...8, using: &generator), significand: Decimal(significand)))
        }
        for value in values {
            var out = JSONBytes()
            out.appendNumber(value)
            #expect(String(decoding: out.bytes, as: UTF8.self) == value.plainText)
        }
    }
}

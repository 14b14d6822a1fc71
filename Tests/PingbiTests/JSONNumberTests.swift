import Foundation
import PingbiCore
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
            let out = JSONBytes()
            out.appendNumber(value)
            #expect(String(decoding: out.bytes, as: UTF8.self) == value.plainText)
        }
    }

    /// A value's parts read from where a row keeps it (``DecimalCells/smallParts(at:)``, without
    /// making the decimal) are the decimal's own, NaN and wide values included, and written
    /// from them the same text. Fails when the cell's sign or exponent is read wrong.
    @Test func partsReadFromCellsAreTheDecimals() {
        var generator = SystemRandomNumberGenerator()
        var values = ["0", "-0", "80.3", "-20", "0.05", "1e5", "-1e-40", "102", "65535.9", "281474976710655", "281474976710656", "18446744073709551616"]
            .map { Decimal(string: $0)! } + [Decimal.nan]
        for index in 0..<5_000 {
            let significand = UInt64.random(in: 0...(index % 2 == 0 ? 100_000 : UInt64.max), using: &generator)
            values.append(Decimal(sign: index % 3 == 0 ? .minus : .plus, exponent: Int.random(in: -45...25, using: &generator), significand: Decimal(significand)))
        }
        let cells = DecimalCells(values + [nil])
        for (index, value) in values.enumerated() {
            let read = cells.smallParts(at: index), own = value.smallParts
            #expect(read?.negative == own?.negative && read?.significand == own?.significand && read?.exponent == own?.exponent, "\(value)")
            guard let read else { continue }
            let out = JSONBytes()
            if !out.appendNumber(read) { out.appendNumber(value) }
            #expect(String(decoding: out.bytes, as: UTF8.self) == value.plainText)
        }
        #expect(cells.smallParts(at: values.count) == nil)
    }
}

import Foundation
import PingbiCore
import Testing

@testable import KaopingOffices111

/// A bonus item's points summed in whole hundredths equal the points by `Decimal` arithmetic,
/// as value and as text, and fall back to it where the hundredths would overflow.
@Suite struct BonusPointsTests {
    let item = LineActivity()

    @Test func hundredthsEqualDecimalArithmetic() {
        let weights = ["0.5", "0.2", "0.25", "0.01", "3", "0.125"].map(Decimal.exact)
        var generator = SystemRandomNumberGenerator()
        for index in 0..<2_000 {
            let counts = (0..<2).map { _ in Int.random(in: 0...(index % 2 == 0 ? 50 : 1_000_000_000), using: &generator) }
            let terms = [(count: counts[0], weight: weights[index % weights.count]), (count: counts[1], weight: weights[(index / 6) % weights.count])]
            let expected = terms.reduce(Decimal(0)) { $0 + Decimal($1.count) * $1.weight }
            let points = item.points(terms)
            #expect(points == expected)
            #expect(points.plainText == expected.plainText)
            #expect(Fraction(points) == Fraction(expected))
        }
        #expect(item.points([(count: 0, weight: Decimal.exact("0.5"))]).plainText == "0")
        #expect(item.points([(count: 5, weight: Decimal.exact("0.5")), (count: 3, weight: Decimal.exact("0.2"))]).plainText == "3.1")
    }

    @Test func overflowingHundredthsAreSummedAsDecimals() {
        let points = item.points([(count: Int.max, weight: Decimal.exact("0.5")), (count: Int.max, weight: Decimal.exact("0.2"))])
        #expect(points == Decimal(Int.max) * Decimal.exact("0.5") + Decimal(Int.max) * Decimal.exact("0.2"))
    }
}

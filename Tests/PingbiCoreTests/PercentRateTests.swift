import Foundation
import PingbiCore
import Testing

/// ``PercentRate`` on hand-checked counts.
@Suite struct PercentRateTests {
    @Test func aFiniteRate() {
        let rate = PercentRate(820, of: 1000)
        #expect(rate.exact == Fraction(82))
        #expect(rate.decimal == 82)
        #expect(rate.substitution == "820 ÷ 1000 × 100 = 82")
        #expect(PercentRate(1, of: 8).decimal == Decimal.exact("12.5"))
        // Not capped: more than the whole is over 100%.
        #expect(PercentRate(1150, of: 1000).exact == Fraction(115))
    }

    @Test func equalQuotientsTieExactly() {
        // 1190/1785 and 860/1290 are both 2/3: equal as fractions, whatever the Decimal's last digit.
        #expect(PercentRate(1190, of: 1785).exact == PercentRate(860, of: 1290).exact)
        #expect(PercentRate(1190, of: 1785).exact == Fraction(200, 3))
        #expect(PercentRate(2, of: 3).exact! < PercentRate(6667, of: 10000).exact!)
        #expect(PercentRate(2, of: 3).decimal!.rounded(2) == Decimal.exact("66.67"))
    }

    @Test func aZeroWholeIsUndefined() {
        let rate = PercentRate(5, of: 0)
        #expect(rate.isUndefined)
        #expect(rate.exact == nil && rate.decimal == nil && rate.substitution == nil)
        // A zero part of a whole is a rate of 0, not undefined.
        #expect(PercentRate(0, of: 7).exact == Fraction(0))
    }

    @Test func aPooledRateSumsEveryPartAndWhole() {
        // (1 + 2) ÷ (3 + 3) × 100 = 50, not the mean of 33.3… and 66.6….
        let pooled = PercentRate.pooled(parts: [1, 2], wholes: [3, 3])
        #expect(pooled.part == Fraction(3) && pooled.whole == Fraction(6) && pooled.rate == Fraction(50))
        #expect(PercentRate.pooled(parts: [4], wholes: [0, 0]).rate == nil)
        // Sums beyond Int do not overflow.
        let huge = PercentRate.pooled(parts: [Int.max, Int.max], wholes: [Int.max, Int.max, Int.max, Int.max])
        #expect(huge.rate == Fraction(50))
    }
}

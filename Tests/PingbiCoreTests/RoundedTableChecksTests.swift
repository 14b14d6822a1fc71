import Foundation
import Testing
@testable import PingbiCore

/// ``RoundedRate`` and ``RoundedSum``: a published table of rounded averages checked against
/// itself, worked on 附件七 111 (indigenous-112).
@Suite struct RoundedTableChecksTests {
    static let w = Decimal.exact("0.005")

    /// 臺東縣蘭嶼鄉: 662 ÷ 1,393, published 47.50%.
    @Test func aRateWithinItsCountsIsConsistent() {
        let check = RoundedRate(rate: .exact("47.50"), part: 662, whole: 1393, widening: Self.w)
        #expect(check.consistent)
        #expect(check.unwidenedLower == Decimal.exact("47.4704") && check.unwidenedUpper == Decimal.exact("47.5763"))
    }

    /// 合計: 23,728 ÷ 67,760 allows only 35.0167–35.0187; 35.02 is inside once widened by 0.005.
    @Test func theWideningAdmitsTheRoundedRate() {
        let check = RoundedRate(rate: .exact("35.02"), part: 23728, whole: 67760, widening: Self.w)
        #expect(check.consistent)
        #expect(!RoundedRate(rate: .exact("35.02"), part: 23728, whole: 67760, widening: 0).consistent)
    }

    /// 苗栗縣獅潭鄉: 12 ÷ 47, few people, a wide interval.
    @Test func theBoundsAreShownToFourDecimals() {
        let check = RoundedRate(rate: .exact("25.23"), part: 12, whole: 47, widening: Self.w)
        #expect(check.lower == Decimal.exact("24.2055") && check.upper == Decimal.exact("26.8867"))
    }

    @Test func aRateOutsideItsCountsIsNot() {
        #expect(!RoundedRate(rate: .exact("48.50"), part: 662, whole: 1393, widening: Self.w).consistent)
        #expect(!RoundedRate(rate: .exact("46.50"), part: 662, whole: 1393, widening: Self.w).consistent)
    }

    /// A whole of 0 leaves the upper end at 100.
    @Test func aZeroWholeAllowsUpToAHundred() {
        let check = RoundedRate(rate: 0, part: 0, whole: 0, widening: Self.w)
        #expect(check.consistent && check.upper == Decimal.exact("100.005"))
    }

    /// 合計 本期應繳 67,760 against 55 areas summing to 67,761: 1 ≤ (55 + 1) × 0.5 = 28.
    @Test func aTotalWithinRoundingIsConsistent() {
        let check = RoundedSum(total: 67760, parts: [67761] + Array(repeating: 0, count: 54))
        #expect(check.sum == 67761 && check.difference == -1 && check.tolerance == 28 && check.consistent && check.count == 55)
    }

    /// Three parts allow a difference of 2, not 3.
    @Test func theToleranceIsHalfAUnitPerValue() {
        #expect(RoundedSum(total: 32, parts: [10, 10, 10]).consistent)
        #expect(!RoundedSum(total: 27, parts: [10, 10, 10]).consistent)
        #expect(RoundedSum(total: 27, parts: [10, 10, 10]).difference == -3)
    }

    /// Sums of many large counts stay exact.
    @Test func largeSumsAreExact() {
        let parts = Array(repeating: 1_000_000_000_000, count: 1000)
        #expect(RoundedSum(total: 0, parts: parts).sum == Decimal.exact("1000000000000000"))
    }
}

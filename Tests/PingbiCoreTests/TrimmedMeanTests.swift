import Foundation
import PingbiCore
import Testing

/// ``TrimmedMean`` on hand-checked panel scores.
@Suite struct TrimmedMeanTests {
    /// Scores from their decimal texts.
    func scores(_ texts: String...) -> [Decimal] { texts.map { Decimal.exact($0) } }

    @Test func thePlainMeanKeepsEveryScore() throws {
        let mean = try #require(TrimmedMean(scores("80", "85", "90", "75", "88")))
        #expect(mean.kept == scores("80", "85", "90", "75", "88"))
        #expect(mean.droppedHighest.isEmpty && mean.droppedLowest.isEmpty)
        #expect(mean.value == Decimal.exact("83.6"))
        #expect(mean.exact == Fraction(418, 5))
    }

    @Test func theTrimDropsOneHighestAndOneLowest() throws {
        let mean = try #require(TrimmedMean(scores("80", "85", "90", "75", "88"), trim: 1))
        #expect(mean.kept == scores("80", "85", "88"))
        #expect(mean.droppedHighest == [90] && mean.droppedLowest == [75])
        // 253/3: the shown Decimal is the 38-digit quotient, the exact mean the fraction.
        #expect(mean.value == Decimal(253) / Decimal(3))
        #expect(mean.exact == Fraction(253, 3))
        var explanation = Explanation("平均")
        mean.explain(&explanation)
        #expect(explanation.lines[1] == "  數值：去掉最高 90、最低 75")
        #expect(explanation.lines[2].hasPrefix("  代入：(80 + 85 + 88) ÷ 3 = 253 ÷ 3 = 84.333333333"))
        #expect(explanation.lines.count == 4)
    }

    @Test func aTieAtTheTopDropsOnlyOneOfThem() throws {
        // Three 100s: one is dropped, two stay; the lowest (70) goes.
        let mean = try #require(TrimmedMean(scores("100", "100", "80", "70", "100"), trim: 1))
        #expect(mean.kept == scores("100", "80", "100"))
        #expect(mean.exact == Fraction(280, 3))
        // Every score equal: the mean is that score, whatever is dropped.
        #expect(TrimmedMean(scores("90", "90", "90", "90", "90"), trim: 1)?.exact == Fraction(90))
    }

    @Test func theExactMeanTellsApartWhatTheDecimalCannot() throws {
        // Sums that differ only in the 38th digit: the Decimal means may round alike, the
        // exact means never do.
        let a = try #require(TrimmedMean(scores("0", "1", "2", "0.0000000000000000000000000000000000001", "3"), trim: 1))
        let b = try #require(TrimmedMean(scores("0", "1", "2", "0", "3"), trim: 1))
        #expect(a.exact > b.exact)
        #expect(a.exact - b.exact == Fraction(Decimal.exact("0.0000000000000000000000000000000000001")) / Fraction(3))
    }

    @Test func tooFewScoresHaveNoMean() {
        #expect(TrimmedMean([]) == nil)
        #expect(TrimmedMean(scores("80", "90"), trim: 1) == nil)
        #expect(TrimmedMean(scores("80", "90", "70"), trim: 1)?.kept == [80])
    }
}

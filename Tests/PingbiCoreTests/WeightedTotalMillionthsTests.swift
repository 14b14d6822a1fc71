import Foundation
import Testing

@testable import PingbiCore

/// The weighted total summed as whole millionths (a run without explanations) equals the total
/// summed as fractions (a run with them), and leaves to the fractions what it cannot hold.
@Suite struct WeightedTotalMillionthsTests {
    func score(_ value: Decimal) -> ItemScore {
        ItemScore(unit: "甲", a: nil, score: Fraction(value), value: value, aExplanation: nil, explanation: Explanation("S"))
    }

    @Test func millionthsEqualTheFractionSum() {
        let weights = [("S1", "0.30"), ("S2", "0.15"), ("S3", "0.20"), ("S4", "0.15"), ("S5", "0.20")].map {
            WeightedTotal.Weight(id: $0.0, Decimal.exact($0.1))
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // Item scores of one decimal from −20 to 100 (item (4) has no floor), bonuses of one decimal.
            let weighted = weights.map { _ in score(Decimal(Int.random(in: -200...1000, using: &generator)) / 10) }
            let bonus = (0..<3).map { _ in score(Decimal(Int.random(in: 0...40, using: &generator)) / 10) }
            let exact = WeightedTotal.compute(weighted: weighted, weights: weights, bonus: bonus, bonusIDs: ["S6", "S7", "S8"], rounding: .items)
            let fast = Explanation.silently {
                WeightedTotal.compute(weighted: weighted, weights: weights, bonus: bonus, bonusIDs: ["S6", "S7", "S8"], rounding: .items)
            }
            #expect(fast.value == exact.value)
            #expect(fast.value.plainText == exact.value.plainText)
        }
    }

    @Test func moreDecimalsAreLeftToFractions() {
        let weights = [WeightedTotal.Weight(id: "S1", Decimal.exact("0.3333"))]
        #expect(WeightedTotal.millionths(weighted: [score(80)], weights: weights, bonus: []) == nil)
        #expect(WeightedTotal.millionths(weighted: [score(Decimal.exact("80.25"))], weights: [WeightedTotal.Weight(id: "S1", 1)], bonus: [score(Decimal.exact("0.5"))])
            == Fraction(8075, 100))
        #expect(Explanation.silently {
            WeightedTotal.compute(weighted: [score(80)], weights: weights, bonus: [], bonusIDs: [], rounding: .items).value
        } == Decimal.exact("26.7"))
    }
}

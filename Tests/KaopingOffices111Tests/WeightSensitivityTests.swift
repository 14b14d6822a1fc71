import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// `pingbi sensitivity`'s weight section on kaoping-111's weights.
@Suite struct WeightSensitivityTests {
    @Test func aShiftScalesTheOthersAndKeepsTheSumExactlyOne() throws {
        let items = Kaoping111().weightedItems
        let weights = try #require(WeightSensitivity.shifted(items, item: "S1", by: Decimal.exact("0.10")))
        #expect(weights["S1"] == Decimal.exact("0.40"))
        // 0.15 × 0.6 / 0.7 = 0.128571… → 0.1286; 0.20 × 0.6 / 0.7 = 0.171428… → 0.1714.
        #expect(weights["S2"] == Decimal.exact("0.1286"))
        #expect(weights["S3"] == Decimal.exact("0.1714"))
        #expect(weights["S4"] == Decimal.exact("0.1286"))
        #expect(weights["S5"] == Decimal.exact("0.1714"))
        #expect(weights.values.reduce(0, +) == 1)
        #expect(WeightSensitivity.shifted(items, item: "S2", by: Decimal.exact("-0.20")) == nil)
    }

    /// Reweighting replaces the entries given and keeps the others, as for every program whose
    /// weights are a table by item id (before, the table was replaced whole and an evaluation
    /// of `reweighted(["S1": …])` stopped on S2's missing weight).
    @Test func reweightingOneItemKeepsTheOthers() throws {
        let reweighted = try #require(Kaoping111().reweighted(["S1": Decimal.exact("0.40")]) as? Kaoping111)
        #expect(reweighted.weights == [
            "S1": Decimal.exact("0.40"), "S2": Decimal.exact("0.15"), "S3": Decimal.exact("0.20"), "S4": Decimal.exact("0.15"),
            "S5": Decimal.exact("0.20"),
        ])
        let context = EvaluationContext(data: try AwardGapTests.data.write())
        let evaluated = try Kaoping111().weightEvaluator(context)(["S1": Decimal.exact("0.40")])
        #expect(evaluated.outcomes == (try reweighted.evaluate(context)).outcomes)
    }

    @Test func everyAwardOfAGroupDecidedByOneItemStandsWhateverTheWeights() throws {
        // Group 4 of AwardGapTests: only 宣導 differs, so every weight vector keeps the order.
        let context = EvaluationContext(data: try AwardGapTests.data.write())
        let analysis = try WeightSensitivity.analyse(Kaoping111(), context: context, samples: 20, seed: 7)
        #expect(analysis.shifts == 20)
        // Four 菁英獎 and, with every 行動量 at 0, 戊鄉's 行動服務貢獻獎.
        #expect(analysis.awards.map { "\($0.outcome.policy) \($0.outcome.unit)" }
            == ["elite 甲鄉", "elite 乙鄉", "elite 丙鄉", "elite 丁鄉", "mobile 戊鄉"])
        #expect(analysis.awards.allSatisfy { $0.shiftsStanding == 20 && $0.samplesStanding == 20 && $0.movedBy.isEmpty })
        #expect(analysis.newcomers.isEmpty)
    }

    @Test func aCloseRaceMovesWithTheWeights() throws {
        // 丁鄉 leads 戊鄉 on 宣導 (4 against 2) but trails it on 無紙化: which one is fourth
        // depends on the weights of items (2) and (4).
        var data = AwardGapTests.data
        data.activity["戊鄉"]![2]![.autoDebit] = 3
        data.activity["丁鄉"]![2]![.autoDebit] = 1
        let analysis = try WeightSensitivity.analyse(Kaoping111(), context: EvaluationContext(data: data.write()), samples: 40, seed: 3)
        let elite = analysis.awards.filter { $0.outcome.policy == "elite" }
        let fourth = try #require(elite.first { $0.outcome.unit == "丁鄉" || $0.outcome.unit == "戊鄉" })
        let other = try #require(analysis.newcomers.first { $0.outcome.policy == "elite" })
        #expect(fourth.outcome.unit != other.outcome.unit)
        #expect(fourth.shiftsStanding < 20)
        #expect(!fourth.movedBy.isEmpty)
        // Every shift gives the fourth place to one of them (both where they tie at the cut).
        #expect(fourth.shiftsStanding + other.shiftsStanding >= 20)
    }
}

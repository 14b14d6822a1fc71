import Foundation
import PingbiCore
import Testing
@testable import NationalPension112

/// pension-staff-112's weights (附件四 一、1.(3)): stored on the program with the document's
/// values as defaults, moved by `pingbi sensitivity`'s weight section.
@Suite struct StaffWeightTests {
    @Test func theDefaultsAreTheDocumentsWeights() {
        let program = PensionStaff112()
        #expect(program.weights == [
            "r_change": Decimal.exact("0.4"), "r_success": Decimal.exact("0.25"), "r_paid": Decimal.exact("0.2"),
            "r_completion": Decimal.exact("0.15"),
        ])
        #expect(program.weightedItems.map(\.title) == ["收繳率消長排名", "訪視成功率排名", "訪視後補繳率排名", "訪視完成率排名"])
        #expect(program.weightedItems.map(\.weight).reduce(0, +) == 1)
    }

    @Test func theDocumentsWeightsGiveTheSameResultAsBefore() throws {
        var explicit = PensionStaff112()
        explicit.weights = StaffScore.documentWeights
        let result = try Fixture.runSample(explicit)
        #expect(result == (try Fixture.runSample(PensionStaff112())))
        // As pinned by the golden files: 臺中市 (3,1,2,5) → 1.2 + 0.25 + 0.4 + 0.75 = 2.6.
        let taichung = try #require(result.unit(named: "臺中市"))
        #expect(taichung.values["score"] == Decimal.exact("2.6"))
        #expect(taichung.explanations["score"]?.steps.contains { $0.text == "積分 = 0.4×收繳率消長排名 + 0.25×訪視成功率排名 + 0.2×訪視後補繳率排名 + 0.15×訪視完成率排名" } == true)
    }

    @Test func aShiftedWeightScalesTheOthersAndScoresExactly() throws {
        let program = PensionStaff112()
        let weights = try #require(WeightSensitivity.shifted(program.weightedItems, item: "r_change", by: Decimal.exact("-0.10")))
        // The others × 0.7 / 0.6: 0.25 → 0.291666… → 0.2917, 0.2 → 0.2333, and the last takes 1 − 0.3 − 0.2917 − 0.2333 = 0.175.
        #expect(weights == [
            "r_change": Decimal.exact("0.3"), "r_success": Decimal.exact("0.2917"), "r_paid": Decimal.exact("0.2333"),
            "r_completion": Decimal.exact("0.175"),
        ])
        let result = try Fixture.runSample(program.reweighted(weights))
        // 臺中市 (3,1,2,5): 0.9 + 0.2917 + 0.4666 + 0.875; 新北市 (5,3,1,1): 1.5 + 0.8751 + 0.2333 + 0.175;
        // 高雄市 (2,2,6,2): 0.6 + 0.5834 + 1.3998 + 0.35. 新北市 passes 高雄市.
        #expect(result.unit(named: "臺中市")?.values["score"] == Decimal.exact("2.5333"))
        #expect(result.unit(named: "新北市")?.values["score"] == Decimal.exact("2.7834"))
        #expect(result.unit(named: "高雄市")?.values["score"] == Decimal.exact("2.9332"))
        #expect(result.unit(named: "新北市")?.rank == 2)
        #expect(result.unit(named: "高雄市")?.rank == 3)
        #expect(result.outcomes(of: "staff-award").first { $0.unit == "新北市" }?.perPerson == 4000)
    }

    /// Weights where (1,2,2,1) and (1,1,1,4) still sum alike (w₂ + w₃ = 3·w₄), with four
    /// decimals that binary floating point does not hold: the two counties still tie.
    @Test func ranksTieExactlyUnderOtherWeights() throws {
        var program = PensionStaff112()
        program.weights = [
            "r_change": Decimal.exact("0.3332"), "r_success": Decimal.exact("0.2857"), "r_paid": Decimal.exact("0.2144"),
            "r_completion": Decimal.exact("0.1667"),
        ]
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(a: PensionStaffTests.tieA)))
        let result = try Fixture.run(program, folder)
        #expect(result.unit(named: "臺北市")?.values["score"] == Decimal.exact("1.5001"))
        #expect(result.unit(named: "新北市")?.values["score"] == Decimal.exact("1.5001"))
        #expect(result.unit(named: "臺北市")?.rank == 1)
        #expect(result.unit(named: "新北市")?.rank == 1)
        #expect(result.unit(named: "桃園市")?.rank == 3)
    }

    @Test func theWeightSectionOnTheSample() throws {
        let analysis = try WeightSensitivity.analyse(PensionStaff112(), context: EvaluationContext(data: DataSource(sampleOf: PensionStaff112())))
        #expect(analysis.shifts == 16)
        #expect(analysis.samples == 200)
        let awards = analysis.awards.filter { $0.outcome.policy == "staff-award" }
        #expect(awards.count == 11)
        let taichung = try #require(awards.first { $0.outcome.unit == "臺中市" })
        #expect(taichung.shiftsStanding == 13)
        #expect(taichung.samplesStanding == 140)
        #expect(taichung.movedBy.map { "\($0.item) \($0.points)" } == ["r_paid -10", "r_paid -5", "r_completion 10"])
        let nantou = try #require(awards.first { $0.outcome.unit == "南投縣" })
        #expect(nantou.shiftsStanding == 16 && nantou.samplesStanding == 198)
    }
}

import Foundation
import KaopingOffices111
import PingbiCore
import PingbiTesting
import Testing

/// The worked 112 edition (Kaoping112.swift) on its sample (Kaoping112Sample.swift): every
/// difference it states takes effect, and nothing else changes.
///
/// 屏東縣潮州鎮 by hand from the sample (its offices.csv average puts it in the new 第二組 of 10
/// offices; the sums are over 112-02..112-09):
/// - (9) A = 51, 第二組 ΣA = 481: ((10×51 − 481)×10)/481 + 80 = 80 + 290/481 = 80.603… → 80.6.
/// - (4) ×10 as settled: A = 13, ΣA = 159: ((10×13 − 159)×10)/159 + 80 = 80 − 290/159 = 78.176… → 78.2.
/// - (2) A = 158, ΣA = 1317: 80 + 2630/1317 = 81.997… → 82.0; (3) A = 50, ΣA = 288: 80 + 2120/288 = 87.36… → 87.4.
/// - (6) 3×0.5 + 8×0.2 = 3.1, at most 3 as settled: 3; (8) a 製卡 site: 286×0.01 = 2.86 → 2.9; no (7).
/// - 協助件數 counts 行動支付件數 (51) and no longer 跨區收件 (8): 543 − 8 + 51 = 586.
@Suite struct Kaoping112Tests {
    let edition = kaopingPrograms[0]

    func run(_ readings: [String: String] = [:]) throws -> ProgramResult {
        try edition.sampleResult(readings)
    }

    func chaozhou(_ result: ProgramResult) throws -> UnitResult {
        try #require(result.units.first { $0.unit == "屏東縣潮州鎮" })
    }

    @Test func runsOnItsOwnSampleUnderItsIDAndPeriod() throws {
        let result = try run()
        #expect(result.program == "kaoping-112")
        #expect(result.title.hasPrefix("112年度"))
        #expect(result.units.count == 77)
        #expect(result.period?.description == "112-02..112-09")
        #expect(!result.provisional)
        #expect(!result.warnings.contains { $0.contains("與計畫所列") })
    }

    @Test func theNewColumnIsPartOfTheInputContract() throws {
        let activity = try #require(edition.inputs.first { $0.fileName == "activity.csv" })
        #expect(activity.columns.contains { $0.name == "行動支付件數" && $0.required })
        #expect(!activity.columns.contains { $0.name == "跨區收件" })
        #expect(edition.inputs.first { $0.fileName == "offices.csv" }?.columns.map(\.name).contains("111年月平均異動筆數") == true)
        let base = try #require(Kaoping111().inputs.first { $0.fileName == "activity.csv" })
        #expect(base.columns.contains { $0.name == "跨區收件" })
        #expect(!base.columns.contains { $0.name == "行動支付件數" })
        // A 112 file without the new column is refused, naming it.
        let sample = Kaoping112Sample.folder
        let offices = try String(contentsOf: sample.appendingPathComponent("offices.csv"), encoding: .utf8)
        let lines = try String(contentsOf: sample.appendingPathComponent("activity.csv"), encoding: .utf8).split(separator: "\n")
        let withoutColumn = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }
        let folder = try temporaryFolder(holding: ["offices.csv": offices, "activity.csv": withoutColumn.joined(separator: "\n") + "\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try edition.evaluate(EvaluationContext(data: DataSource(path: folder.path)))
        } throws: { error in
            "\(error)".contains("行動支付件數")
        }
    }

    @Test func theRemovedItemIsGoneEverywhere() throws {
        #expect(edition.indicators.map(\.id) == ["S1", "S2", "S3", "S4", "S5", "S9", "S6", "S8"])
        #expect(kaoping112.columns.map(\.key) == [
            "A1", "A2", "A3", "A4", "A5", "A9", "S1", "S2", "S3", "S4", "S5", "S9", "S6", "S8", "total", "assist", "mobile",
        ])
        let unit = try chaozhou(try run())
        #expect(unit.values["S7"] == nil)
        #expect(unit.values["assist"] == 586)
        #expect(unit.explanations["assist"]?.lines.contains { $0.contains("行動支付件數 = 51") } == true)
        #expect(unit.explanations["total"]?.steps.first?.text
            == "總得分 = S1×0.25 + S2×0.15 + S3×0.2 + S4×0.15 + S5×0.2 + S9×0.05 + S6 + S8")
    }

    @Test func groupsFollowTheNewBounds() throws {
        let result = try run()
        #expect(["1", "2", "3", "4"].map { group in result.units.filter { $0.group == group }.count } == [10, 10, 25, 32])
        #expect(try chaozhou(result).group == "2")
        #expect(result.groupTitles["4"] == "第四組")
    }

    @Test func bothAwardsFollowTheNewPlaces() throws {
        let result = try run()
        let elite = result.outcomes(of: "elite")
        #expect(["1", "2", "3", "4"].map { group in
            elite.filter { outcome in result.units.first { $0.unit == outcome.unit }?.group == group }.count
        } == [2, 4, 4, 5])
        #expect(result.outcomes(of: "mobile").count == 3)
        let clauses = Dictionary(uniqueKeysWithValues: edition.policies.map { ($0.id, $0.clause) })
        #expect(clauses["elite"]?.contains("第一分組錄取前 2 名，第二、三分組各錄取前 4 名，第四分組錄取前 5 名，合計錄取 15 家") == true)
        #expect(clauses["mobile"]?.contains("加總前12名公所中，不分組別錄取得分最高前 3名") == true)
    }

    @Test func settledReadingsAreNoLongerChoices() throws {
        let names = edition.readings.map(\.name)
        #expect(!names.contains("promotion-factor") && !names.contains("line-cap"))
        #expect(names == Kaoping111().readings.map(\.name).filter { $0 != "promotion-factor" && $0 != "line-cap" })
        let result = try run(["line-cap": "2", "promotion-factor": "100"])
        #expect(!result.readings.contains { $0.reading.name == "line-cap" || $0.reading.name == "promotion-factor" })
        let unit = try chaozhou(result)
        #expect(unit.values["S6"] == 3)
        #expect(unit.values["S4"] == Decimal.exact("78.2"))
    }

    /// Weight sensitivity moves the edition's weights, not its settled readings (a reweighted
    /// edition once lost them).
    @Test func aReweightedEditionKeepsItsSettledReadings() throws {
        let weighted = try #require(edition as? any WeightedProgram)
        var weights = kaoping112.weights
        weights["S1"] = Decimal.exact("0.30")
        weights["S2"] = Decimal.exact("0.10")
        let reweighted = weighted.reweighted(weights)
        #expect(reweighted.id == "kaoping-112")
        #expect(!reweighted.readings.contains { $0.name == "line-cap" })
        let context = EvaluationContext(data: DataSource(sampleOf: edition))
        let unit = try chaozhou(try reweighted.evaluate(context))
        #expect(unit.values["S6"] == 3)
        #expect(unit.values["S4"] == Decimal.exact("78.2"))
        let evaluated = try weighted.weightEvaluator(context)(weights)
        #expect(evaluated.outcomes == (try reweighted.evaluate(context)).outcomes)
        #expect(evaluated.readings.map(\.reading.name) == reweighted.readings.map(\.name))
    }

    @Test func chaozhouByHand() throws {
        let unit = try chaozhou(try run())
        #expect(unit.values["A9"] == 51)
        #expect(unit.values["S9"] == Decimal.exact("80.6"))
        #expect(unit.values["S2"] == Decimal.exact("82"))
        #expect(unit.values["S3"] == Decimal.exact("87.4"))
        #expect(unit.values["S8"] == Decimal.exact("2.9"))
        // The total from the items in force and the 112 weights, rounded once.
        let s1 = try #require(unit.values["S1"]), s5 = try #require(unit.values["S5"])
        let sum = Decimal.exact("0.25") * s1 + Decimal.exact("0.15") * Decimal.exact("82") + Decimal.exact("0.2") * Decimal.exact("87.4")
            + Decimal.exact("0.15") * Decimal.exact("78.2") + Decimal.exact("0.2") * s5 + Decimal.exact("0.05") * Decimal.exact("80.6")
            + 3 + Decimal.exact("2.9")
        #expect(unit.values["total"] == sum.rounded(1))
    }

    /// The edition is not registered, so the shared example test does not see it: its examples
    /// (the new item's, and the awards' on the places in force) are run here.
    @Test(arguments: ExampleCase.all(of: kaopingPrograms))
    func everyExampleOfTheEditionHolds(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

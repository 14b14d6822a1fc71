import Foundation
import KaopingOffices111
import PingbiCore
import PingbiTesting
import Testing

/// The worked 112 edition on the shipped 111 sample. 屏東縣潮州鎮 (第二組) by hand from
/// `Sample/activity.csv` (its 111 items are checked in KaopingOffices111Tests/SampleTests):
/// - S1 76.5, S2 82.3, S3 88.0, S4 66.1, S5 80.0; (6) 3.1 → 2 under 111's ≦2, 3 under 112's ≦3;
///   (7) 1.6; (8) 2.9.
/// - (9) A = 行動量 159; 第二組 行動量 188+168+231+226+113+152+123+159+209+216+205 = 1990, n = 11:
///   ((11×159 − 1990)×10)/1990 + 80 = 80 − 2410/1990 = 78.788… → 78.8.
/// - 111: 0.3×76.5 + 0.15×82.3 + 0.2×88 + 0.15×66.1 + 0.2×80 + 2 + 1.6 + 2.9
///   = 22.95 + 12.345 + 17.6 + 9.915 + 16 + 6.5 = 85.31 → 85.3.
/// - 112: 0.25×76.5 + 0.15×82.3 + 0.2×88 + 0.15×66.1 + 0.2×80 + 0.05×78.8 + 3 + 1.6 + 2.9
///   = 19.125 + 12.345 + 17.6 + 9.915 + 16 + 3.94 + 7.5 = 86.425 → 86.4.
/// - 高雄市鳥松區 (第二組, 行動量 231): ((11×231 − 1990)×10)/1990 + 80 = 80 + 5510/1990 = 82.768… → 82.8.
@Suite struct Kaoping112Tests {
    let edition = kaopingPrograms[0]

    func run(_ program: any Program, _ readings: [String: String] = [:]) throws -> ProgramResult {
        let data = DataSource(sampleOf: program)
        return try program.evaluate(EvaluationContext(data: data, readings: ReadingChoices(readings)))
    }

    func values(_ result: ProgramResult, _ unit: String) -> [String: Decimal] {
        result.units.first { $0.unit == unit }?.values ?? [:]
    }

    @Test func isItsOwnProgramOnTheBaseSample() throws {
        #expect(kaopingPrograms.map(\.id) == ["kaoping-112"])
        let result = try run(edition)
        #expect(result.program == "kaoping-112")
        #expect(result.title.hasPrefix("112年度"))
        #expect(result.units.count == 77)
        #expect(edition.sampleData == Kaoping111().sampleData)
    }

    @Test func weightsCoverEveryItemAndSumToOneHundredPercent() {
        #expect(kaoping112.weightSum == 1)
        #expect(Kaoping111().weightSum == 1)
        #expect(Set(kaoping112.items.map(\.id)) == Set(kaoping112.weights.keys))
        #expect(kaoping112.weights["S1"] == Decimal(25) / 100)
        #expect(kaoping112.weights["S9"] == Decimal(5) / 100)
    }

    @Test func columnTitlesAndTheTotalQuoteTheNewWeights() throws {
        let titles = Dictionary(uniqueKeysWithValues: kaoping112.columns.map { ($0.key, $0.title) })
        #expect(titles["S1"] == "(1)申辦率25%")
        #expect(titles["S9"] == "(9)行動服務5%")
        #expect(titles["A9"] == "行動服務A")
        #expect(titles["S6"] == "(6)LINE")
        #expect(Kaoping111().columns.first { $0.key == "S1" }?.title == "(1)申辦率30%")
        #expect(kaoping112.columns.map(\.key) == [
            "A1", "A2", "A3", "A4", "A5", "A9", "S1", "S2", "S3", "S4", "S5", "S9", "S6", "S7", "S8", "total", "assist", "mobile",
        ])
        let result = try run(edition)
        let unit = try #require(result.units.first { $0.unit == "屏東縣潮州鎮" })
        #expect(unit.explanations["total"]?.steps.first?.text
            == "總得分 = S1×0.25 + S2×0.15 + S3×0.2 + S4×0.15 + S5×0.2 + S9×0.05 + S6 + S7 + S8")
        #expect(unit.explanations["S1"]?.title == "S1 健保櫃檯承保申辦率（25%）")
        #expect(unit.explanations["S9"]?.title == "S9 行動服務量（5%）")
        #expect(result.notes.contains { $0.hasSuffix("以 15% 計，本項對總分的影響可達 18 分，為其他任何項目（如項目(1) 25% × 70～100 = 7.5 分）的 2.4 倍") })
    }

    @Test func chaozhouUnder112AgainstUnder111() throws {
        let edition = values(try run(edition), "屏東縣潮州鎮")
        let base = values(try run(Kaoping111()), "屏東縣潮州鎮")
        #expect(base["total"] == Decimal.exact("85.3"))
        #expect(base["S6"] == 2)
        #expect(base["S9"] == nil)
        #expect(edition["S1"] == Decimal.exact("76.5"))
        #expect(edition["A9"] == 159)
        #expect(edition["S9"] == Decimal.exact("78.8"))
        #expect(edition["S6"] == 3)
        #expect(edition["total"] == Decimal.exact("86.4"))
        for key in ["S1", "S2", "S3", "S4", "S5", "S7", "S8", "assist", "mobile"] { #expect(edition[key] == base[key], "\(key)") }
        #expect(values(try run(self.edition), "高雄市鳥松區")["S9"] == Decimal.exact("82.8"))
    }

    @Test func lineCapIsNoLongerAReading() throws {
        #expect(!kaoping112.readings.map(\.name).contains("line-cap"))
        #expect(Kaoping111().readings.map(\.name).contains("line-cap"))
        let result = try run(edition, ["line-cap": "2"])
        #expect(!result.readings.map(\.reading.name).contains("line-cap"))
        #expect(values(result, "屏東縣潮州鎮")["S6"] == 3)
        let line = try #require(result.units.first { $0.unit == "屏東縣潮州鎮" }?.explanations["S6"])
        #expect(line.steps.contains { $0.text == "文字交流×0.5 + 已讀回應×0.2，上限 3 分" })
    }

    @Test func inheritsEverythingElse() throws {
        #expect(edition.indicators.map(\.id) == ["S1", "S2", "S3", "S4", "S5", "S9", "S6", "S7", "S8"])
        #expect(edition.policies.map(\.id) == Kaoping111().policies.map(\.id))
        #expect(edition.inputs.map(\.fileName) == Kaoping111().inputs.map(\.fileName))
        #expect(edition.readings.map(\.name) == Kaoping111().readings.map(\.name).filter { $0 != "line-cap" })
        let result = try run(edition)
        #expect(result.outcomes.filter { $0.policy == "elite" }.count == 14)
    }

    /// The edition is not registered, so the shared example test does not see it: its examples
    /// (the new item's, and item (6)'s under the fixed cap) are run here.
    @Test func theEditionHasItsExamples() {
        #expect(ExampleCase.all(of: [edition]).count > 50)
    }

    @Test(arguments: ExampleCase.all(of: kaopingPrograms))
    func everyExampleOfTheEditionHolds(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

import Foundation
import PingbiCore
import PingbiTesting
import Testing

/// The brand-new program of docs/new-year.md on its sample, hand-checked, with its rules and
/// its errors.
@Suite struct DivisionRankingTests {
    let program = DivisionRanking()

    func run(_ readings: [String: String] = [:]) throws -> ProgramResult {
        try program.sampleResult(readings)
    }

    @Test(arguments: ExampleCase.all(of: [DivisionRanking()]))
    func exampleHolds(_ testCase: ExampleCase) throws {
        try testCase.check()
    }

    @Test func everyItemAndAwardHasExamples() {
        #expect(ExampleCase.documented(program).map(\.id) == ["S1", "S2", "S3", "excellence", "star"])
        #expect(ExampleCase.documented(program).allSatisfy { !$0.examples.isEmpty })
    }

    /// 第一組 B = 100 for both counts: 甲 S1 = 85, S2 = 75; 乙 80, 80; 丙 79, 83; 丁 76, 82.
    /// 第二組 臨櫃 B = 700/3, 線上 B = 200: 戊 82.9, 75; 己 76.4, 80; 庚 80.7, 85.
    @Test func totalsOnTheSampleAreTheHandChecked() throws {
        let result = try run()
        let rows = result.units.map { "\($0.group!) \($0.rank!) \($0.unit) \($0.values["S1"]!) \($0.values["S2"]!) \($0.values["S3"]!) \($0.values["total"]!)" }
        #expect(rows == [
            "1 1 丙區公所 79 83 95 85.2",    // 27.65 + 29.05 + 28.5 = 85.2
            "1 2 乙區公所 80 80 90 83",      // 28 + 28 + 27 = 83.0
            "1 2 甲區公所 85 75 90 83",      // 29.75 + 26.25 + 27 = 83.0, 滿意度 90 too: tied
            "1 4 丁區公所 76 82 85 80.8",    // 26.6 + 28.7 + 25.5 = 80.8
            "2 1 庚區公所 80.7 85 91.2 85.4",  // 28.245 + 29.75 + 27.36 = 85.355 → 85.4
            "2 2 己區公所 76.4 80 96 83.5",    // 26.74 + 28 + 28.8 = 83.54 → 83.5
            "2 3 戊區公所 82.9 75 88.5 81.8",  // 29.015 + 26.25 + 26.55 = 81.815 → 81.8
        ])
        let s1 = try #require(result.unit(named: "戊區公所")?.explanations["S1"])
        #expect(s1.lines.contains { $0.contains("((3 × 300 − 700) × 10) / 700 + 80") })
        #expect(result.columns.map(\.title) == ["臨櫃服務量35%", "線上申辦量35%", "民眾滿意度30%", "總得分"])
        #expect(result.isSample && result.notes.first == "範例資料：公所名稱與件數皆為虛構，不是實際成績")
    }

    @Test func theTieAtTheCutIsIncludedByDefault() throws {
        let result = try run()
        #expect(result.outcomes.map { "\($0.policy):\($0.unit)" } == [
            "excellence:丙區公所", "excellence:甲區公所", "excellence:乙區公所", "excellence:庚區公所", "excellence:己區公所", "star:己區公所",
        ])
        #expect(result.warnings == ["績優公所第一組名額 2 名，因切線同分錄取 3 名"])
        #expect(result.vacancies.isEmpty)
    }

    @Test func underReferTheTiedOfficesGoToThePanel() throws {
        let result = try run(["cut-ties": "refer"])
        #expect(result.outcomes.map { "\($0.policy):\($0.unit)" } == [
            "excellence:丙區公所", "tied-at-cut:甲區公所", "tied-at-cut:乙區公所", "excellence:庚區公所", "excellence:己區公所", "star:己區公所",
        ])
        #expect(result.outcomes(of: "tied-at-cut").map(\.reason) == Array(repeating: "第一組第 2 名同分（總得分與滿意度皆同），名額 2 名，交評審決定", count: 2))
        #expect(result.policyTitles["tied-at-cut"] == "切線同分（交評審）")
        #expect(result.warnings.isEmpty)
    }

    @Test func aHigherBarLeavesTheStarVacant() throws {
        var strict = program
        strict.star.bar = .atLeast(97)
        let result = try strict.sampleResult()
        #expect(result.outcomes(of: "star").isEmpty)
        #expect(result.vacancies == [Vacancy("服務之星從缺：無公所滿意度達 97%。", policy: "star", places: 1...1)])
    }

    @Test func rulesReadLikeTheDocument() throws {
        let rules = RulesDocument(program)
        #expect(rules.entries.map { "\($0.section.title)｜\($0.title)" } == [
            "計畫｜名稱", "輸入資料｜offices.csv（公所服務成果）", "評比項目｜臨櫃服務量", "評比項目｜線上申辦量", "評比項目｜民眾滿意度",
            "獎項與名單｜績優公所", "獎項與名單｜服務之星", "解讀（文件未明之處的選擇）｜名額切線同分",
        ])
        let counter = try #require(rules.entries.first { $0.key == "S1" })
        #expect(counter.text == "原始得分 A：評比期間之臨櫃件數；組平均 B：組內各公所 A 之平均；本項得分＝〔(A−B)/B〕×10＋80，最高 100 分。\n權重：35%")
        var next = program
        next.excellence.places["2"] = 3
        next.weights["S1"] = .exact("0.40")
        next.weights["S3"] = .exact("0.25")
        let amendment = RulesAmendment(edition: RulesDocument(next), base: rules)
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["臨櫃服務量｜修正", "民眾滿意度｜修正", "績優公所｜修正"])
        #expect(amendment.rows.last?.amended == "各組依總得分排名，第一組錄取前 2 名、第二組錄取前 3 名；總得分相同者以滿意度高者為先，仍相同者並列。")
    }

    /// A count past 一兆 is refused by the program as by the validation before the run.
    @Test(arguments: ["12abc", "1,000,000,000,001"])
    func aBadCellIsADataErrorNamingIt(_ cell: String) throws {
        let folder = try temporaryFolder(holding: [
            "offices.csv": "公所,組別,臨櫃件數,線上件數,滿意度\n甲區公所,1,150,50,90%\n乙區公所,1,\"\(cell)\",100,90%\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = DataSource(directory: folder, label: "資料")
        #expect {
            _ = try program.evaluate(EvaluationContext(data: data))
        } throws: { error in
            guard let error = error as? DataError else { return false }
            return (error.file, error.line, error.column, error.value) == ("資料/offices.csv", 3, "臨櫃件數", cell)
        }
        let problems = try #require(InputValidation.check(program.inputFiles(EvaluationContext(data: data))))
        #expect(problems.errors.map { "\($0.line!) \($0.column!) \($0.value!)" } == ["3 臨櫃件數 \(cell)"])
    }
}

import Foundation
@testable import PingbiCore
import Testing
@testable import KaopingOffices111

/// kaoping-111's what-if runs (``Kaoping111/trials(_:)``) answer every change exactly as running
/// the program on a changed copy of `activity.csv` does, so `pingbi gap` finds the same steps
/// either way.
@Suite struct AwardGapTrialsTests {
    static let sample = EvaluationContext(data: DataSource(sampleOf: Kaoping111()))

    /// The gaps of `units` found through the trials and through changed copies of the files.
    static func bothWays(_ context: EvaluationContext, _ units: [String]) throws -> (trials: [AwardGap], files: [AwardGap]) {
        let program = Kaoping111()
        let baseline = try program.evaluate(context)
        return (
            AwardGapSearch(program, context: context, baseline: baseline).run(units: units),
            AwardGapSearch(program, context: context, baseline: baseline, usingTrials: false).run(units: units)
        )
    }

    /// Three offices of the sample: 潮州鎮 outside both awards (no single count wins it
    /// 行動服務貢獻獎), 車城鄉 holding 菁英獎 at the cut, 楠梓區 holding 行動服務貢獻獎.
    @Test func theSampleGapsAreTheChangedFilesGaps() throws {
        let units = ["屏東縣潮州鎮", "屏東縣車城鄉", "高雄市楠梓區"]
        let (trials, files) = try Self.bothWays(Self.sample, units)
        #expect(trials.map(\.unit) == units)
        for (a, b) in zip(trials, files) {
            #expect(a.findings.map(\.policy) == ["elite", "mobile"])
            #expect(a.findings.map(\.policy) == b.findings.map(\.policy), "\(a.unit)")
            #expect(a.findings.map(\.holds) == b.findings.map(\.holds), "\(a.unit)")
            #expect(a.findings.map(\.steps) == b.findings.map(\.steps), "\(a.unit)")
        }
        func steps(_ finding: AwardGap.Finding) -> [String] { finding.steps.map { "\($0.column) \($0.delta)" } }
        let chaozhou = trials[0].findings
        #expect(chaozhou.map(\.holds) == [false, false])
        #expect(steps(chaozhou[0]) == ["活動宣導 2", "靜態宣導 4", "健保櫃檯分期 71"])
        #expect(chaozhou[1].steps.isEmpty)
        // 組別 is not a count the office could add to: no step moves it to another group.
        #expect(trials[1].findings.map(\.holds) == [true, false])
        #expect(steps(trials[1].findings[0]) == ["健保櫃檯分期 -2", "紓困代收 -2", "跨區收件 -3"])
        #expect(trials[2].findings.map(\.holds) == [false, true])
        #expect(steps(trials[2].findings[1]) == ["跨區收件 2", "健保櫃檯分期 6", "紓困代收 6"])
    }

    /// Five small offices (``AwardGapSearchTests/data``), over the whole period (where adding
    /// 加保 beyond a month's 承保異動量 is an error, not a win) and under `--period`, where an
    /// office's first row lies outside the period and adding to it changes nothing.
    @Test(arguments: [nil, "111-03..111-05"])
    func smallOfficesGapsAreTheChangedFilesGaps(period: String?) throws {
        let context = EvaluationContext(data: try AwardGapSearchTests.data.write(), period: period.flatMap(PeriodRange.init))
        let units = ["甲鄉", "乙鄉", "丙鄉", "丁鄉", "戊鄉"]
        let (trials, files) = try Self.bothWays(context, units)
        #expect(trials.flatMap { $0.findings.flatMap(\.steps) }.count > 5)
        for (a, b) in zip(trials, files) {
            #expect(a.findings.map(\.holds) == b.findings.map(\.holds), "\(a.unit)")
            #expect(a.findings.map(\.steps) == b.findings.map(\.steps), "\(a.unit)")
        }
    }

    /// The sample's `activity.csv` with `cells` (line → value) of `column` written in.
    static func changedCopy(_ column: String, _ cells: [DataChange.Cell]) throws -> EvaluationContext {
        var context = sample
        let records = try CSV.parse(context.data.text("activity.csv"), file: "activity.csv")
        let position = try #require(records[0].fields.firstIndex(of: column))
        let text = records.map { record in
            var fields = record.fields
            if let cell = cells.first(where: { $0.line == record.line }) { fields[position] = String(cell.value) }
            return CSV.text([fields])
        }.joined()
        context.data.replacements["activity.csv"] = text
        return context
    }

    /// Lines of 屏東縣潮州鎮's rows in the sample's `activity.csv` (111-02 first).
    static func lines(of office: String) throws -> [Int] {
        try CSV.parse(sample.data.text("activity.csv"), file: "activity.csv").filter { $0.fields[0] == office }.map(\.line)
    }

    static func change(_ column: String, _ cells: [DataChange.Cell]) -> DataChange {
        DataChange(unit: "屏東縣潮州鎮", file: "activity.csv", column: column, cells: cells)
    }

    /// An edition answers through its base's trials, under its settled readings and its own id.
    @Test func anEditionsTrialIsItsRunOnTheChangedFile() throws {
        let edition = Edition(
            base: Kaoping111(), id: "kaoping-112", settling: [SettledReading(KaopingReadings.promotionFactor, .ten)])
        let trials = try #require(try edition.trials(Self.sample))
        let cells = [DataChange.Cell(line: try Self.lines(of: "屏東縣潮州鎮")[0], value: 30)]
        let got = try trials.result(after: Self.change("活動宣導", cells))
        let expected = try edition.evaluate(Self.changedCopy("活動宣導", cells))
        #expect(got.program == "kaoping-112")
        #expect(got.readings == expected.readings)
        #expect(got.units.map(\.values) == expected.units.map(\.values))
        #expect(got.outcomes == expected.outcomes)
        #expect(got.units.map(\.values) != (try Kaoping111().evaluate(Self.changedCopy("活動宣導", cells))).units.map(\.values))
        // The changed unit's outcomes, answered by the base's trial without a whole result.
        #expect(try trials.outcomes(after: Self.change("活動宣導", cells)) == expected.outcomes.filter { $0.unit == "屏東縣潮州鎮" })
    }

    /// Each change gives the values, ranks and outcomes (or the error) of a run on the changed
    /// file: counts added, removed over several months, a count over 10¹², 申辦量 over 承保異動量.
    @Test(arguments: [
        ("活動宣導", [(0, 30)]),
        ("健保櫃檯分期", [(0, 0), (1, 0), (2, 1)]),
        ("系統檢核錯誤", [(3, 40)]),
        ("補換發健保卡", [(0, 1_000_000_000_000)]),
        ("在地製卡件數", [(7, 5000)]),
        ("承保異動量", [(1, 0)]),
        ("健保櫃檯加保", [(0, 100_000)]),
        ("LINE文字交流", [(0, 1_000_000_000_001)]),
    ])
    func aTrialIsARunOnTheChangedFile(column: String, cells: [(Int, Int)]) throws {
        let lines = try Self.lines(of: "屏東縣潮州鎮")
        #expect(lines.count == 8)
        let changed = cells.map { DataChange.Cell(line: lines[$0.0], value: $0.1) }
        let trials = try #require(try Kaoping111().trials(Self.sample))
        #expect(trials.files == ["activity.csv", "offices.csv"])
        let expected = Result { try Kaoping111().evaluate(Self.changedCopy(column, changed)) }
        let got = Result { try trials.result(after: Self.change(column, changed)) }
        switch (expected, got) {
        case (.success(let expected), .success(let got)):
            #expect(got.units.map(\.unit) == expected.units.map(\.unit))
            #expect(got.units.map(\.values) == expected.units.map(\.values))
            #expect(got.units.map(\.rank) == expected.units.map(\.rank))
            #expect(got.units.map(\.months) == expected.units.map(\.months))
            #expect(got.outcomes == expected.outcomes)
            #expect(got.units.map(\.values) != (try Kaoping111().evaluate(Self.sample)).units.map(\.values))
        case (.failure(let expected), .failure(let got)):
            #expect("\(got)" == "\(expected)")
        default:
            Issue.record("\(column): trial \(got), changed file \(expected)")
        }
    }
}

import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// `pingbi sensitivity` on the published 111 county table: 8 combinations of 3 readings.
@Suite struct SensitivityTests {
    func analysis() throws -> ReadingSensitivity {
        let program = try #require(Catalog.program("pension-county-112"))
        let context = EvaluationContext(data: DataSource(path: seedFolder.path))
        return try ReadingSensitivity.analyse(program, context: context, fixed: [])
    }

    @Test func everyCombinationIsEvaluated() throws {
        let analysis = try analysis()
        #expect(analysis.combinations == 8)
        #expect(analysis.varied.map(\.name) == ["rank-method", "last-five", "cut-ties"])
        #expect(analysis.failed.count == 0)
    }

    @Test func theThirdPlaceDependsOnTheRankMethodAndGoesToPingtung() throws {
        let analysis = try analysis()
        let third = try #require(analysis.outcomes.first { $0.outcome.unit == "嘉義縣" && $0.outcome.label == "良" })
        #expect(third.stands == 4)
        #expect(third.changes.map { "\($0.reading.name)=\($0.value)" } == ["rank-method=dense"])
        #expect(third.instead == ["屏東縣"])
        // Under dense ranks 嘉義縣 is 優 instead: a newcomer with the same single change.
        let second = try #require(analysis.newcomers.first { $0.outcome.unit == "嘉義縣" && $0.outcome.label == "優" })
        #expect(second.changes.map(\.value) == ["dense"])
    }

    @Test func bothFirstPlacesStandUnderEveryReading() throws {
        let analysis = try analysis()
        let first = analysis.outcomes.filter { $0.outcome.label == "特優" }
        #expect(first.map(\.outcome.unit) == ["臺南市", "臺東縣"])
        #expect(first.allSatisfy { $0.stands == 8 && $0.changes.isEmpty })
        #expect(!analysis.dependent.contains { $0.outcome.label == "特優" })
    }

    @Test func rankRangesCoverTheDenseRanks() throws {
        let analysis = try analysis()
        let last = try #require(analysis.movingRanks.first { $0.unit == "連江縣" })
        #expect((last.baseline, last.best, last.worst) == (22, 20, 22))
        #expect(!analysis.movingRanks.contains { $0.unit == "臺南市" })
    }

    @Test func aFixedReadingIsNotVaried() throws {
        let result = pingbi("sensitivity", "pension-county-112", "--data", seedFolder.path, "--reading", "rank-method=dense")
        #expect(result.status == .success)
        #expect(result.out.contains("共計算 4 種解讀組合"))
        #expect(result.out.contains("固定 rank-method=dense"))
        #expect(result.out.contains("⚠ 公布前須先確定解讀"))
    }
}

/// `run --format html --sensitivity` adds the 判讀敏感度 section to the report.
@Test func theReportCarriesTheSensitivitySection() {
    let plain = pingbi("run", "pension-county-112", "--data", seedFolder.path, "--format", "html", "--date", "2022-10-14")
    let result = pingbi("run", "pension-county-112", "--data", seedFolder.path, "--format", "html", "--date", "2022-10-14", "--sensitivity")
    #expect(result.status == .success)
    #expect(!plain.out.contains("判讀敏感度"))
    #expect(result.out.contains("<h3>判讀敏感度</h3>\n<p>以 8 種解讀組合重新計算（3 個解讀的所有取值）。</p>"))
    // A published report names the reading by its question, not by the name a command takes.
    #expect(result.out.contains("<li>績優直轄市、縣(市)政府（良） 嘉義縣：在 4／8 種組合中成立；「名次排列」改為「同分者不占用名次（1、1、2）」時不成立（改由 屏東縣）</li>"))
    #expect(!result.out.contains("rank-method=dense") && !result.out.contains("改為 dense"))
    #expect(pingbi("run", "pension-county-112", "--sensitivity").status == .usage)
}

/// An award chosen within each group (菁英獎) that a reading moves goes instead to offices of
/// the same group: kaoping-111's sample under promotion-factor=10, where 屏東縣潮州鎮 (第二組)
/// loses it to 高雄市林園區 alone, not also to 高雄市鼓山區 of 第一組, whose group's winners
/// change under the same reading for reasons of their own.
@Test func anAwardWithinEachGroupGoesToItsOwnGroup() throws {
    let program = try #require(Catalog.program("kaoping-111"))
    let context = EvaluationContext(data: DataSource(sampleOf: program), readings: ReadingChoices(["promotion-factor": "10"]))
    let analysis = try ReadingSensitivity.analyse(program, context: context, fixed: ["promotion-factor"])
    let chaozhou = try #require(analysis.outcomes.first { $0.outcome.unit == "屏東縣潮州鎮" && $0.outcome.policy == "elite" })
    #expect(chaozhou.instead == ["高雄市林園區"])
    let groups = Dictionary(try program.evaluate(context).units.map { ($0.unit, $0.group) }, uniquingKeysWith: { a, _ in a })
    for stability in analysis.outcomes + analysis.newcomers where stability.outcome.policy == "elite" {
        #expect(stability.instead.allSatisfy { groups[$0] == stability.group }, "\(stability.outcome.unit)")
    }
}

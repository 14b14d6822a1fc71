import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// End-to-end runs on the shipped sample. 屏東縣潮州鎮's numbers were checked by hand from
/// `Sample/activity.csv` (and the group means with an independent script using exact fractions):
/// - 申辦量 16+18+11+16+10+14+13+13 = 111, 承保異動量 1327 → A1 = 11100/1327 ≈ 8.364732.
/// - item (5): monthly errors 0,0,2,0,1,5,1,2 → A 102,102,96,102,98,90,98,96 → A5 = 784/8 = 98.
/// - (6) 文字 3 × 0.5 + 已讀 8 × 0.2 = 3.1 → 2; (7) 跨區 8 × 0.2 = 1.6; (8) 在地製卡 286 × 0.01 = 2.86 → 2.9.
/// - S1 76.5, S2 82.3, S3 88.0, S4 66.1, S5 80.0 → total 85.3; 協助件數 543; 行動量 159.
@Suite("kaoping-111 on the sample")
struct SampleTests {
    static let sample = DataSource(sampleOf: Kaoping111())

    func run(_ period: String? = nil, readings: [String: String] = [:]) throws -> ProgramResult {
        try Kaoping111().evaluate(EvaluationContext(
            data: SampleTests.sample, readings: ReadingChoices(readings), period: period.flatMap(PeriodRange.init)))
    }

    @Test func chaozhouByHand() throws {
        let result = try run()
        let unit = try #require(result.unit(named: "屏東縣潮州鎮"))
        let expected = [
            "A5": "98", "S1": "76.5", "S2": "82.3", "S3": "88", "S4": "66.1", "S5": "80", "S6": "2", "S7": "1.6", "S8": "2.9",
            "total": "85.3", "assist": "543", "mobile": "159", "A1": "8.364732",
        ]
        for (key, value) in expected { #expect(unit.values[key] == Decimal.exact(value), "\(key)") }
        #expect(unit.group == "2")
        for key in ["A1", "A2", "A3", "A4", "A5", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "total", "assist", "mobile"] {
            #expect(unit.explanations[key] != nil, "\(key)")
        }
        let total = unit.explanations["total"]!.lines.joined(separator: "\n")
        #expect(total.contains("76.5×0.3 + 82.3×0.15 + 88×0.2 + 66.1×0.15 + 80×0.2 + 2 + 1.6 + 2.9 = 85.3"))
        #expect(unit.explanations["A1"]!.lines.joined().contains("(30+37+20+24) / 1327 × 100 = 111/1327 × 100"))
    }

    @Test func wholeSample() throws {
        let result = try run()
        #expect(result.units.count == 77)
        // The sample is complete: the only warning is the 菁英獎 winners left out of 行動服務貢獻獎.
        #expect(result.warnings == ["行動服務貢獻獎：行動量前 10 名中 高雄市前鎮區、高雄市左營區、高雄市鳳山區 已獲菁英獎，不重複錄取，名單不遞補"])
        #expect(result.notes.contains { $0.contains("範例資料") })
        #expect(!result.provisional)
        #expect(result.groupTitles["3"] == "第三組")
        let sizes = Dictionary(grouping: result.units, by: { $0.group ?? "" }).mapValues(\.count)
        #expect(sizes == ["1": 10, "2": 11, "3": 27, "4": 29])
        // Units ordered by group, then rank.
        let order = result.units.map { "\($0.group ?? "")-" + String(1000 + ($0.rank ?? 0)) }
        #expect(order == order.sorted())
        #expect(result.outcomes(of: "elite").count == 14)
        #expect(result.winners("elite").prefix(3) == ["高雄市前鎮區:1", "高雄市左營區:2", "高雄市鳳山區:3"])
        #expect(result.winners("mobile") == ["屏東縣屏東市:1", "高雄市楠梓區:2"])
        #expect(result.outcomes.allSatisfy { $0.label != nil && !$0.provisional })
        let columns = result.columns.map(\.key)
        #expect(columns == ["A1", "A2", "A3", "A4", "A5", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "total", "assist", "mobile"])
    }

    @Test func cardSitesAreTheThree() throws {
        let offices = try String(contentsOf: Kaoping111().sampleData.appendingPathComponent("offices.csv"), encoding: .utf8)
        let sites = offices.split(separator: "\n").filter { $0.hasSuffix(",Y") }.map { String($0.split(separator: ",")[0]) }
        #expect(sites == ["屏東縣潮州鎮", "屏東縣車城鄉", "屏東縣春日鄉"])
        let result = try run()
        #expect(result.unit(named: "屏東縣春日鄉")!.explanations["S8"]!.lines.joined().contains("製卡件數×0.01"))
        #expect(result.unit(named: "高雄市三民區")!.explanations["S8"]!.lines.joined().contains("辦理件數×0.25"))
    }

    @Test func juneRoundIsProvisional() throws {
        let june = try run("111-02..111-05")
        #expect(june.provisional)
        #expect(june.period == PeriodRange("111-02..111-05"))
        #expect(!june.outcomes.isEmpty && june.outcomes.allSatisfy(\.provisional))
        #expect(june.notes.contains { $0.contains("暫定") })
        // 潮州鎮, 111-02..05: errors 0,0,2,0 → A5 = (102+102+96+102)/4 = 100.5; 在地製卡 39+34+46+26 = 145 → S8 1.5 (1.45).
        #expect(june.value("屏東縣潮州鎮", "A5") == Decimal.exact("100.5"))
        #expect(june.value("屏東縣潮州鎮", "S8") == Decimal.exact("1.5"))
    }

    @Test func periodOutsideTheProgramIsAnError() throws {
        do {
            _ = try run("111-01..111-05")
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.file == "--period" && error.value == "111-01..111-05")
        }
    }
}

import Foundation
import NationalPension112
import PingbiCore
import PingbiTesting
import Testing

/// pension-county-112 end to end on the published 111 table (附件二).
@Suite struct PensionCountyTests {
    let program = PensionCounty112()

    func run(_ readings: [String: String] = [:], data: DataSource? = nil) throws -> ProgramResult {
        try program.evaluate(EvaluationContext(
            data: data ?? DataSource(sampleOf: program), readings: ReadingChoices(readings)))
    }

    func units(_ result: ProgramResult, _ policy: String) -> [String] {
        result.outcomes(of: policy).map(\.unit)
    }

    @Test func defaultReadingsOnThe111Table() throws {
        let result = try run()
        #expect(result.outcomes(of: "county-award").map { "\($0.unit):\($0.label!)" } == ["臺南市:特優", "臺東縣:特優", "嘉義縣:良"])
        #expect(Set(units(result, "review-report")) == ["連江縣", "宜蘭縣", "新竹縣", "澎湖縣", "基隆市", "苗栗縣"])
        #expect(units(result, "ministry-commendation").isEmpty)
        #expect(result.unit(named: "總計")?.values["change"] == Decimal.exact("-0.25"))
        #expect(result.unit(named: "臺南市")?.rank == 1)
        #expect(result.unit(named: "嘉義縣")?.rank == 3)
        #expect(result.unit(named: "連江縣")?.values["change"] == Decimal.exact("-1.08"))
        #expect(result.units.filter { $0.rank != nil }.count == 22)
        #expect(result.warnings.contains { $0.contains("第 2 名（優）從缺") })
        #expect(result.warnings.contains { $0.contains("共 6 個地區列入") })
    }

    @Test func reasonsWriteTheChangeToTwoDecimals() throws {
        let result = try run()
        // 嘉義縣 48.65 − 48.75 = −0.10, written as the tables write it (not `-0.1`); 澎湖縣 −0.40.
        #expect(result.outcomes(of: "county-award").first { $0.unit == "嘉義縣" }?.reason == "消長 -0.10；承辦人員嘉獎一次")
        #expect(result.outcomes(of: "county-award").first { $0.unit == "臺南市" }?.reason == "消長 -0.07；承辦人員記小功一次")
        #expect(result.outcomes(of: "review-report").first { $0.unit == "澎湖縣" }?.reason == "消長 -0.40，列後五名")
    }

    @Test func denseRanksGiveASecondPlace() throws {
        let result = try run(["rank-method": "dense"])
        #expect(result.outcomes(of: "county-award").map { "\($0.unit):\($0.label!)" } == ["臺南市:特優", "臺東縣:特優", "嘉義縣:優", "屏東縣:良"])
        // The last five do not depend on the rank method.
        #expect(Set(units(result, "review-report")) == ["連江縣", "宜蘭縣", "新竹縣", "澎湖縣", "基隆市", "苗栗縣"])
        #expect(result.readings.first { $0.reading.name == "rank-method" }?.value == "dense")
    }

    @Test func fromTopCountsRanksAboveSeventeen() throws {
        let result = try run(["last-five": "from-top"])
        // Competition ranks > 22 − 5 = 17: 基隆市 and 苗栗縣 share rank 17 and are out.
        #expect(units(result, "review-report") == ["連江縣", "宜蘭縣", "新竹縣", "澎湖縣"])
    }

    @Test func referKeepsTheQuotaAndListsTheTie() throws {
        let result = try run(["cut-ties": "refer"])
        #expect(units(result, "review-report") == ["連江縣", "宜蘭縣", "新竹縣", "澎湖縣"])
        #expect(units(result, "tied-at-cut") == ["基隆市", "苗栗縣"])
    }

    func data(_ csv: String) throws -> DataSource {
        DataSource(directory: try temporaryFolder(holding: ["county-rates.csv": csv]), label: "d")
    }

    /// The shipped table (CRLF line ends, as published).
    func sampleText() throws -> String {
        try String(contentsOf: program.sampleData.appendingPathComponent("county-rates.csv"), encoding: .utf8)
    }

    @Test func commendationWhenTheTotalGrows() throws {
        let text = try sampleText().replacingOccurrences(of: "59.71%,\"3,620,889\",\"2,171,145\",59.96%,-0.25%", with: "59.71%,\"3,620,889\",\"2,171,145\",59.60%,0.11%")
        let result = try run(data: data(text))
        #expect(units(result, "ministry-commendation") == ["總計"])
    }

    @Test func publishedChangeMustMatch() throws {
        let text = try sampleText().replacingOccurrences(of: "57.77%,-0.07%", with: "57.77%,-0.08%")
        #expect(throws: DataError(
            file: "d/county-rates.csv", line: 14, column: "收繳率比較", value: "-0.08%",
            expected: "本期收繳率 − 前期收繳率 = 57.7 − 57.77 = -0.07")) { try run(data: data(text)) }
    }

    @Test func unknownAndMissingCountiesAreErrors() throws {
        let renamed = try sampleText().replacingOccurrences(of: "\n臺東縣,", with: "\n台東市,")
        #expect(throws: DataError.self) { try run(data: data(renamed)) }
        let lines = try sampleText().split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("臺東縣") }
        do {
            _ = try run(data: data(lines.joined(separator: "\n")))
            Issue.record("a missing county must be an error")
        } catch let error as DataError {
            #expect(error.expected.contains("缺少：臺東縣"))
        }
    }

    @Test func paidAboveDueIsAnError() throws {
        let text = try sampleText().replacingOccurrences(of: "\"1,817\",984", with: "\"1,817\",\"1,984\"")
        do {
            _ = try run(data: data(text))
            Issue.record("已繳 > 應繳 must be an error")
        } catch let error as DataError {
            #expect(error.line == 17)
            #expect(error.column == "本期平均每月已繳人數")
        }
    }
}

import Foundation
import NationalPension112
import PingbiCore
import Testing

/// The worked 113 edition: it states one difference and inherits the rest.
@Suite struct PensionCounty113Tests {
    let edition = programs[0]
    let base = PensionCounty112()

    func run(_ program: any Program, _ readings: [String: String] = [:]) throws -> ProgramResult {
        try program.sampleResult(readings)
    }

    @Test func isRegisteredUnderItsOwnIDAndTitle() throws {
        #expect(programs.map(\.id) == ["pension-county-113"])
        let result = try run(edition)
        #expect(result.program == "pension-county-113")
        #expect(result.title.contains("113 年版"))
        #expect(edition.sampleData == base.sampleData)
    }

    /// Sample 消長, worst first: 連江縣 −1.08, 宜蘭縣 −0.44, 新竹縣 −0.43, 澎湖縣 −0.40,
    /// 基隆市 −0.38, 苗栗縣 −0.38, 桃園市 −0.34. Five cut inside the 基隆/苗栗 tie; six do not.
    @Test func theLastSixReportWithoutATieAtTheLine() throws {
        let last = ["連江縣", "宜蘭縣", "新竹縣", "澎湖縣", "基隆市", "苗栗縣"]
        let edition = try run(edition)
        #expect(Set(edition.outcomes(of: "review-report").map(\.unit)) == Set(last))
        #expect(!edition.warnings.contains { $0.hasPrefix("後五名切線同分") })
        let base = try run(base)
        #expect(Set(base.outcomes(of: "review-report").map(\.unit)) == Set(last))
        #expect(base.warnings.contains("後五名切線同分：共 6 個地區列入（超過 5 名）。"))
    }

    @Test func withCutTiesReferTheTiedAreasReportInsteadOfGoingToThePanel() throws {
        let edition = try run(edition, ["cut-ties": "refer"])
        #expect(edition.outcomes(of: "review-report").count == 6)
        #expect(edition.outcomes(of: "tied-at-cut").isEmpty)
        let base = try run(base, ["cut-ties": "refer"])
        #expect(base.outcomes(of: "review-report").map(\.unit) == ["連江縣", "宜蘭縣", "新竹縣", "澎湖縣"])
        #expect(Set(base.outcomes(of: "tied-at-cut").map(\.unit)) == ["基隆市", "苗栗縣"])
    }

    /// 六(一)'s clause and the list's reasons say 後六名, so the rules and the 修正對照表 show the
    /// change (before, they quoted the 112 principles' 後五名 whatever the quota).
    @Test func theClauseAndReasonsFollowTheQuota() throws {
        let clause = try #require(edition.policies.first { $0.id == "review-report" }?.clause)
        #expect(clause == "六(一)：收繳率消長後六名者，應提出檢討報告及改善措施；但正成長者不在此限。")
        #expect(try run(edition).outcomes(of: "review-report").allSatisfy { $0.reason?.hasSuffix("，列後六名") == true })
        #expect(try run(base, ["cut-ties": "refer"]).outcomes(of: "tied-at-cut").allSatisfy { $0.reason?.hasPrefix("與後五名切線同分") == true })
        #expect(edition.readings.first { $0.name == "last-five" }?.summary
            == "「後六名」：由最後一名往上數六名並含同分者，或名次大於總數減 6 者")
        let amendment = RulesAmendment(edition: RulesDocument(edition), base: RulesDocument(base))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["名稱｜修正", "提出檢討報告｜修正", "「後六名」｜修正（原「後五名」）"])
    }

    @Test func inheritsEverythingElse() throws {
        let edition = try run(edition)
        let base = try run(base)
        #expect(edition.units == base.units)
        #expect(edition.outcomes(of: "county-award") == base.outcomes(of: "county-award"))
        #expect(edition.outcomes(of: "ministry-commendation") == base.outcomes(of: "ministry-commendation"))
        // The same readings and values; only last-five's summary says 後六名.
        #expect(edition.readings.map { "\($0.reading.name)=\($0.value)" } == base.readings.map { "\($0.reading.name)=\($0.value)" })
        #expect(self.edition.indicators.map(\.id) == self.base.indicators.map(\.id))
    }
}

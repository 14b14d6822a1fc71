import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

/// pension-staff-112's group titles are the program's, set with ``PensionStaff112/groupA``: an
/// edition that puts 新竹縣 into A 組 calls A 組 by its own title, and every result, warning,
/// explanation and the rules document use it.
@Suite struct StaffTitleEditionTests {
    static let edition: PensionStaff112 = {
        var program = PensionStaff112()
        program.groupA.insert("新竹縣")
        program.groupNames[.a] = "A 組（直轄市及新竹縣）"
        return program
    }()

    @Test func the112TitlesAreTheDocuments() throws {
        #expect(PensionStaff112().groupNames == [.a: "A 組（直轄市）", .b: "B 組（縣(市)）"])
        #expect(try Fixture.runSample(PensionStaff112()).groupTitles == ["A": "A 組（直轄市）", "B": "B 組（縣(市)）"])
    }

    /// Sample: 新竹縣 is A 組's 5th (積分 4.2, see ``StaffEditionTests``).
    @Test func theResultUsesTheEditionsTitles() throws {
        let result = try Fixture.runSample(Self.edition)
        #expect(result.groupTitles == ["A": "A 組（直轄市及新竹縣）", "B": "B 組（縣(市)）"])
        let hsinchu = try #require(result.unit(named: "新竹縣"))
        #expect(hsinchu.explanations["r_change"]?.title == "收繳率消長排名（A 組（直轄市及新竹縣））")
        #expect(hsinchu.explanations["score"]?.steps.contains { $0.text == "A 組（直轄市及新竹縣）依積分由低至高排名：第 5 名" } == true)
    }

    /// A 組 tied at the 1st place: the vacancy names the group by its title in force.
    @Test func theAwardsWarningsUseTheEditionsTitles() {
        let counties = [1, 1, 3, 4].enumerated().map { index, rank in
            StaffAward.County(name: "甲\(index)", group: .a, rank: rank, score: Decimal(rank), supervisors: 1, workers: 1)
        }
        let award = StaffAward(titles: Self.edition.groupNames)
        #expect(award.decide(Standings(counties, ties: .include)).warnings == ["A 組（直轄市及新竹縣）第 2 名從缺：前面名次有同分縣市並列。"])
        let referred = award.decide(Standings(counties, ties: .refer)).outcomes.filter { $0.policy == TiedAtCut.policy }
        #expect(referred.isEmpty)
        let third = [1, 2, 3, 3].enumerated().map { index, rank in
            StaffAward.County(name: "乙\(index)", group: .a, rank: rank, score: Decimal(rank), supervisors: 1, workers: 1)
        }
        #expect(award.decide(Standings(third, ties: .refer)).outcomes.filter { $0.policy == TiedAtCut.policy }.map(\.reason)
            == Array(repeating: "A 組（直轄市及新竹縣）獎勵至第 3 名，積分 3 於切線同分，請評審決定", count: 2))
    }

    @Test func theAmendmentTableShowsTheGroupsTitle() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.edition), base: RulesDocument(PensionStaff112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["分組｜修正"])
        #expect(amendment.rows.first?.amended?.contains("\nA 組（直轄市及新竹縣）7 個縣市：臺北市、") == true)
        #expect(amendment.rows.first?.current?.contains("\nA 組（直轄市）6 個縣市：臺北市、") == true)
    }

    @Test(arguments: ExampleCase.all(of: [edition]))
    func everyExampleHoldsUnderTheEditionsTitles(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

/// pension-county-112's award levels (特優、優、良 with their commendations) are the program's
/// (issue 10, point 4): an edition sets them, and the award and its clause follow the levels in force.
@Suite struct CountyEditionTests {
    /// An edition-like copy: a fourth level 佳, and each level's commendation one step up.
    static let edition: PensionCounty112 = {
        var program = PensionCounty112()
        program.awardLevels = [
            CountyAward.Level("特優", "承辦人員記小功二次"), CountyAward.Level("優", "承辦人員記小功一次"),
            CountyAward.Level("良", "承辦人員嘉獎二次"), CountyAward.Level("佳", "承辦人員嘉獎一次"),
        ]
        return program
    }()

    static let documentClause = "六(一)：收繳率消長第 1 名（特優）承辦人員記小功一次，第 2 名（優）嘉獎二次，第 3 名（良）嘉獎一次。"
    static let editionClause = "六(一)：收繳率消長第 1 名（特優）承辦人員記小功二次，第 2 名（優）記小功一次，第 3 名（良）嘉獎二次，第 4 名（佳）嘉獎一次。"

    func clause(_ program: PensionCounty112) -> String? {
        program.policies.first { $0.id == "county-award" }?.clause
    }

    @Test func the112ClauseIsTheDocumentsWords() {
        #expect(clause(PensionCounty112()) == Self.documentClause)
        #expect(PensionCounty112().awardLevels.map(\.label) == ["特優", "優", "良"])
    }

    @Test func theClauseQuotesTheLevelsInForce() {
        #expect(clause(Self.edition) == Self.editionClause)
    }

    /// Sample 消長: 臺南市 and 臺東縣 −0.07 (both 1st), 嘉義縣 −0.10 (3rd), 屏東縣 −0.11 (4th).
    @Test func theEditionDecidesOnItsLevels() throws {
        let base = try Fixture.runSample(PensionCounty112())
        let edition = try Fixture.runSample(Self.edition)
        let awarded = { (result: ProgramResult) in result.outcomes(of: "county-award").map { "\($0.unit):\($0.label!):\($0.reason!)" } }
        #expect(awarded(base) == [
            "臺南市:特優:消長 -0.07；承辦人員記小功一次", "臺東縣:特優:消長 -0.07；承辦人員記小功一次", "嘉義縣:良:消長 -0.10；承辦人員嘉獎一次",
        ])
        #expect(awarded(edition) == [
            "臺南市:特優:消長 -0.07；承辦人員記小功二次", "臺東縣:特優:消長 -0.07；承辦人員記小功二次", "嘉義縣:良:消長 -0.10；承辦人員嘉獎二次",
            "屏東縣:佳:消長 -0.11；承辦人員嘉獎一次",
        ])
        #expect(edition.warnings.contains("第 2 名（優）從缺：前面名次有同分地區並列。"))
        #expect(edition.units == base.units)
    }

    @Test func theAmendmentTableShowsTheChangedAward() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.edition), base: RulesDocument(PensionCounty112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["績優直轄市、縣(市)政府｜修正"])
        #expect(amendment.rows.first?.amended == Self.editionClause)
        #expect(amendment.rows.first?.current == Self.documentClause)
    }

    @Test func theAwardHasAnExampleOnTheEditionsLevels() {
        let award = Self.edition.policies.first { $0.id == "county-award" }
        #expect(award?.examples.contains { $0.title == "本版等第：第 1 名特優、第 2 名優、第 3 名良、第 4 名佳" } == true)
    }

    @Test(arguments: ExampleCase.all(of: [edition]))
    func everyExampleHoldsUnderTheEditionsLevels(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

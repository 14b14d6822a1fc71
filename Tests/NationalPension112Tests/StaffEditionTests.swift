import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

/// pension-staff-112's award places and rates are the program's (issue 10, point 4): an edition
/// sets them, and the award decides, its clause reads and the budget note quotes the numbers in force.
@Suite struct StaffEditionTests {
    /// An edition-like copy: A 組 to the 2nd, B 組 to the 5th; 6,000, 4,000, 3,000, then 2,000.
    static let edition: PensionStaff112 = {
        var program = PensionStaff112()
        program.awardPlaces = [.a: 2, .b: 5]
        program.awardRates = [Decimal(6000), Decimal(4000), Decimal(3000), Decimal(2000)]
        return program
    }()

    static let documentClause = "附件四 二、獎勵標準：第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；A 組第 3 名、B 組第 3-8 名 等值商品最高 3,000 元/人。"
    static let editionClause = "附件四 二、獎勵標準：第 1 名 等值商品最高 6,000 元/人；第 2 名 等值商品最高 4,000 元/人；B 組第 3 名 等值商品最高 3,000 元/人；B 組第 4-5 名 等值商品最高 2,000 元/人。"

    @Test func the112ClauseIsTheDocumentsWords() {
        #expect(PensionStaff112().policies[0].clause == Self.documentClause)
        #expect(PensionStaff112().awardPlaces == [.a: 3, .b: 8])
        #expect(PensionStaff112().awardRates == [5000, 4000, 3000])
    }

    @Test func theClauseQuotesThePlacesAndRatesInForce() {
        #expect(Self.edition.policies[0].clause == Self.editionClause)
    }

    /// Sample, by 積分: A 臺中市, 高雄市, 新北市 …; B 嘉義縣, 臺東縣, 嘉義市, 屏東縣 (6 people), 新竹縣, 南投縣 ….
    @Test func theEditionDecidesOnItsPlacesAndRates() throws {
        let base = try Fixture.runSample(PensionStaff112())
        let edition = try Fixture.runSample(Self.edition)
        let paid = { (result: ProgramResult) in result.outcomes(of: "staff-award").map { "\($0.unit):\($0.perPerson!.plainText)" } }
        #expect(paid(edition) == [
            "臺中市:6000", "高雄市:4000", "嘉義縣:6000", "臺東縣:4000", "嘉義市:3000", "屏東縣:2000", "新竹縣:2000",
        ])
        #expect(paid(base).count == 11)
        #expect(base.outcomes(of: "staff-award").first { $0.unit == "屏東縣" }?.amount == 18000)
        #expect(edition.outcomes(of: "staff-award").first { $0.unit == "屏東縣" }?.amount == 12000)
        #expect(edition.notes.contains { $0.hasPrefix("獎勵額度為「等值商品最高 6,000／4,000／3,000／2,000 元/人」之上限") })
        #expect(base.notes.contains { $0.hasPrefix("獎勵額度為「等值商品最高 5,000／4,000／3,000 元/人」之上限") })
    }

    @Test func theAmendmentTableShowsTheChangedAward() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.edition), base: RulesDocument(PensionStaff112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["督導員及服務員績效獎勵｜修正"])
        #expect(amendment.rows.first?.amended == Self.editionClause)
        #expect(amendment.rows.first?.current == Self.documentClause)
    }

    @Test func theAwardHasAnExampleOnTheEditionsNumbers() {
        #expect(Self.edition.policies[0].examples.contains { $0.title == "本版名額與額度：A 組 2 名、B 組 5 名，每人 6,000／4,000／3,000／2,000 元" })
    }

    @Test(arguments: ExampleCase.all(of: [edition]))
    func everyExampleHoldsUnderTheEditionsNumbers(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

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
        program.awardRates = [.a: [6000, 4000, 3000, 2000], .b: [6000, 4000, 3000, 2000]].mapValues { $0.map { Decimal($0) } }
        return program
    }()

    static let documentClause = "附件四 二、獎勵標準：第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；A 組第 3 名、B 組第 3-8 名 等值商品最高 3,000 元/人。"
    static let editionClause = "附件四 二、獎勵標準：第 1 名 等值商品最高 6,000 元/人；第 2 名 等值商品最高 4,000 元/人；B 組第 3 名 等值商品最高 3,000 元/人；B 組第 4-5 名 等值商品最高 2,000 元/人。"

    @Test func the112ClauseIsTheDocumentsWords() {
        #expect(PensionStaff112().policies[0].clause == Self.documentClause)
        #expect(PensionStaff112().awardPlaces == [.a: 3, .b: 8])
        #expect(PensionStaff112().awardRates == [.a: [5000, 4000, 3000], .b: [5000, 4000, 3000]])
        #expect(PensionStaff112().groupA == ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市"])
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

    /// An edition whose A 組 gains 新竹縣 (as if it became a 直轄市).
    static let regrouped: PensionStaff112 = {
        var program = PensionStaff112()
        program.groupA.insert("新竹縣")
        return program
    }()

    /// Sample by hand: in A 組 新竹縣's ranks are 消長 7, 成功率 3, 補繳率 1, 完成率 3, 積分
    /// 2.8 + 0.75 + 0.2 + 0.45 = 4.2, 5th after 臺中市 2.95, 高雄市 3.0, 新北市 3.55, 臺南市 3.85; B 組
    /// without it moves up everyone it ranked above: 花蓮縣 8.4 (7th) and 彰化縣 8.45 (8th) win, 連江縣 8.5 is 9th.
    @Test func theEditionGroupsByItsGroupA() throws {
        let result = try Fixture.runSample(Self.regrouped)
        let hsinchu = try #require(result.unit(named: "新竹縣"))
        #expect(hsinchu.group == "A" && hsinchu.rank == 5 && hsinchu.values["score"] == Decimal.exact("4.2"))
        #expect(result.units.filter { $0.group == "A" }.count == 7)
        #expect(result.unit(named: "臺中市")?.values["score"] == Decimal.exact("2.95"))
        #expect(result.unit(named: "花蓮縣")?.rank == 7 && result.unit(named: "花蓮縣")?.values["score"] == Decimal.exact("8.4"))
        #expect(result.unit(named: "連江縣")?.rank == 9)
        #expect(result.outcomes(of: "staff-award").map(\.unit) == [
            "臺中市", "高雄市", "新北市", "嘉義縣", "臺東縣", "嘉義市", "屏東縣", "南投縣", "雲林縣", "花蓮縣", "彰化縣",
        ])
    }

    @Test func theAmendmentTableShowsTheChangedGroups() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.regrouped), base: RulesDocument(PensionStaff112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["分組｜修正"])
        let clause = "附件四 一、1.(1)：直轄市為 A 組，其餘縣（市）為 B 組。\n"
        #expect(amendment.rows.first?.current == clause
            + "A 組（直轄市）6 個縣市：臺北市、新北市、桃園市、臺中市、臺南市、高雄市；B 組（縣(市)）16 個縣市：基隆市、新竹市、嘉義市、新竹縣、苗栗縣、"
            + "彰化縣、南投縣、雲林縣、嘉義縣、屏東縣、宜蘭縣、花蓮縣、臺東縣、澎湖縣、金門縣、連江縣")
        #expect(amendment.rows.first?.amended == clause
            + "A 組（直轄市）7 個縣市：臺北市、新北市、桃園市、臺中市、臺南市、高雄市、新竹縣；B 組（縣(市)）15 個縣市：基隆市、新竹市、嘉義市、苗栗縣、"
            + "彰化縣、南投縣、雲林縣、嘉義縣、屏東縣、宜蘭縣、花蓮縣、臺東縣、澎湖縣、金門縣、連江縣")
    }

    /// An edition whose B 組 pays 2,500 from its 3rd place; A 組 keeps 附件四's rates.
    static let ratedByGroup: PensionStaff112 = {
        var program = PensionStaff112()
        program.awardRates[.b] = [Decimal(5000), Decimal(4000), Decimal(2500)]
        return program
    }()

    static let ratedByGroupClause = "附件四 二、獎勵標準：第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；A 組第 3 名 等值商品最高 3,000 元/人；B 組第 3-8 名 等值商品最高 2,500 元/人。"

    /// Sample: 新北市 (A 組 3rd, 18 people) keeps 3,000/人; 嘉義市 (B 組 3rd, 2 people) and 屏東縣 (4th, 6 people) get 2,500/人.
    @Test func eachGroupIsPaidItsOwnRates() throws {
        let result = try Fixture.runSample(Self.ratedByGroup)
        let paid = Dictionary(uniqueKeysWithValues: result.outcomes(of: "staff-award").map { ($0.unit, ($0.perPerson!, $0.amount!)) })
        #expect(paid["新北市"]?.0 == 3000 && paid["新北市"]?.1 == 54000)
        #expect(paid["嘉義市"]?.0 == 2500 && paid["嘉義市"]?.1 == 5000)
        #expect(paid["屏東縣"]?.0 == 2500 && paid["屏東縣"]?.1 == 15000)
        #expect(paid["嘉義縣"]?.0 == 5000)
        #expect(result.notes.contains { $0.hasPrefix("獎勵額度為「等值商品最高 A 組 5,000／4,000／3,000、B 組 5,000／4,000／2,500 元/人」之上限") })
        #expect(Self.ratedByGroup.policies[0].clause == Self.ratedByGroupClause)
        #expect(Self.ratedByGroup.policies[0].examples.contains {
            $0.title == "本版名額與額度：A 組 3 名、B 組 8 名，每人 A 組 5,000／4,000／3,000、B 組 5,000／4,000／2,500 元"
        })
    }

    @Test func theAmendmentTableShowsTheGroupsRates() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.ratedByGroup), base: RulesDocument(PensionStaff112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["督導員及服務員績效獎勵｜修正"])
        #expect(amendment.rows.first?.amended == Self.ratedByGroupClause)
        #expect(amendment.rows.first?.current == Self.documentClause)
    }

    @Test(arguments: ExampleCase.all(of: [regrouped, ratedByGroup]))
    func everyExampleHoldsUnderTheGroupsAndRates(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

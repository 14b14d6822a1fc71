import Foundation
import KaopingOffices111
import PingbiCore
import Testing

/// `pingbi rules kaoping-112 --compare kaoping-111` on the hypothetical 112 edition: the
/// amendment table is generated from the two editions' rules, one row per difference.
@Suite struct RulesAmendmentTests {
    let amendment = RulesAmendment(edition: RulesDocument(kaopingPrograms[0]), base: RulesDocument(Kaoping111()))

    @Test func everyStatedDifferenceHasARowAndNothingElseDoes() {
        #expect(amendment.rows.map { "\($0.section.title)｜\($0.title)｜\($0.note)" } == [
            "計畫｜名稱｜修正",
            "評比項目｜健保櫃檯承保申辦率｜修正",
            "評比項目｜行動服務量｜新增",
            "評比項目｜LINE群組活躍度｜修正",
            "解讀（文件未明之處的選擇）｜項目(6)LINE群組活躍度上限｜刪除：本版已明定，不再由解讀選擇",
        ])
    }

    @Test func aWeightChangeShowsBothWeights() throws {
        let row = try #require(amendment.rows.first { $0.title == "健保櫃檯承保申辦率" })
        #expect(row.amended?.hasSuffix("權重：25%") == true)
        #expect(row.current?.hasSuffix("權重：30%") == true)
    }

    @Test func theSettledCapIsInTheAmendedClause() throws {
        let row = try #require(amendment.rows.first { $0.title == "LINE群組活躍度" })
        #expect(row.amended?.hasSuffix("≦3分") == true)
        #expect(row.current?.hasSuffix("≦2分（標題：3分）") == true)
    }

    @Test func theNewItemHasNoCurrentRule() throws {
        let row = try #require(amendment.rows.first { $0.note == "新增" })
        #expect(row.current == nil)
        #expect(row.amended?.contains("權重：5%") == true)
    }

    @Test func anEditionComparedWithItselfHasNoRow() {
        let same = RulesAmendment(edition: RulesDocument(Kaoping111()), base: RulesDocument(Kaoping111()))
        #expect(same.rows.isEmpty)
    }
}

import Foundation
import IndigenousCollection112
import PingbiCore
import PingbiTesting
import Testing

/// indigenous-112's watch threshold (連續下降 N 期) is the program's (issue 10, point 4): an
/// edition sets it, and the list, its clause and the tracking note follow the number in force.
@Suite struct EditionThresholdTests {
    /// An edition-like copy watching 4 periods of decline in a row.
    static let edition: IndigenousRates112 = {
        var program = IndigenousRates112()
        program.declineThreshold = 4
        return program
    }()

    static let documentClause = "四(二)：勞保局每二個月將收繳率函送衛福部轉知原民會；三(二)：原民會應持續連結資源加強宣導、輔導扣款繳納。文件未定關注門檻：本系統以連續下降 3 期以上之原鄉地區列入關注，供原民會優先訪視宣導。"
    static let editionClause = "四(二)：勞保局每二個月將收繳率函送衛福部轉知原民會；三(二)：原民會應持續連結資源加強宣導、輔導扣款繳納。文件未定關注門檻：本系統以連續下降 4 期以上之原鄉地區列入關注，供原民會優先訪視宣導。"

    func clause(_ program: IndigenousRates112) -> String? {
        program.policies.first { $0.id == "watch" }?.clause
    }

    @Test func the112ClauseIsUnchanged() {
        #expect(IndigenousRates112().declineThreshold == 3)
        #expect(clause(IndigenousRates112()) == Self.documentClause)
    }

    @Test func theClauseQuotesTheThresholdInForce() {
        #expect(clause(Self.edition) == Self.editionClause)
    }

    /// Sample streaks at the end: 新竹縣關西鎮 and 苗栗縣泰安鄉 4, 臺東縣蘭嶼鄉 and 南投縣仁愛鄉 3.
    @Test func theEditionWatchesOnItsThreshold() throws {
        let base = try runSample()
        let edition = try Self.edition.sampleResult()
        #expect(base.outcomes(of: "watch").map(\.unit) == ["新竹縣關西鎮", "苗栗縣泰安鄉", "臺東縣蘭嶼鄉", "南投縣仁愛鄉"])
        #expect(edition.outcomes(of: "watch").map(\.unit) == ["新竹縣關西鎮", "苗栗縣泰安鄉"])
        #expect(edition.units == base.units)
        #expect(edition.notes.contains { $0.hasSuffix("連續下降 4 期以上者列入關注名單。趨勢以各地區自身最低、最高值為 ▁、█。") })
        #expect(base.notes.contains { $0.hasSuffix("連續下降 3 期以上者列入關注名單。趨勢以各地區自身最低、最高值為 ▁、█。") })
    }

    @Test func theAmendmentTableShowsTheChangedList() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.edition), base: RulesDocument(IndigenousRates112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["連續下降列入關注｜修正"])
        #expect(amendment.rows.first?.amended == Self.editionClause)
        #expect(amendment.rows.first?.current == Self.documentClause)
    }

    @Test func theListHasAnExampleOnTheEditionsThreshold() {
        let watch = Self.edition.policies.first { $0.id == "watch" }
        #expect(watch?.examples.contains { $0.title == "本版門檻：連續下降 4 期以上者列入，3 期者不列入" } == true)
    }

    @Test(arguments: ExampleCase.all(of: [edition]))
    func everyExampleHoldsUnderTheEditionsThreshold(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

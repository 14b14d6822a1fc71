import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

/// pension-exemplary-112's 標竿學習獎 places and prize are the program's (issue 10, point 4): an
/// edition sets them, and the award decides, its clause reads and the notes quote the numbers in force.
@Suite struct ExemplaryEditionTests {
    /// An edition-like copy: 督導員 3, 服務員 5, 6,000 each.
    static let edition: PensionExemplary112 = {
        var program = PensionExemplary112()
        program.benchmarkPlaces = ["督導員": 3, "服務員": 5]
        program.benchmarkPrize = Decimal(6000)
        return program
    }()

    static let documentClause = "附件五：標竿學習獎，督導員名額 1-2 名、服務員名額 10 名，等值商品獎勵額度各 5,000 元；備註 5：推薦獎項名額若有未達獲獎標準之情形可從缺。"
    static let editionClause = "附件五：標竿學習獎，督導員名額 3 名、服務員名額 5 名，等值商品獎勵額度各 6,000 元；備註 5：推薦獎項名額若有未達獲獎標準之情形可從缺。"

    func clause(_ program: PensionExemplary112) -> String? {
        program.policies.first { $0.id == "benchmark-award" }?.clause
    }

    @Test func the112ClauseIsTheDocumentsWords() {
        #expect(clause(PensionExemplary112()) == Self.documentClause)
    }

    @Test func theClauseQuotesThePlacesAndPrizeInForce() {
        #expect(clause(Self.edition) == Self.editionClause)
        // Only the prize changed: 督導員 keeps 附件五's「1-2 名」.
        var prizeOnly = PensionExemplary112()
        prizeOnly.benchmarkPrize = Decimal(6000)
        #expect(clause(prizeOnly) == "附件五：標竿學習獎，督導員名額 1-2 名、服務員名額 10 名，等值商品獎勵額度各 6,000 元；備註 5：推薦獎項名額若有未達獲獎標準之情形可從缺。")
    }

    /// Sample, by 複審分數: 督導員 王大明 90, 許淑惠 88, 張志明 85.6, 廖國華 71.8; nine 服務員.
    @Test func theEditionDecidesOnItsPlacesAndPrize() throws {
        let base = try Fixture.runSample(PensionExemplary112())
        let edition = try Fixture.runSample(Self.edition)
        let winners = { (result: ProgramResult) in result.outcomes(of: "benchmark-award").map { "\($0.unit):\($0.amount!.plainText)" } }
        #expect(winners(edition) == [
            "範例王大明:6000", "範例許淑惠:6000", "範例張志明:6000",
            "範例陳美玲:6000", "範例鄭文彬:6000", "範例林小華:6000", "範例郭俊傑:6000", "範例楊宗翰:6000",
        ])
        #expect(winners(base).count == 11)
        #expect(!winners(base).contains("範例張志明:5000"))
        #expect(edition.notes.contains("獎勵額度為等值商品，每人最高 6,000 元（上限，非現金）。"))
        #expect(edition.notes.contains("獎勵總額（上限）：8 人，合計等值商品最高 48,000 元。"))
        #expect(base.notes.contains("獎勵額度為等值商品，每人最高 5,000 元（上限，非現金）。"))
        #expect(base.warnings.contains("標竿學習獎服務員名額 10 名，達獲獎標準（0 分）者 9 人，1 名從缺。"))
        #expect(!edition.warnings.contains { $0.hasPrefix("標竿學習獎服務員名額") })
        let zhang = try #require(edition.unit(named: "範例張志明"))
        #expect(zhang.explanations["mean"]?.steps.contains { $0.text == "獲標竿學習獎（等值商品最高 6,000 元）" } == true)
    }

    @Test func theAmendmentTableShowsTheChangedAward() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.edition), base: RulesDocument(PensionExemplary112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["標竿學習獎｜修正"])
        #expect(amendment.rows.first?.amended == Self.editionClause)
        #expect(amendment.rows.first?.current == Self.documentClause)
    }

    @Test func theAwardHasAnExampleOnTheEditionsNumbers() {
        let award = Self.edition.policies.first { $0.id == "benchmark-award" }
        #expect(award?.examples.contains { $0.title == "本版名額與額度：督導員 3 名、服務員 5 名，每人 6,000 元" } == true)
    }

    @Test(arguments: ExampleCase.all(of: [edition]))
    func everyExampleHoldsUnderTheEditionsNumbers(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

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
        program.benchmarkPrize = ["督導員": Decimal(6000), "服務員": Decimal(6000)]
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
        prizeOnly.benchmarkPrize = ["督導員": Decimal(6000), "服務員": Decimal(6000)]
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

    /// An edition whose 督導員 get 6,000 and 服務員 keep 5,000.
    static let prizedByTitle: PensionExemplary112 = {
        var program = PensionExemplary112()
        program.benchmarkPrize["督導員"] = Decimal(6000)
        return program
    }()

    static let prizedByTitleClause = "附件五：標竿學習獎，督導員名額 1-2 名、等值商品獎勵額度 6,000 元，服務員名額 10 名、等值商品獎勵額度 5,000 元；備註 5：推薦獎項名額若有未達獲獎標準之情形可從缺。"

    /// Sample: 2 督導員 at 6,000 and 9 服務員 at 5,000, 57,000 in all.
    @Test func eachTitleIsPaidItsOwnPrize() throws {
        let result = try Fixture.runSample(Self.prizedByTitle)
        let prizes = Dictionary(uniqueKeysWithValues: result.outcomes(of: "benchmark-award").map { ($0.unit, $0.amount!) })
        #expect(prizes["範例王大明"] == 6000 && prizes["範例許淑惠"] == 6000)
        #expect(prizes["範例陳美玲"] == 5000 && prizes.count == 11)
        #expect(result.notes.contains("獎勵額度為等值商品，每人最高 督導員 6,000 元、服務員 5,000 元（上限，非現金）。"))
        #expect(result.notes.contains("獎勵總額（上限）：11 人，合計等值商品最高 57,000 元。"))
        let wang = try #require(result.unit(named: "範例王大明"))
        #expect(wang.explanations["mean"]?.steps.contains { $0.text == "獲標竿學習獎（等值商品最高 6,000 元）" } == true)
        #expect(clause(Self.prizedByTitle) == Self.prizedByTitleClause)
        let award = Self.prizedByTitle.policies.first { $0.id == "benchmark-award" }
        #expect(award?.examples.contains { $0.title == "本版名額與額度：督導員 2 名、服務員 10 名，每人 督導員 6,000 元、服務員 5,000 元" } == true)
        let amendment = RulesAmendment(edition: RulesDocument(Self.prizedByTitle), base: RulesDocument(PensionExemplary112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["標竿學習獎｜修正"])
        #expect(amendment.rows.first?.amended == Self.prizedByTitleClause)
    }

    /// An edition whose 初審 allows 4 nominations per agency and 600 characters, and asks for 3 photos.
    static let screening: PensionExemplary112 = {
        var program = PensionExemplary112()
        program.nominationLimit = 4
        program.summaryLimit = 600
        program.photoMinimum = 3
        return program
    }()

    static let screeningClause = "附件五 備註 4.(1)：初審由衛福部針對書面資料進行審核，未符合規定或超額提報部分，不予納入複審（至多推薦 4 人；現任人員；事蹟概述 600 字以內；服務照片至少 3 張）。"
    static let documentScreeningClause = "附件五 備註 4.(1)：初審由衛福部針對書面資料進行審核，未符合規定或超額提報部分，不予納入複審（至多推薦 3 人；現任人員；事蹟概述 500 字以內；服務照片至少 2 張）。"

    /// 臺北市 nominates five; 新北市 three at 550 and 601 characters and with 2 photos.
    static let screened = PensionExemplaryTests.files([
        "臺北市,甲,服務員,是,事蹟,3,80,80,80,80,80",
        "臺北市,乙,服務員,是,事蹟,3,80,80,80,80,80",
        "臺北市,丙,服務員,是,事蹟,3,80,80,80,80,80",
        "臺北市,丁,服務員,是,事蹟,3,80,80,80,80,80",
        "臺北市,戊,服務員,是,事蹟,3,80,80,80,80,80",
        "新北市,己,服務員,是,\(String(repeating: "字", count: 550)),3,80,80,80,80,80",
        "新北市,庚,服務員,是,\(String(repeating: "字", count: 601)),3,80,80,80,80,80",
        "新北市,辛,服務員,是,事蹟,2,80,80,80,80,80",
    ])

    @Test func preliminaryReviewChecksTheLimitsInForce() throws {
        let excluded = { (program: PensionExemplary112, readings: [String: String]) throws -> [String] in
            try Fixture.run(program, try Fixture.folder(Self.screened), readings).outcomes(of: "excluded").map { "\($0.unit):\($0.reason!)" }
        }
        #expect(try excluded(PensionExemplary112(), [:]) == [
            "丁:超額：臺北市推薦 5 人，此為第 4 位（至多推薦 3 人）", "戊:超額：臺北市推薦 5 人，此為第 5 位（至多推薦 3 人）",
            "己:事蹟概述 550 字，超過 500 字", "庚:事蹟概述 601 字，超過 500 字",
        ])
        #expect(try excluded(Self.screening, [:]) == [
            "戊:超額：臺北市推薦 5 人，此為第 5 位（至多推薦 4 人）", "庚:事蹟概述 601 字，超過 600 字", "辛:服務照片 2 張，少於 3 張",
        ])
        #expect(try excluded(Self.screening, ["excess": "whole-agency"]).prefix(1) == ["甲:超額：臺北市推薦 5 人，超過 4 人，該機關全部不予納入"])
        let result = try Fixture.run(Self.screening, try Fixture.folder(Self.screened))
        #expect(result.warnings.contains("臺北市推薦 5 人，超過至多 4 人之規定（超額部分不予納入複審）。"))
        #expect(result.outcomes(of: "excluded").map(\.label) == ["初審未通過：超額", "初審未通過：事蹟概述不符", "初審未通過：照片不足"])
    }

    @Test func theInputsAndReadingsQuoteTheLimitsInForce() throws {
        let notes = Dictionary(uniqueKeysWithValues: Self.screening.inputs[0].columns.map { ($0.name, $0.note) })
        #expect(notes["事蹟概述"] == "優良事蹟概述（600 字以內）")
        #expect(notes["照片數"] == "服務照片張數（至少 3 張）")
        #expect(PensionExemplary112().inputs[0].columns.first { $0.name == "事蹟概述" }?.note == "優良事蹟概述（500 字以內）")
        let excess = try #require(Self.screening.readings.first { $0.name == "excess" })
        #expect(excess.summary == "超額提報：僅第 5 位起不予納入，或該機關全部不予納入")
        #expect(PensionExemplary112().readings.first { $0.name == "excess" }?.summary == "超額提報：僅第 4 位起不予納入，或該機關全部不予納入")
    }

    @Test func theAmendmentTableShowsTheChangedReview() {
        #expect(PensionExemplary112().policies[0].clause == Self.documentScreeningClause)
        let amendment = RulesAmendment(edition: RulesDocument(Self.screening), base: RulesDocument(PensionExemplary112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["初審未納入複審｜修正", "超額提報｜修正"])
        #expect(amendment.rows.first?.amended == Self.screeningClause)
        #expect(amendment.rows.first?.current == Self.documentScreeningClause)
        #expect(Self.screening.policies[0].examples.contains { $0.title == "本版初審規定：至多推薦 4 人、事蹟概述 600 字以內、服務照片至少 3 張" })
    }

    @Test(arguments: ExampleCase.all(of: [prizedByTitle, screening]))
    func everyExampleHoldsUnderThePrizesAndLimits(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

/// pension-exemplary-112's fewest nominations per agency (附件五 備註 1: 1) is the program's, like
/// ``PensionExemplary112/nominationLimit``: an edition sets it, and the warnings and the rules
/// document quote the number in force.
@Suite struct ExemplaryMinimumEditionTests {
    static let edition: PensionExemplary112 = {
        var program = PensionExemplary112()
        program.nominationMinimum = 2
        return program
    }()

    /// Sample: 12 of the 22 agencies nominated, 8 of them one person each (桃園市 first in 附件二's order).
    @Test func theEditionWarnsAboutAgenciesBelowItsMinimum() throws {
        let base = try Fixture.runSample(PensionExemplary112())
        let edition = try Fixture.runSample(Self.edition)
        let short = { (result: ProgramResult) in result.warnings.filter { $0.contains("附件五備註 1") } }
        #expect(short(base).count == 10)
        #expect(short(base).allSatisfy { $0.hasSuffix("未推薦任何人（附件五備註 1：各直轄市、縣(市)政府至少推薦 1 人）。") })
        #expect(short(edition).count == 18)
        #expect(short(edition).first == "桃園市僅推薦 1 人（附件五備註 1：各直轄市、縣(市)政府至少推薦 2 人）。")
        #expect(short(edition).contains("基隆市未推薦任何人（附件五備註 1：各直轄市、縣(市)政府至少推薦 2 人）。"))
        // Only the warnings change: 初審 and 標竿學習獎 are the same.
        #expect(edition.outcomes == base.outcomes)
    }

    @Test func aMinimumOfZeroWarnsAboutNobody() throws {
        var program = PensionExemplary112()
        program.nominationMinimum = 0
        #expect(try Fixture.runSample(program).warnings.allSatisfy { !$0.contains("附件五備註 1") })
    }

    @Test func theAmendmentTableShowsTheChangedMinimum() {
        let amendment = RulesAmendment(edition: RulesDocument(Self.edition), base: RulesDocument(PensionExemplary112()))
        #expect(amendment.rows.map { "\($0.title)｜\($0.note)" } == ["推薦人數下限｜修正"])
        #expect(amendment.rows.first?.current == "附件五 備註 1：各直轄市、縣（市）政府至少推薦 1 人；未達者列入警告，不影響初審。")
        #expect(amendment.rows.first?.amended == "附件五 備註 1：各直轄市、縣（市）政府至少推薦 2 人；未達者列入警告，不影響初審。")
    }
}

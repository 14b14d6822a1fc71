import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import KaopingOffices111

@Suite("kaoping-111 worked examples")
struct ExampleTests {
    @Test("every example of every item and policy holds", arguments: ExampleCase.all(of: programs))
    func exampleHolds(_ testCase: ExampleCase) throws {
        try testCase.check()
    }

    @Test func everyItemAndPolicyHasExamplesAndClause() {
        let program = Kaoping111()
        #expect(program.indicators.map(\.id) == ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"])
        #expect(program.policies.map(\.id) == ["elite", "mobile"])
        for item in program.indicators { #expect(item.examples.count >= 3, "\(item.id)"); #expect(!item.clause.isEmpty) }
        for policy in program.policies { #expect(policy.examples.count >= 5, "\(policy.id)") }
    }

    @Test func readingsAreSpecs() {
        let readings = Kaoping111().readings
        #expect(readings.map(\.name) == [
            "group-bounds", "rate-average", "promotion-factor", "quality-basis", "line-cap", "local-card", "rounding",
            "assist-count", "exclusive-awards", "cut-ties",
        ])
        let values = Dictionary(uniqueKeysWithValues: readings.map { ($0.name, $0.values) })
        #expect(values["group-bounds"] == ["half-open", "as-written"])
        #expect(values["rate-average"] == ["mean-of-rates", "pooled"])
        #expect(values["promotion-factor"] == ["100", "10"])
        #expect(values["quality-basis"] == ["monthly", "period"])
        #expect(values["line-cap"] == ["2", "3"])
        #expect(values["local-card"] == ["card-only", "combined"])
        #expect(values["rounding"] == ["items", "total-only"])
        #expect(values["assist-count"] == ["all-cases", "mobile", "arrears"])
        #expect(values["exclusive-awards"] == ["yes", "no"])
        #expect(values["cut-ties"] == ["include", "refer"])
    }

    @Test func aWrongExpectationIsReported() throws {
        let wrong = Example("錯誤的預期", expect: Decimal.exact("81")) { Paperless().score(of: "乙", among: ["甲": Counts([.autoDebit: 1]), "乙": Counts([.autoDebit: 1])]) }
        #expect(try wrong.verify() != nil)
    }

    @Test func registeredUnderItsId() {
        #expect(programs.map(\.id) == ["kaoping-111"])
    }
}

import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// `pingbi gap` on a small group: the smallest change to one of an office's own counts that
/// wins (or loses) 菁英獎, checked by running the program on the changed data.
@Suite struct AwardGapTests {
    /// Group 4, five offices, four 菁英獎 places: 宣導 A = 10, 8, 6, 4, 2 (戊 is fifth).
    static let data: MiniData = {
        var activity: [String: [Int: [CountColumn: Int]]] = [:]
        var offices: [String] = []
        for (name, promotion) in [("甲", 10), ("乙", 8), ("丙", 6), ("丁", 4), ("戊", 2)] {
            activity["\(name)鄉"] = [2: [.staticPromotion: promotion]]
            offices.append("\(name)鄉,4,10,N")
        }
        return MiniData(offices: offices, activity: activity)
    }()

    func gap(_ unit: String) throws -> AwardGap {
        try #require(try AwardGap.analyse(Kaoping111(), context: EvaluationContext(data: Self.data.write()), unit: unit))
    }

    /// Whether `unit` has 菁英獎 after adding `delta` (negative: removing) to `column` in month 2.
    func wins(_ unit: String, _ column: String, _ delta: Int) throws -> Bool {
        var data = Self.data
        let counts = try #require(CountColumn.allCases.first { $0.rawValue == column })
        data.activity[unit, default: [:]][2, default: [:]][counts, default: 0] += delta
        return try data.run().outcomes(of: "elite").contains { $0.unit == unit }
    }

    @Test func theFifthOfficeNeedsOneMoreEventToTieTheFourth() throws {
        let gap = try gap("戊鄉")
        let elite = try #require(gap.findings.first { $0.policy == "elite" })
        #expect(!elite.holds)
        // One 活動宣導 (×2 in A) brings 戊鄉 to A = 4, equal to 丁鄉: tied at the cut, included.
        let first = try #require(elite.steps.first)
        #expect(first.delta == 1)
        #expect(elite.steps.contains { $0.column == "活動宣導" && $0.delta == 1 && $0.total == 0 })
        // Two 靜態宣導 do the same.
        #expect(elite.steps.allSatisfy { $0.delta <= 2 })
    }

    @Test func everyStepFoundIsTheSmallestThatWorks() throws {
        for unit in ["戊鄉", "甲鄉", "丁鄉"] {
            let gap = try gap(unit)
            let elite = try #require(gap.findings.first { $0.policy == "elite" })
            #expect(!elite.steps.isEmpty, "\(unit)")
            for step in elite.steps {
                #expect(try wins(unit, step.column, step.delta) != elite.holds, "\(unit) \(step.column) \(step.delta)")
                let smaller = step.delta > 0 ? step.delta - 1 : step.delta + 1
                #expect(try wins(unit, step.column, smaller) == elite.holds, "\(unit) \(step.column) \(smaller)")
            }
        }
    }

    @Test func aWinnerLearnsWhatWouldLoseIt() throws {
        let elite = try #require(try gap("丁鄉").findings.first { $0.policy == "elite" })
        #expect(elite.holds)
        // 丁鄉's A = 4 against 戊鄉's 2: removing two 靜態宣導 ties it (still in), three drop it.
        // No number of errors can: item (5) moves the total too little.
        #expect(elite.steps == [AwardGap.Step(file: "activity.csv", column: "靜態宣導", delta: -3, total: 4)])
    }
}

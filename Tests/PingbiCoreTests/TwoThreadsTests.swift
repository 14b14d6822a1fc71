import Foundation
@testable import PingbiCore
import Testing

/// Work shared by two threads gives what one thread gives, in order, under the caller's
/// explanations setting; a large roster is scored and totalled on two threads as each group alone.
@Suite struct TwoThreadsTests {
    @Test func jobsOfUnequalSizesGiveTheirResultsInJobOrder() {
        let sizes = [1, 5_000, 3, 5_000, 2, 700]
        #expect(TwoThreads.map(sizes: sizes) { $0 * 10 } == [0, 10, 20, 30, 40, 50])
        // Each job computes as the caller does: explanations recorded or not.
        #expect(TwoThreads.map(sizes: sizes) { _ in Explanation.records } == Array(repeating: true, count: 6))
        #expect(Explanation.silently { TwoThreads.map(sizes: sizes) { _ in Explanation.records } } == Array(repeating: false, count: 6))
    }

    @Test func elementsMadeOnTwoThreadsAreInPlace() {
        #expect(TwoThreads.map(count: 5_001) { $0 * 2 } == (0..<5_001).map { $0 * 2 })
        #expect(Explanation.silently { TwoThreads.map(count: 5_001) { _ in Explanation.records } }.allSatisfy { !$0 })
        #expect(TwoThreads.map(count: 3) { $0 } == [0, 1, 2])
    }

    /// 3,042 shops in three groups of 1,620, 1,014 and 408, interleaved in the roster. In each
    /// group the sales are 1,000,000 × (1 + k/100) for k in −50…50 repeated, and one shop at
    /// k = 240 with three at k = −80: B = 1,000,000, a shop scores 80 + k/10, the one at 240
    /// capped at 100 (a warning).
    @Test func aLargeRosterIsScoredAndTotalledOnTwoThreadsAsEachGroupAlone() throws {
        var groups: [[(name: String, k: Int)]] = []
        for (group, repeats) in [("1", 16), ("2", 10), ("3", 4)] {
            var members: [(name: String, k: Int)] = []
            for round in 0..<repeats { for k in -50...50 { members.append(("\(group)-\(round)-\(k)", k)) } }
            for (number, k) in [240, -80, -80, -80].enumerated() { members.insert(("\(group)-x\(number)", k), at: 37 * (number + 1)) }
            groups.append(members)
        }
        var shops: [PipelineTests.Shop] = [], expected: [String: Decimal] = [:], capped: [String] = []
        for index in 0..<groups.map(\.count).max()! {
            for (number, members) in groups.enumerated() where index < members.count {
                let (name, k) = members[index], bonus = index % 7 == 0 ? 1 : 0
                shops.append(PipelineTests.Shop(name: name, group: "\(number + 1)", sales: 10_000 * (100 + k), bonus: bonus))
                expected[name] = min(100, 80 + Decimal(k) / 10) + Decimal(bonus)
                if k == 240 { capped.append(name) }
            }
        }
        #expect(shops.count == 3_042)
        let result = try PipelineTests.Shops(shops: shops).evaluate(PipelineTests().context)
        #expect(result.units.count == shops.count)
        #expect(result.units.allSatisfy { $0.values["total"] == expected[$0.unit] })
        #expect(result.groupMeans == ["1": ["A1": 1_000_000], "2": ["A1": 1_000_000], "3": ["A1": 1_000_000]])
        // The items' warnings in roster order.
        #expect(result.warnings == ["讀取"] + capped.map { "\($0) 達上限" })
        // Explanations are made on demand as one thread makes them.
        let unit = result.units.first { $0.unit == "2-x0" }!
        #expect(unit.explanations["total"]?.steps.isEmpty == false)
    }
}

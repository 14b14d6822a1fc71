import Testing
@testable import KaopingOffices111

/// ``Counts`` stores columns by position: the positions must be `allCases`' order.
@Suite("kaoping-111 counts")
struct CountsTests {
    @Test func positionsFollowAllCases() {
        #expect(CountColumn.allCases.map(\.position) == Array(0..<CountColumn.allCases.count))
    }

    @Test func sumsColumnWise() {
        let sum = Counts([.enrol: 1, .localCards: 7]) + Counts([.enrol: 2, .volume: 5])
        #expect(sum == Counts([.enrol: 3, .volume: 5, .localCards: 7]))
        #expect(sum[.localCards] == 7 && sum[.eBillWeb] == 0)
    }
}

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

    /// Counts are kept in 32 bits while they fit: a larger or negative one keeps every count exact.
    @Test func countsPast32BitsStayExact() {
        let limit = 1_000_000_000_000
        var counts = Counts([.enrol: 4_294_967_295, .volume: 3])
        #expect(counts[.enrol] == 4_294_967_295 && counts[.volume] == 3)
        counts[.volume] = limit
        #expect(counts[.volume] == limit && counts[.enrol] == 4_294_967_295 && counts[.eBillWeb] == 0)
        counts[.autoDebit] = -7
        #expect(counts[.autoDebit] == -7)
        #expect(counts == Counts([.enrol: 4_294_967_295, .volume: limit, .autoDebit: -7]))
        var sum = Counts([.enrol: 4_294_967_295])
        sum += Counts([.enrol: 4_294_967_295, .volume: 1])
        #expect(sum[.enrol] == 8_589_934_590 && sum[.volume] == 1)
        #expect(Counts([.enrol: 1]) + Counts([.enrol: limit]) == Counts([.enrol: limit + 1]))
        #expect(Counts([.enrol: 1]) != Counts([.enrol: 1 + (1 << 32)]))
    }
}

import Foundation
import PingbiCore
import Testing

@Suite struct RankingTests {
    let values: [Decimal?] = [.exact("5"), .exact("7"), .exact("7"), nil, .exact("3")]

    @Test func competitionRanksShareAndSkip() {
        #expect(Ranking.ranks(values, by: [.descending { $0 }]) == [3, 1, 1, 5, 4])
    }

    @Test func denseRanksShareWithoutSkipping() {
        #expect(Ranking.ranks(values, by: [.descending { $0 }], method: .dense) == [2, 1, 1, 4, 3])
    }

    @Test func missingValuesRankLastInEitherDirection() {
        #expect(Ranking.ranks(values, by: [.ascending { $0 }]) == [2, 3, 3, 5, 1])
        #expect(Ranking.ranks([nil, nil, Decimal(1)], by: [.descending { $0 }]) == [2, 2, 1])
    }

    @Test func laterKeysBreakTiesOfEarlierKeys() {
        let rows: [(Decimal, Decimal)] = [(90, 10), (90, 12), (88, 50), (90, 12)]
        let ranks = Ranking.ranks(rows, by: [.descending { $0.0 }, .descending { $0.1 }])
        #expect(ranks == [3, 1, 4, 1])
    }

    @Test func threeKeysWithTiesAndMissingValuesRankAsPairwiseComparisonDoes() {
        // 300 rows of few distinct values (many ties on every key, some missing): each rank is
        // 1 + the number of rows strictly before it, comparing the keys one after another.
        var seed: UInt64 = 12_345
        func next(_ bound: UInt64) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % bound)
        }
        let rows: [(Fraction?, Int?, Fraction)] = (0..<300).map { _ in
            (next(5) == 0 ? nil : Fraction(next(4), 3), next(4) == 0 ? nil : next(3), Fraction(next(3)))
        }
        let keys: [RankKey<(Fraction?, Int?, Fraction)>] = [.descending { $0.0 }, .ascending { $0.1 }, .descending { $0.2 }]
        func before<V: Comparable>(_ a: V?, _ b: V?, descending: Bool) -> Bool? {
            switch (a, b) {
            case (nil, nil): return nil
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?): return x == y ? nil : (x > y) == descending
            }
        }
        func ranksBefore(_ a: (Fraction?, Int?, Fraction), _ b: (Fraction?, Int?, Fraction)) -> Bool {
            before(a.0, b.0, descending: true) ?? before(a.1, b.1, descending: false) ?? before(a.2, b.2, descending: true) ?? false
        }
        let expected = rows.map { row in 1 + rows.filter { ranksBefore($0, row) }.count }
        #expect(Ranking.ranks(rows, by: keys) == expected)
        let dense = Ranking.ranks(rows, by: keys, method: .dense)
        let tiers = Set(expected).sorted()
        #expect(dense == expected.map { tiers.firstIndex(of: $0)! + 1 })
    }

    /// A key ranked by an image of its values as whole numbers (millionths) ranks as the
    /// values do, and one element without such an image makes the key rank by the values:
    /// both give the ranks of pairwise comparison, ties and a second key included.
    @Test func wholeNumberImageRanksAsTheValues() {
        var seed: UInt64 = 777
        func next(_ bound: UInt64) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % bound)
        }
        // Tenths from -5.0 to 99.9 (many ties), a tie-breaking count.
        let rows: [(total: Fraction, millionths: Int?, assist: Int)] = (0..<3_000).map { _ in
            let tenths = next(1_050) - 50
            return (Fraction(tenths, 10), tenths * 100_000, next(7))
        }
        let byValue: [RankKey<(total: Fraction, millionths: Int?, assist: Int)>] = [.descending { $0.total }, .descending { $0.assist }]
        let byWhole: [RankKey<(total: Fraction, millionths: Int?, assist: Int)>] = [
            .descending(at: { $0.pointee.total }, whole: { $0.pointee.millionths }), .descending(at: { $0.pointee.assist }),
        ]
        let expected = rows.map { row in
            1 + rows.filter { $0.total > row.total || ($0.total == row.total && $0.assist > row.assist) }.count
        }
        #expect(Ranking.ranks(rows, by: byValue) == expected)
        #expect(Ranking.ranks(rows, by: byWhole) == expected)
        var oneWithout = rows
        oneWithout[1_234].millionths = nil
        #expect(Ranking.ranks(oneWithout, by: byWhole) == expected)
        #expect(Ranking.ranks(rows, by: byWhole, method: .dense) == Ranking.ranks(rows, by: byValue, method: .dense))
    }

    /// Whole numbers close together (or in steps that are) are counted into their ranks, far
    /// apart ones sorted: all rank as pairwise comparison does, in either direction.
    @Test func wholeNumbersNearAndFarRankAlike() {
        for (spread, offset) in [(3, 0), (1_000_000_007, 0), (1_000_000_007, 1)] {
            let values = (0..<500).map { ($0 * 7_919) % 61 * spread - 20 * spread + offset * ($0 % 3) }
            let descending = values.map { value in 1 + values.filter { $0 > value }.count }
            let ascending = values.map { value in 1 + values.filter { $0 < value }.count }
            #expect(Ranking.ranks(values, by: [.descending { $0 }]) == descending, "spread \(spread), offset \(offset)")
            #expect(Ranking.ranks(values, by: [.ascending { $0 }]) == ascending, "spread \(spread), offset \(offset)")
        }
    }

    @Test func weightedRankSumsTieExactly() {
        let weights = [Decimal.exact("0.4"), .exact("0.25"), .exact("0.2"), .exact("0.15")]
        let score = { (ranks: [Int]) in zip(weights, ranks).reduce(Decimal(0)) { $0 + $1.0 * Decimal($1.1) } }
        let scores = [score([1, 2, 2, 1]), score([1, 1, 1, 4]), score([2, 1, 1, 1])]
        #expect(Ranking.ranks(scores, by: [.ascending { $0 }]) == [2, 2, 1])
    }
}

@Suite struct CutLineTests {
    // Ranks of seven units; two tied at 3rd.
    let ranks = [1, 2, 3, 3, 5, 6, 7]

    @Test func topIncludesTiesAtTheLine() {
        let cut = CutLine.top(3, ranks: ranks, ties: .include)
        #expect(cut.selected == [0, 1, 2, 3])
        #expect(cut.exceeded)
        #expect(cut.tiedAtCut.isEmpty)
    }

    @Test func topReferKeepsQuotaAndListsTies() {
        let cut = CutLine.top(3, ranks: ranks, ties: .refer)
        #expect(cut.selected == [0, 1])
        #expect(cut.tiedAtCut == [2, 3])
        #expect(!cut.exceeded)
    }

    @Test func topWithoutTieAtLineIsExact() {
        let cut = CutLine.top(4, ranks: ranks, ties: .refer)
        #expect(cut.selected == [0, 1, 2, 3])
        #expect(!cut.exceeded)
    }

    @Test func bottomCountsFromTheLast() {
        #expect(CutLine.bottom(4, ranks: ranks, ties: .include).selected == [6, 5, 4, 2, 3])
        #expect(CutLine.bottom(3, ranks: ranks, ties: .include).selected == [6, 5, 4])
        let refer = CutLine.bottom(4, ranks: ranks, ties: .refer)
        #expect(refer.selected == [6, 5, 4])
        #expect(refer.tiedAtCut == [2, 3])
    }

    @Test func quotaLargerThanListTakesAll() {
        #expect(CutLine.top(10, ranks: [2, 1], ties: .include).selected == [1, 0])
        #expect(CutLine.top(0, ranks: [1], ties: .include).selected == [])
    }
}

@Suite struct UnitNameTests {
    @Test(arguments: [("台南市", "臺南市"), ("  臺東縣 ", "臺東縣"), ("\u{3000}台北市\u{3000}", "臺北市"), ("高雄市三民區", "高雄市三民區"),
        ("臺中市台灣大道", "臺中市臺灣大道"), ("\t台\n", "臺"), ("\u{85}高雄市", "高雄市"), ("A ", "A"), ("", ""), ("\u{3000}", "")])
    func normalises(raw: String, expected: String) {
        #expect(UnitName.normalize(raw) == expected)
    }
}

@Suite struct PeriodTests {
    @Test func parsesRangesAndMonths() throws {
        let period = try #require(PeriodRange("111-02..111-05"))
        #expect(period.months.map(\.description) == ["111-02", "111-03", "111-04", "111-05"])
        #expect(PeriodRange("111-12..112-01")?.months.count == 2)
        #expect(PeriodRange("111-04")?.months.count == 1)
        #expect(YearMonth("111/3") == YearMonth(year: 111, month: 3))
    }

    @Test(arguments: ["111-13", "111-00..111-02", "111-05..111-02", "abc", "111-02..", "2022-02"])
    func rejectsNonsense(text: String) {
        #expect(PeriodRange(text) == nil)
    }
}

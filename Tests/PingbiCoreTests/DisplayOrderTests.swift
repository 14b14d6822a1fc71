import Foundation
import PingbiCore
import Testing

/// ``Swift/Array/sortForDisplay(tied:groups:)`` puts rows in the order of group, rank, then name
/// (or roster) whichever way it gets there: counted by rank or sorted, names compared as bytes
/// or as `String` compares them.
@Suite struct DisplayOrderTests {
    /// The roster places of `rows` in the order of the rule itself: a comparison of (group
    /// place, rank, then name and roster place, or roster place alone).
    static func expected(_ rows: [UnitResult], tied: TiedOrder, groups listed: [String]) -> [Int] {
        let groups = listed + Set(rows.map { $0.group ?? "" }).subtracting(listed).sorted()
        let key = { (row: UnitResult) in (groups.firstIndex(of: row.group ?? "")!, row.rank ?? Int.max) }
        return rows.indices.sorted { a, b in
            let (x, y) = (rows[a], rows[b])
            if key(x) != key(y) { return key(x) < key(y) }
            return tied == .name ? (x.unit < y.unit || (x.unit == y.unit && a < b)) : a < b
        }
    }

    /// Seeded rows: offices' names (ASCII and CJK), names with combining marks, full-width
    /// letters or Hangul (compared as `String` does), ranks tied, missing, and beyond counting
    /// (seed 5). Fails when names are compared as bytes where `String` orders them otherwise,
    /// or when counting misplaces a rank.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func randomRowsAreOrderedByTheRule(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pieces = ["測試縣第", "高雄市", "三民區", "a", "B", "0", "9", "公所", "e\u{301}", "é", "한", "Ａ", "臺", "台"]
        let plainOnly = seed % 2 == 0
        let rows = (0..<400).map { index -> UnitResult in
            let name = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                pieces[Int.random(in: 0..<(plainOnly ? 8 : pieces.count), using: &random)]
            }.joined()
            let rank: Int? = Int.random(in: 0..<10, using: &random) == 0 ? nil
                : seed == 5 && index == 7 ? 1_000_000 : Int.random(in: 1...40, using: &random)
            let group: String? = Int.random(in: 0..<8, using: &random) == 0 ? nil : ["1", "2", "3", "乙"][Int.random(in: 0..<4, using: &random)]
            var row = UnitResult(unit: name, group: group, rank: rank)
            // The roster place, to tell rows of equal names apart.
            row.agency = "\(index)"
            return row
        }
        for tied in [TiedOrder.name, .roster] {
            for listed in [[], ["3", "乙"]] {
                var sorted = rows
                sorted.sortForDisplay(tied: tied, groups: listed)
                #expect(sorted.map { Int($0.agency!)! } == Self.expected(rows, tied: tied, groups: listed))
            }
        }
    }
}

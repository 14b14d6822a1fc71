import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

/// What must always hold, checked on generated variations of the sample data with a seeded
/// generator (bounded and deterministic): results do not depend on the order of rows or
/// columns; reruns are byte-identical; an office's own count never lowers its own score; a
/// cut line never drops a tied unit.
@Suite struct PropertyTests {
    static let programIDs = Catalog.programs.map(\.id)

    /// A JSON result's lines, sorted, without trailing commas: every unit, outcome and warning
    /// with its values, in any order. Units tied on every key and outcomes of one policy are
    /// listed in input order, which is all that row order may change.
    static func canonical(_ json: String) -> String {
        json.split(separator: "\n").map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) }.sorted().joined(separator: "\n")
    }

    @Test(arguments: programIDs)
    func resultsDoNotDependOnRowOrder(_ id: String) throws {
        let base = try SampleCopy(try #require(Catalog.program(id)))
        let expected = Self.canonical(try base.result())
        var generator = SplitMix64(seed: 0x5EED_0001)
        for round in 0..<4 {
            var copy = base
            copy.shuffleRows(using: &generator)
            let actual = Self.canonical(try copy.result())
            #expect(actual == expected, "\(id), row order \(round): \(GoldenDiff.first(expected: Data(expected.utf8), actual: Data(actual.utf8)) ?? "")")
        }
    }

    @Test(arguments: programIDs)
    func resultsDoNotDependOnColumnOrder(_ id: String) throws {
        let base = try SampleCopy(try #require(Catalog.program(id)))
        let expected = Self.canonical(try base.result())
        var generator = SplitMix64(seed: 0x5EED_0002)
        for round in 0..<4 {
            var copy = base
            copy.shuffleColumns(using: &generator)
            copy.shuffleRows(using: &generator)
            let actual = Self.canonical(try copy.result())
            #expect(actual == expected, "\(id), column order \(round): \(GoldenDiff.first(expected: Data(expected.utf8), actual: Data(actual.utf8)) ?? "")")
        }
    }

    @Test(arguments: ["json", "csv", "html", "text", "table"])
    func rerunsAreByteIdentical(_ format: String) {
        let first = pingbi("run", "--format", format, "--all")
        let second = pingbi("run", "--format", format, "--all")
        #expect(first.status == .success)
        #expect(first.out == second.out)
        #expect(Data(first.out.utf8) == Data(second.out.utf8))
    }

    /// Raising one kaoping office's own count of an item (in one month) never lowers that
    /// office's own score of the item, though the group mean rises with it.
    @Test(arguments: [("電子繳款單_網路", "S2"), ("AREA分期", "S3"), ("活動宣導", "S4"), ("約定轉帳", "S2")])
    func raisingAnOfficesOwnCountNeverLowersItsOwnScore(_ column: String, _ score: String) throws {
        let program = try #require(Catalog.program("kaoping-111"))
        let base = try SampleCopy(program)
        let activity = try #require(base.files.firstIndex { $0.name == "activity.csv" })
        let header = base.files[activity].records[0]
        let col = try #require(header.firstIndex(of: column))
        let before = try base.evaluate()
        var generator = SplitMix64(seed: 0x5EED_0003)
        for _ in 0..<6 {
            var copy = base
            let row = Int.random(in: 1..<copy.files[activity].records.count, using: &generator)
            let office = copy.files[activity].records[row][0]
            let old = try #require(Int(copy.files[activity].records[row][col]))
            let raised = old + [1, 2, 7, 50, 1000].randomElement(using: &generator)!
            copy.files[activity].records[row][col] = String(raised)
            let after = try copy.evaluate()
            let was = try #require(before.unit(named: office)?.values[score])
            let now = try #require(after.unit(named: office)?.values[score])
            #expect(now >= was, "\(office) \(column) \(old)→\(raised): \(score) \(was)→\(now)")
        }
    }

    /// Generated values ranked by competition rank: a "top N" or "last N" cut line keeps every
    /// unit tied at the line (include), or refers all of them (refer) — never some of them.
    @Test func aCutLineNeverDropsATiedUnit() {
        var generator = SplitMix64(seed: 0x5EED_0004)
        for _ in 0..<500 {
            let count = Int.random(in: 0...15, using: &generator)
            let values = (0..<count).map { _ in Decimal(Int.random(in: 0...5, using: &generator)) }
            let ranks = Ranking.ranks(values, by: [.descending { $0 }])
            let quota = Int.random(in: 0...8, using: &generator)
            for top in [true, false] {
                let cut = top ? CutLine.top : CutLine.bottom
                let included = cut(quota, ranks, .include)
                let chosen = Set(included.selected)
                // Everyone ranked as well as (top) or as badly as (bottom) the line is selected.
                let selectedRanks = included.selected.map { ranks[$0] }
                if let line = top ? selectedRanks.max() : selectedRanks.min() {
                    let inside = ranks.indices.filter { top ? ranks[$0] <= line : ranks[$0] >= line }
                    #expect(inside.allSatisfy(chosen.contains) && inside.count == chosen.count, "\(ranks) quota \(quota)")
                }
                #expect(chosen.count >= min(quota, count))
                #expect(included.exceeded == (chosen.count > quota))
                let referred = cut(quota, ranks, .refer)
                #expect(referred.selected.count <= quota)
                #expect(Set(referred.selected).isDisjoint(with: referred.tiedAtCut))
                #expect(Set(referred.selected + referred.tiedAtCut) == chosen, "refer splits what include selects: \(ranks) quota \(quota)")
                // The referred units are all tied with each other.
                #expect(Set(referred.tiedAtCut.map { ranks[$0] }).count <= 1)
            }
        }
    }
}

import Foundation
import Testing
@testable import PingbiCore

/// ``QuotaCut``'s "last N" (六(一)「收繳率消長後五名…但正成長者不在此限」), worked on the county
/// program's case: nine areas, 丁 and 戊 tied at the fifth place from the bottom.
@Suite struct QuotaCutLastTests {
    struct Area {
        let name: String
        let change: Decimal
    }

    /// 消長 0.10 … −1.08, ranked descending: 1, 2, 3, 4, 4, 6, 7, 8, 9.
    static let areas = [
        ("甲", "0.10"), ("乙", "-0.10"), ("丙", "-0.20"), ("丁", "-0.38"), ("戊", "-0.38"),
        ("己", "-0.40"), ("庚", "-0.43"), ("辛", "-0.44"), ("壬", "-1.08"),
    ].map { Area(name: $0.0, change: Decimal.exact($0.1)) }
    static let competition = [1, 2, 3, 4, 4, 6, 7, 8, 9]
    static let dense = [1, 2, 3, 4, 4, 5, 6, 7, 8]

    func names(_ units: [(unit: Area, rank: Int)]) -> [String] { units.map { "\($0.unit.name):\($0.rank)" } }

    @Test func lastFiveFromTheBottomIncludeTheTies() {
        let cut = QuotaCut(last: 5, of: Self.areas, ranks: Self.competition, ties: .include)
        #expect(names(cut.selected) == ["壬:9", "辛:8", "庚:7", "己:6", "丁:4", "戊:4"])
        #expect(cut.exceeded && cut.tiedAtCut.isEmpty && cut.skippedRanks.isEmpty && cut.vacant == 0)
    }

    @Test func lastFiveFromTheBottomReferTheTies() {
        let cut = QuotaCut(last: 5, of: Self.areas, ranks: Self.competition, ties: .refer)
        #expect(names(cut.selected) == ["壬:9", "辛:8", "庚:7", "己:6"])
        #expect(names(cut.tiedAtCut) == ["丁:4", "戊:4"])
        #expect(!cut.exceeded)
    }

    /// Dense ranks cut the same areas and keep their own ranks.
    @Test func denseRanksCutAlike() {
        let cut = QuotaCut(last: 5, of: Self.areas, ranks: Self.dense, ties: .include)
        #expect(names(cut.selected) == ["壬:8", "辛:7", "庚:6", "己:5", "丁:4", "戊:4"])
    }

    /// From the top: competition rank > 9 − 5 = 4; the two 4s stay out, also under dense ranks.
    @Test func beyondNMinusFiveLeavesTheTiesOut() {
        #expect(names(QuotaCut(beyond: 5, of: Self.areas, ranks: Self.competition).selected) == ["壬:9", "辛:8", "庚:7", "己:6"])
        let dense = QuotaCut(beyond: 5, of: Self.areas, ranks: Self.dense)
        #expect(names(dense.selected) == ["壬:8", "辛:7", "庚:6", "己:5"])
        #expect(dense.tiedAtCut.isEmpty && !dense.exceeded && dense.vacant == 1)
    }

    /// 正成長者不在此限: 丙 and 丁 grew, are exempted and not replaced by 乙.
    @Test func exemptedUnitsAreNotReplaced() {
        let grew = ["丙": "0.2", "丁": "0.3"]
        let areas = Self.areas.map { Area(name: $0.name, change: grew[$0.name].map { Decimal.exact($0) } ?? $0.change) }
        let ranks = [1, 2, 3, 4, 5, 6, 7, 8, 9]
        let (kept, exempted) = QuotaCut(last: 7, of: areas, ranks: ranks, ties: .include).exempting { $0.change > 0 }
        #expect(names(kept.selected) == ["壬:9", "辛:8", "庚:7", "己:6", "戊:5"])
        #expect(names(exempted) == ["丁:4", "丙:3"])
        #expect(kept.places == 7 && kept.vacant == 2)
    }

    /// Exempted units tied at the line are listed after the exempted selected ones.
    @Test func exemptedTiesComeAfterTheSelected() {
        let (kept, exempted) = QuotaCut(last: 5, of: Self.areas, ranks: Self.competition, ties: .refer)
            .exempting { $0.name == "丁" || $0.name == "壬" }
        #expect(names(exempted) == ["壬:9", "丁:4"])
        #expect(names(kept.selected) == ["辛:8", "庚:7", "己:6"] && names(kept.tiedAtCut) == ["戊:4"])
    }

    /// The outcomes of a last-N cut come worst first, the referred ties after them.
    @Test func outcomesAreWorstFirst() {
        let cut = QuotaCut(last: 5, of: Self.areas, ranks: Self.competition, ties: .refer)
        let outcomes = cut.outcomes(
            policy: "review-report", label: "檢討報告", referredLabel: "切線同分", unit: \.name,
            reason: { "消長 \($0.change.fixed(2))" }, referral: { _, rank in "第 \(rank) 名同分" })
        #expect(outcomes.map { "\($0.policy):\($0.unit)" } == [
            "review-report:壬", "review-report:辛", "review-report:庚", "review-report:己", "tied-at-cut:丁", "tied-at-cut:戊",
        ])
        #expect(outcomes[0] == Outcome(policy: "review-report", unit: "壬", rank: 9, label: "檢討報告", reason: "消長 -1.08"))
    }
}

/// ``QuotaCut/vacantPlaces``: the places left empty, worked on 標竿學習獎 (pension-exemplary-112).
@Suite struct QuotaCutVacancyTests {
    /// 服務員: 10 places, 9 nominees at or above the standard: the 10th place is vacant.
    @Test func theLastPlacesAreVacant() {
        let cut = QuotaCut(Array(1...9), ranks: Array(1...9), places: 10, ties: .include)
        #expect(cut.vacant == 1 && cut.vacantPlaces == 10...10)
        #expect(QuotaCut(["甲"], ranks: [1], places: 2, ties: .include).vacantPlaces == 2...2)
        #expect(QuotaCut([String](), ranks: [], places: 10, ties: .include).vacantPlaces == 1...10)
    }

    /// A full quota, or ties that filled more than it, leaves nothing vacant; referred ties hold places.
    @Test func aFullQuotaHasNone() {
        #expect(QuotaCut(["甲", "乙", "丙"], ranks: [1, 2, 2], places: 2, ties: .include).vacantPlaces == nil)
        #expect(QuotaCut(["甲", "乙", "丙"], ranks: [1, 2, 2], places: 2, ties: .refer).vacantPlaces == nil)
    }
}

import Foundation
import Testing
@testable import PingbiCore

/// ``QuotaCut``'s outcomes completed per unit: an award that pays by rank and names the
/// nominating agency builds its outcomes through the kit.
@Suite struct QuotaCutOutcomesTests {
    struct Nominee {
        let name: String
        let agency: String
        let score: Int
    }

    static let nominees = [
        Nominee(name: "甲", agency: "臺北市", score: 90), Nominee(name: "乙", agency: "新北市", score: 85),
        Nominee(name: "丙", agency: "高雄市", score: 85), Nominee(name: "丁", agency: "臺中市", score: 80),
    ]

    func outcomes(_ ties: CutTies) -> [Outcome] {
        let cut = QuotaCut(Self.nominees, ranks: [1, 2, 2, 4], places: 2, ties: ties)
        return cut.outcomes(
            policy: "prize", label: "獎", referredLabel: "切線同分", unit: \.name, agency: \.agency,
            referral: { n, rank in "第 \(rank) 名 \(n.score) 分同分" }
        ) { outcome, n in
            let rate = Decimal(outcome.rank == 1 ? 5000 : 4000)
            outcome.label = "每人 \(rate.plainText) 元"
            outcome.perPerson = rate
            outcome.amount = rate * 2
            outcome.reason = "\(n.score) 分"
        }
    }

    @Test func selectedUnitsAreCompletedPerUnit() {
        #expect(outcomes(.include) == [
            Outcome(policy: "prize", unit: "甲", rank: 1, label: "每人 5000 元", amount: 10000, perPerson: 5000, reason: "90 分", agency: "臺北市"),
            Outcome(policy: "prize", unit: "乙", rank: 2, label: "每人 4000 元", amount: 8000, perPerson: 4000, reason: "85 分", agency: "新北市"),
            Outcome(policy: "prize", unit: "丙", rank: 2, label: "每人 4000 元", amount: 8000, perPerson: 4000, reason: "85 分", agency: "高雄市"),
        ])
    }

    /// Referred units carry their agency and their own referral, under the referred label, and are not completed.
    @Test func tiesAreReferredWithTheirAgencyAndNotCompleted() {
        #expect(outcomes(.refer) == [
            Outcome(policy: "prize", unit: "甲", rank: 1, label: "每人 5000 元", amount: 10000, perPerson: 5000, reason: "90 分", agency: "臺北市"),
            Outcome(policy: "tied-at-cut", unit: "乙", rank: 2, label: "切線同分", reason: "第 2 名 85 分同分", agency: "新北市"),
            Outcome(policy: "tied-at-cut", unit: "丙", rank: 2, label: "切線同分", reason: "第 2 名 85 分同分", agency: "高雄市"),
        ])
    }

    /// Without a referred label the ties keep the award's, as the rank-only form gives them.
    @Test func theRankOnlyFormIsTheSame() {
        let cut = QuotaCut(Self.nominees, ranks: [1, 2, 2, 4], places: 2, ties: .refer)
        let byRank = cut.outcomes(policy: "prize", label: "獎", provisional: true, unit: \.name) { "第 \($0) 名同分" }
        let byUnit = cut.outcomes(policy: "prize", label: "獎", provisional: true, unit: \.name, referral: { _, rank in "第 \(rank) 名同分" })
        #expect(byRank == byUnit)
        #expect(byUnit.map(\.label) == ["獎", "獎", "獎"] && byUnit.allSatisfy { $0.provisional && $0.agency == nil })
    }
}

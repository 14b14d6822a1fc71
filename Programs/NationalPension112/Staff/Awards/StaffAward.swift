import Foundation
import PingbiCore

/// 督導員及服務員獎勵: goods worth at most 5,000 / 4,000 / 3,000 per person, by group rank.
///
/// > 附件四 二、獎勵標準：「第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；
/// > A 組第 3 名 B 組第 3-8 名 等值商品最高 3,000 元/人」
public struct StaffAward: StandingsAward {
    public typealias Member = StaffStanding
    public let id = "staff-award"
    public let name = "督導員及服務員績效獎勵"
    public let clause = "附件四 二、獎勵標準：第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；A 組第 3 名、B 組第 3-8 名 等值商品最高 3,000 元/人。"

    /// A county as the policy reads it: its standing with its rank by 積分.
    public struct County: Sendable, Equatable {
        /// The county.
        public let name: String
        /// Its group.
        public let group: StaffGroup
        /// Its rank by 積分 within the group.
        public let rank: Int
        /// Its 積分.
        public let score: Decimal
        /// 督導員人數.
        public let supervisors: Int
        /// 服務員人數.
        public let workers: Int

        /// A county.
        public init(name: String, group: StaffGroup, rank: Int, score: Decimal, supervisors: Int, workers: Int) {
            self.name = name
            self.group = group
            self.rank = rank
            self.score = score
            self.supervisors = supervisors
            self.workers = workers
        }
    }

    /// The ceiling per person for a rank within the award places.
    public static func perPerson(rank: Int) -> Decimal {
        switch rank {
        case 1: Decimal(5000)
        case 2: Decimal(4000)
        default: Decimal(3000)
        }
    }

    /// The policy.
    public init() {}

    /// In each group the best `awardPlaces` by rank (ties at the line per `cut-ties`), each paid
    /// its rank's rate per person times 督導員 + 服務員.
    public func decide(_ input: Standings<StaffStanding>) -> Decision {
        let counties = input.counties, ties = input.readings(CutTies.reading)
        var decision = Decision()
        for group in StaffGroup.allCases {
            let roster = { (name: String) in PensionCounty112.counties.firstIndex(of: name) ?? Int.max }
            let members = counties.enumerated().filter { $0.element.group == group }
                .sorted { ($0.element.rank, roster($0.element.name), $0.offset) < ($1.element.rank, roster($1.element.name), $1.offset) }
                .map(\.element)
            let places = group.awardPlaces
            let cut = QuotaCut(members, ranks: members.map(\.rank), places: places, ties: ties)
            // The levels with a rate of their own: a tie above one leaves it empty (B 組 3–8 share one).
            let levels = group == .a ? [1, 2, 3] : [1, 2]
            for level in cut.skippedRanks where levels.contains(level) {
                decision.vacant("\(group.title)第 \(level) 名從缺：前面名次有同分縣市並列。")
            }
            if cut.exceeded {
                decision.warnings.append(
                    "\(group.title)第 \(places) 名切線同分：共 \(cut.selected.count) 個縣市獲獎（超過 \(places) 名，同分者全部納入）。")
            }
            for county in cut.selected.map(\.unit) {
                let rate = Self.perPerson(rank: county.rank)
                let heads = CheckedCount.boundedAdd(county.supervisors, county.workers)
                let total = rate * Decimal(heads)
                decision.outcomes.append(Outcome(
                    policy: id, unit: county.name, rank: county.rank, label: "每人最高 \(rate.grouped) 元", amount: total,
                    perPerson: rate,
                    reason: "積分 \(county.score.plainText)；等值商品最高 \(rate.grouped) 元/人 × \(heads) 人"
                        + "（督導員 \(county.supervisors)、服務員 \(county.workers)）= \(total.grouped) 元"))
            }
            for county in cut.tiedAtCut.map(\.unit) {
                decision.outcomes.append(TiedAtCut.outcome(
                    unit: county.name, rank: county.rank, label: "切線同分",
                    reason: "\(group.title)獎勵至第 \(places) 名，積分 \(county.score.plainText) 於切線同分，請評審決定"))
            }
        }
        return decision
    }

    public var examples: [Example] {
        let a = { (name: String, rank: Int) in
            County(name: name, group: .a, rank: rank, score: Decimal(rank), supervisors: 2, workers: 10)
        }
        let b = { (name: String, rank: Int) in
            County(name: name, group: .b, rank: rank, score: Decimal(rank), supervisors: 1, workers: 4)
        }
        let awarded: @Sendable (Standings<StaffStanding>) -> [String] = { input in
            StaffAward().decide(input).outcomes.map { "\($0.policy):\($0.unit):\($0.perPerson?.plainText ?? "-")" }
        }
        let firstTie = [a("甲", 1), a("乙", 1), a("丙", 3), a("丁", 4), a("戊", 5), a("己", 6)]
        let thirdTie = [a("甲", 1), a("乙", 2), a("丙", 3), a("丁", 3), a("戊", 5), a("己", 6)]
        let eighthTie = (1...7).map { b("B\($0)", $0) } + [b("B8", 8), b("B9", 8)] + (10...16).map { b("B\($0)", $0) }
        return [
            Example("A 組第 1 名並列：兩者皆 5,000 元/人，第 2 名從缺，第 3 名 3,000 元/人", expect: [
                "staff-award:甲:5000", "staff-award:乙:5000", "staff-award:丙:3000",
            ]) { awarded(Standings(firstTie, ties: .include)) },
            Example("第 2 名從缺時提出警告", expect: ["A 組（直轄市）第 2 名從缺：前面名次有同分縣市並列。"]) {
                StaffAward().decide(Standings(firstTie, ties: .include)).warnings
            },
            Example("獎勵總額 = 每人額度 × (督導員 2 + 服務員 10)：5,000 × 12 = 60,000", expect: Decimal(60000)) {
                StaffAward().decide(Standings(firstTie, ties: .include)).outcomes[0].amount
            },
            Example("A 組第 3 名並列，cut-ties=include：兩者皆 3,000 元/人", expect: [
                "staff-award:甲:5000", "staff-award:乙:4000", "staff-award:丙:3000", "staff-award:丁:3000",
            ]) { awarded(Standings(thirdTie, ties: .include)) },
            Example("A 組第 3 名並列，cut-ties=refer：名額不變，交評審", expect: [
                "staff-award:甲:5000", "staff-award:乙:4000", "tied-at-cut:丙:-", "tied-at-cut:丁:-",
            ]) { awarded(Standings(thirdTie, ties: .refer)) },
            Example("B 組第 8 名並列，cut-ties=include：9 個縣市獲獎", expect: 9) {
                StaffAward().decide(Standings(eighthTie, ties: .include)).outcomes.count
            },
            Example("B 組第 8 名並列，cut-ties=refer：第 8 名兩者交評審", expect: ["B8", "B9"]) {
                StaffAward().decide(Standings(eighthTie, ties: .refer)).outcomes
                    .filter { $0.policy == "tied-at-cut" }.map(\.unit)
            },
            Example("B 組第 3-8 名每人 3,000 元：1 + 4 人得 15,000 元", expect: Decimal(15000)) {
                StaffAward().decide(Standings(eighthTie, ties: .include)).outcomes
                    .first { $0.unit == "B5" }?.amount
            },
        ]
    }
}

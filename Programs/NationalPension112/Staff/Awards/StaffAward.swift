import Foundation
import PingbiCore

/// 督導員及服務員獎勵: goods worth at most 5,000 / 4,000 / 3,000 per person, by group rank.
///
/// > 附件四 二、獎勵標準：「第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；
/// > A 組第 3 名 B 組第 3-8 名 等值商品最高 3,000 元/人」
///
/// The places and the rates per group are the program's (``PensionStaff112/awardPlaces``,
/// ``PensionStaff112/awardRates``): rank *n* gets its group's *n*-th rate, and the last rate is
/// every further place's (B 組第 3-8 名 share 3,000).
public struct StaffAward: StandingsAward {
    public typealias Member = StaffStanding
    public let id = "staff-award"
    public let name = "督導員及服務員績效獎勵"
    /// 附件四 二 with the places and rates in force: the document's words for its own numbers.
    /// Each level names the ranks paid one rate: 「第 n 名」 where every group pays it to the same
    /// ranks, else each group's (「A 組第 3 名、B 組第 3-8 名」).
    public var clause: String {
        let text = { (band: ClosedRange<Int>) in band.count == 1 ? "\(band.lowerBound)" : "\(band.lowerBound)-\(band.upperBound)" }
        var levels: [String] = []
        for level in 1...max(1, rates.values.map(\.count).max() ?? 1) {
            let bands = StaffGroup.allCases.compactMap { group in
                band(level, in: group).map { (group: group, band: $0, rate: perPerson(rank: level, in: group)) }
            }
            var paid: [Decimal] = []
            for band in bands where !paid.contains(band.rate) { paid.append(band.rate) }
            for rate in paid {
                let same = bands.filter { $0.rate == rate }
                let ranks = same.count == StaffGroup.allCases.count && same.allSatisfy({ $0.band == same[0].band })
                    ? "第 \(text(same[0].band)) 名" : same.map { "\($0.group.rawValue) 組第 \(text($0.band)) 名" }.joined(separator: "、")
                levels.append(ranks + " 等值商品最高 \(rate.grouped) 元/人")
            }
        }
        return "附件四 二、獎勵標準：" + levels.joined(separator: "；") + "。"
    }

    /// The places per group: the worst rank that wins (A 組 3, B 組 8 in 附件四 二).
    public var places: [StaffGroup: Int]
    /// The ceiling per person by rank in each group, the last for every further place (5,000,
    /// 4,000, 3,000 in both groups).
    public var rates: [StaffGroup: [Decimal]]
    /// Each group's title, as warnings and referrals name it (A 組（直轄市）, B 組（縣(市)） in 附件四).
    public var titles: [StaffGroup: String]

    /// The rates as notes and examples write them: `5,000／4,000／3,000` where every group pays
    /// the same, else each group's (`A 組 6,000／4,000、B 組 5,000／4,000／3,000`).
    public var ratesText: String {
        let text = { (group: StaffGroup) in (rates[group] ?? []).map(\.grouped).joined(separator: "／") }
        return Set(StaffGroup.allCases.map { rates[$0] ?? [] }).count == 1
            ? text(.a) : StaffGroup.allCases.map { "\($0.rawValue) 組 " + text($0) }.joined(separator: "、")
    }

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

    /// The policy with `places` and `rates` per person per group, the groups named by `titles`
    /// (附件四's by default).
    public init(
        places: [StaffGroup: Int] = PensionStaff112.documentAwardPlaces, rates: [StaffGroup: [Decimal]] = PensionStaff112.documentAwardRates,
        titles: [StaffGroup: String] = PensionStaff112.documentGroupNames
    ) {
        precondition(StaffGroup.allCases.allSatisfy { !(rates[$0] ?? []).isEmpty }, "the staff award needs at least one rate per group")
        precondition(StaffGroup.allCases.allSatisfy { titles[$0] != nil }, "the staff award needs a title per group")
        self.places = places
        self.rates = rates
        self.titles = titles
    }

    /// The ceiling per person for a rank of `group` within the award places: its own rate, or
    /// the group's last.
    public func perPerson(rank: Int, in group: StaffGroup) -> Decimal {
        let rates = self.rates[group]!
        return rates[min(rank, rates.count) - 1]
    }

    /// The ranks of `group` paid its `level`-th rate (the last rate: every place from it on),
    /// nil when there is no such rate or the group's places end above it.
    func band(_ level: Int, in group: StaffGroup) -> ClosedRange<Int>? {
        let last = places[group] ?? 0, count = rates[group]?.count ?? 0
        guard level <= count, level <= last else { return nil }
        return level < count ? level...level : level...last
    }

    /// In each group the best ``places`` by rank (ties at the line per `cut-ties`), each paid
    /// its rank's rate per person times 督導員 + 服務員.
    public func decide(_ input: Standings<StaffStanding>) -> Decision {
        let counties = input.counties, ties = input.readings(CutTies.reading)
        var decision = Decision()
        for group in StaffGroup.allCases {
            let title = titles[group]!
            let roster = { (name: String) in PensionCounty112.counties.firstIndex(of: name) ?? Int.max }
            let members = counties.enumerated().filter { $0.element.group == group }
                .sorted { ($0.element.rank, roster($0.element.name), $0.offset) < ($1.element.rank, roster($1.element.name), $1.offset) }
                .map(\.element)
            let places = self.places[group] ?? 0
            let cut = QuotaCut(members, ranks: members.map(\.rank), places: places, ties: ties)
            // The levels with a rate of their own: a tie above one leaves it empty (B 組 3–8 share one).
            for level in cut.skippedRanks where band(level, in: group)?.count == 1 {
                decision.vacant("\(title)第 \(level) 名從缺：前面名次有同分縣市並列。", policy: id, places: level...level)
            }
            if cut.exceeded {
                decision.warnings.append(
                    "\(title)第 \(places) 名切線同分：共 \(cut.selected.count) 個縣市獲獎（超過 \(places) 名，同分者全部納入）。")
            }
            decision.outcomes += cut.outcomes(
                policy: id, label: name, referredLabel: "切線同分", unit: \.name,
                referral: { county, _ in "\(title)獎勵至第 \(places) 名，積分 \(county.score.plainText) 於切線同分，請評審決定" }
            ) { outcome, county in
                // Each county's rank's rate per person, times its 督導員 and 服務員.
                let rate = perPerson(rank: county.rank, in: group)
                let heads = CheckedCount.boundedAdd(county.supervisors, county.workers)
                let total = rate * Decimal(heads)
                outcome.label = "每人最高 \(rate.grouped) 元"
                outcome.labelKind = .level
                outcome.amount = total
                outcome.perPerson = rate
                outcome.reason = "積分 \(county.score.plainText)；等值商品最高 \(rate.grouped) 元/人 × \(heads) 人"
                    + "（督導員 \(county.supervisors)、服務員 \(county.workers)）= \(total.grouped) 元"
            }
        }
        return decision
    }

    /// Worked on 附件四 二's places and rates, and one on those in force.
    public var examples: [Example] {
        let configured = self
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
        let secondTie = [b("B1", 1), b("B2", 2), b("B3", 2)] + (4...16).map { b("B\($0)", $0) }
        // Two more counties per group than its places, ranked 1, 2, 3 …: the first places win, each at its rank's rate.
        let field = StaffGroup.allCases.flatMap { group in
            (1...(places[group] ?? 0) + 2).map { County(name: "\(group.rawValue)\($0)", group: group, rank: $0, score: Decimal($0), supervisors: 1, workers: 1) }
        }
        let inForce = field.filter { $0.rank <= places[$0.group] ?? 0 }.map { "staff-award:\($0.name):\(perPerson(rank: $0.rank, in: $0.group).plainText)" }
        let inForceTitle = "本版名額與額度：" + StaffGroup.allCases.map { "\($0.rawValue) 組 \(places[$0] ?? 0) 名" }.joined(separator: "、")
            + "，每人 " + ratesText + " 元"
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
            Example("B 組第 2 名並列：第 3-8 名同一額度，第 3 名不列從缺", expect: [String]()) {
                StaffAward().decide(Standings(secondTie, ties: .include)).warnings
            },
            Example(inForceTitle, expect: inForce) {
                configured.decide(Standings(field, ties: .include)).outcomes.map { "\($0.policy):\($0.unit):\($0.perPerson?.plainText ?? "-")" }
            },
        ]
    }
}

import Foundation
import PingbiCore

/// 標竿學習獎: up to 2 督導員 and 10 服務員, goods worth 5,000 each, vacant below the standard.
///
/// > 附件五：「標竿學習獎 … 督導員 名額 1-2 等值商品獎勵額度 5,000 元；服務員 名額 10 等值商品獎勵額度
/// > 5,000 元」；備註 5：「推薦獎項名額若有未達獲獎標準之情形可從缺。」
///
/// The places and the prize are the program's (``PensionExemplary112/benchmarkPlaces``,
/// ``PensionExemplary112/benchmarkPrize``).
public struct BenchmarkAward: StandingsAward {
    public typealias Member = Nominee
    public let id = "benchmark-award"
    public let name = "標竿學習獎"
    /// 附件五 with the places and prizes in force: the document's words for its own numbers
    /// (「等值商品獎勵額度各 5,000 元」while both 職稱 have the same prize).
    public var clause: String {
        let titles = NominationTable.titles
        let terms = samePrize
            ? titles.map { "\($0)名額 \(placesText($0)) 名" }.joined(separator: "、") + "，等值商品獎勵額度各 \(prize(for: titles[0]).grouped) 元"
            : titles.map { "\($0)名額 \(placesText($0)) 名、等值商品獎勵額度 \(prize(for: $0).grouped) 元" }.joined(separator: "，")
        return "附件五：標竿學習獎，" + terms + "；備註 5：推薦獎項名額若有未達獲獎標準之情形可從缺。"
    }

    /// The places per 職稱 (督導員 2, 服務員 10 in 附件五).
    public var places: [String: Int]
    /// The prize per person by 職稱, a ceiling in goods (5,000 each in 附件五).
    public var prize: [String: Decimal]

    /// The prize per person of `title`.
    public func prize(for title: String) -> Decimal { prize[title]! }

    /// True when every 職稱 has the same prize.
    var samePrize: Bool { Set(NominationTable.titles.map(prize(for:))).count == 1 }

    /// The prize per person as notes and examples write it: `5,000 元`, or
    /// `督導員 6,000 元、服務員 5,000 元` where the 職稱 differ.
    public var prizeText: String {
        let titles = NominationTable.titles
        return samePrize ? "\(prize(for: titles[0]).grouped) 元" : titles.map { "\($0) \(prize(for: $0).grouped) 元" }.joined(separator: "、")
    }

    /// 附件五's words for its own places: 督導員「1-2」(up to 2), 服務員「10」.
    static let documentPlacesWording = ["督導員": "1-2", "服務員": "10"]

    /// The places of `title` as the clause writes them: 附件五's words for its number.
    func placesText(_ title: String) -> String {
        let count = places[title] ?? 0
        return count == PensionExemplary112.documentBenchmarkPlaces[title] ? Self.documentPlacesWording[title] ?? "\(count)" : "\(count)"
    }

    /// A finalist as the award reads it: who, for which agency and 職稱, with the combined score.
    public struct Nominee: Sendable, Equatable {
        /// The name as shown.
        public let name: String
        /// The nominating county.
        public let agency: String
        /// 職稱.
        public let title: String
        /// 複審分數 as shown.
        public let score: Decimal
        /// 複審分數 exactly (a trimmed mean is a third): what ranks and meets the threshold.
        public let exactScore: Fraction

        /// A nominee; `exactScore` when ``score`` is a rounded display of it.
        public init(name: String, agency: String, title: String, score: Decimal, exactScore: Fraction? = nil) {
            self.name = name
            self.agency = agency
            self.title = title
            self.score = score
            self.exactScore = exactScore ?? Fraction(score)
        }
    }

    /// The policy with `places` per 職稱 and `prize` per person by 職稱 (附件五's by default).
    public init(places: [String: Int] = PensionExemplary112.documentBenchmarkPlaces, prize: [String: Decimal] = PensionExemplary112.documentBenchmarkPrize) {
        precondition(NominationTable.titles.allSatisfy { prize[$0] != nil }, "標竿學習獎 needs a prize for every 職稱")
        self.places = places
        self.prize = prize
    }

    /// The award on the finalists ranked within their 職稱, under `award-threshold` and `cut-ties`.
    public func decide(_ input: Standings<Nominee>) -> Decision {
        let threshold: AwardThreshold = input.readings(PensionReadings.awardThreshold)
        return decide(input.members, ranks: input.ranks, threshold: threshold.points, ties: input.readings(CutTies.reading))
    }

    /// Per 職稱, the best by rank (then in the given order) among those at or above `threshold`,
    /// up to the places (ties at the line per `ties`); places left over stay vacant (從缺), with a warning.
    public func decide(_ nominees: [Nominee], ranks: [Int], threshold: Decimal, ties: CutTies) -> Decision {
        var decision = Decision()
        for title in NominationTable.titles {
            let places = self.places[title] ?? 0, prize = prize(for: title)
            let bar = Threshold.atLeast(threshold)
            let eligible = nominees.indices.filter { nominees[$0].title == title && bar.admits(nominees[$0].exactScore) }
                .sorted { (ranks[$0], $0) < (ranks[$1], $1) }
            let cut = QuotaCut(eligible.map { nominees[$0] }, ranks: eligible.map { ranks[$0] }, places: places, ties: ties)
            if cut.exceeded {
                decision.warnings.append("標竿學習獎\(title)第 \(places) 名切線同分：共 \(cut.selected.count) 人獲獎（超過名額 \(places) 名，同分者全部納入）。")
            }
            decision.outcomes += cut.outcomes(
                policy: id, label: "標竿學習獎（\(title)）", referredLabel: "切線同分", unit: \.name, agency: \.agency,
                referral: { n, _ in "\(n.agency)推薦；複審分數 \(n.score.plainText) 於\(title)名額切線同分，請複審小組決定" }
            ) { outcome, n in
                outcome.amount = prize
                outcome.reason = "\(n.agency)推薦；複審分數 \(n.score.plainText)，\(title)第 \(outcome.rank!) 名；等值商品最高 \(prize.grouped) 元"
            }
            if let empty = cut.vacantPlaces {
                decision.vacant(
                    "標竿學習獎\(title)名額 \(places) 名，達獲獎標準（\(threshold.plainText) 分）者 \(eligible.count) 人，\(empty.count) 名從缺。",
                    policy: id, places: empty)
            }
        }
        return decision
    }

    /// Worked on 附件五's places and prize, and one on those in force.
    public var examples: [Example] {
        let configured = self
        let n: @Sendable (String, String, Int) -> Nominee = { name, title, score in
            Nominee(name: name, agency: "臺北市", title: title, score: Decimal(score))
        }
        let supervisors = [n("甲", "督導員", 90), n("乙", "督導員", 85), n("丙", "督導員", 85), n("丁", "督導員", 70)]
        let ranks = [1, 2, 2, 4]
        let winners: @Sendable (Decision) -> [String] = { decision in decision.outcomes.map { "\($0.policy):\($0.unit)" } }
        // One more nominee per 職稱 than its places, with distinct scores: the first places win, each the prize.
        let field = NominationTable.titles.flatMap { title in
            (1...(places[title] ?? 0) + 1).map { (nominee: Nominee(name: "\(title)\($0)", agency: "臺北市", title: title, score: Decimal(91 - $0)), rank: $0) }
        }
        let fieldNominees = field.map(\.nominee), fieldRanks = field.map(\.rank)
        let inForce = field.filter { $0.rank <= places[$0.nominee.title] ?? 0 }.map { "\($0.nominee.name):\(prize(for: $0.nominee.title).plainText)" }
        let inForceTitle = "本版名額與額度：" + NominationTable.titles.map { "\($0) \(places[$0] ?? 0) 名" }.joined(separator: "、")
            + "，每人 " + prizeText
        return [
            Example("督導員第 2 名並列，cut-ties=include：3 人獲獎", expect: ["benchmark-award:甲", "benchmark-award:乙", "benchmark-award:丙"]) {
                winners(BenchmarkAward().decide(supervisors, ranks: ranks, threshold: 0, ties: .include))
            },
            Example("督導員第 2 名並列，cut-ties=refer：1 人獲獎，2 人交複審小組", expect: [
                "benchmark-award:甲", "tied-at-cut:乙", "tied-at-cut:丙",
            ]) { winners(BenchmarkAward().decide(supervisors, ranks: ranks, threshold: 0, ties: .refer)) },
            Example("門檻 88：只有甲達標，督導員 1 名從缺", expect: ["benchmark-award:甲"]) {
                winners(BenchmarkAward().decide(supervisors, ranks: ranks, threshold: 88, ties: .include))
            },
            Example("門檻 88 時警告從缺名額", expect: [
                "標竿學習獎督導員名額 2 名，達獲獎標準（88 分）者 1 人，1 名從缺。",
                "標竿學習獎服務員名額 10 名，達獲獎標準（88 分）者 0 人，10 名從缺。",
            ]) { BenchmarkAward().decide(supervisors, ranks: ranks, threshold: 88, ties: .include).warnings },
            Example("恰等於門檻者可獲獎", expect: 3) {
                BenchmarkAward().decide(supervisors, ranks: ranks, threshold: 85, ties: .include).outcomes.count
            },
            Example("每人 5,000 元", expect: [Decimal(5000)]) {
                BenchmarkAward().decide([n("戊", "服務員", 60)], ranks: [1], threshold: 0, ties: .include).outcomes.compactMap(\.amount)
            },
            Example("依名次排序後比較，不依列序：award-threshold=85、cut-ties=refer 由解讀讀取", expect: [
                "benchmark-award:甲", "tied-at-cut:乙", "tied-at-cut:丙",
            ]) {
                let order = [3, 1, 0, 2]
                return winners(BenchmarkAward().decide(Standings(
                    members: order.map { supervisors[$0] }, ranks: order.map { ranks[$0] },
                    readings: ReadingChoices(["award-threshold": "85", "cut-ties": "refer"]))))
            },
            Example(inForceTitle, expect: inForce) {
                configured.decide(fieldNominees, ranks: fieldRanks, threshold: 0, ties: .include).outcomes.map { "\($0.unit):\($0.amount?.plainText ?? "-")" }
            },
        ]
    }
}

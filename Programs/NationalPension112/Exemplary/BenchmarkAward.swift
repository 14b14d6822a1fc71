import Foundation
import PingbiCore

/// 標竿學習獎: up to 2 督導員 and 10 服務員, goods worth 5,000 each, vacant below the standard.
///
/// > 附件五：「標竿學習獎 … 督導員 名額 1-2 等值商品獎勵額度 5,000 元；服務員 名額 10 等值商品獎勵額度
/// > 5,000 元」；備註 5：「推薦獎項名額若有未達獲獎標準之情形可從缺。」
public struct BenchmarkAward: AwardPolicy {
    public let id = "benchmark-award"
    public let name = "標竿學習獎"
    public let clause = "附件五：標竿學習獎，督導員名額 1-2 名、服務員名額 10 名，等值商品獎勵額度各 5,000 元；備註 5：推薦獎項名額若有未達獲獎標準之情形可從缺。"

    /// The places per 職稱.
    public static let places = ["督導員": 2, "服務員": 10]
    /// The prize per person (a ceiling, in goods).
    public static let prize = Decimal(5000)

    /// A nominee who passed 初審, with the combined score and rank within 職稱.
    public struct Nominee: Sendable, Equatable {
        /// The name as shown.
        public let name: String
        /// The nominating county.
        public let agency: String
        /// 職稱.
        public let title: String
        /// 複審分數.
        public let score: Decimal
        /// Rank within 職稱 by score, descending.
        public let rank: Int
        /// 複審分數 exactly (a trimmed mean is a third): what the threshold is compared with.
        public let exactScore: Fraction

        /// A nominee; `exactScore` when ``score`` is a rounded display of it.
        public init(name: String, agency: String, title: String, score: Decimal, rank: Int, exactScore: Fraction? = nil) {
            self.name = name
            self.agency = agency
            self.title = title
            self.score = score
            self.rank = rank
            self.exactScore = exactScore ?? Fraction(score)
        }
    }

    /// What the policy reads.
    public struct Input: Sendable {
        /// The nominees who passed 初審.
        public let nominees: [Nominee]
        /// Reading `award-threshold`.
        public let threshold: Decimal
        /// Reading `cut-ties`.
        public let ties: CutTies

        /// An input.
        public init(nominees: [Nominee], threshold: Decimal, ties: CutTies) {
            self.nominees = nominees
            self.threshold = threshold
            self.ties = ties
        }
    }

    /// The policy.
    public init() {}

    /// Per 職稱, the best by rank among those at or above the threshold, up to the places (ties
    /// at the line per `cut-ties`); places left over stay vacant (從缺), with a warning.
    public func decide(_ input: Input) -> Decision {
        var decision = Decision()
        for title in NominationTable.titles {
            let places = Self.places[title]!
            let bar = Threshold.atLeast(input.threshold)
            let eligible = input.nominees.enumerated().filter { $0.element.title == title && bar.admits($0.element.exactScore) }
                .sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                .map(\.element)
            let cut = QuotaCut(eligible, ranks: eligible.map(\.rank), places: places, ties: input.ties)
            if cut.exceeded {
                decision.warnings.append("標竿學習獎\(title)第 \(places) 名切線同分：共 \(cut.selected.count) 人獲獎（超過名額 \(places) 名，同分者全部納入）。")
            }
            for n in cut.selected.map(\.unit) {
                decision.outcomes.append(Outcome(
                    policy: id, unit: n.name, rank: n.rank, label: "標竿學習獎（\(title)）", amount: Self.prize,
                    reason: "\(n.agency)推薦；複審分數 \(n.score.plainText)，\(title)第 \(n.rank) 名；等值商品最高 5,000 元",
                    agency: n.agency))
            }
            for n in cut.tiedAtCut.map(\.unit) {
                decision.outcomes.append(TiedAtCut.outcome(
                    unit: n.name, rank: n.rank, label: "切線同分",
                    reason: "\(n.agency)推薦；複審分數 \(n.score.plainText) 於\(title)名額切線同分，請複審小組決定",
                    agency: n.agency))
            }
            let vacant = cut.vacant
            if vacant > 0 {
                decision.vacant(
                    "標竿學習獎\(title)名額 \(places) 名，達獲獎標準（\(input.threshold.plainText) 分）者 \(eligible.count) 人，\(vacant) 名從缺。")
            }
        }
        return decision
    }

    public var examples: [Example] {
        let n: @Sendable (String, String, Int, Int) -> Nominee = { name, title, score, rank in
            Nominee(name: name, agency: "臺北市", title: title, score: Decimal(score), rank: rank)
        }
        let supervisors = [n("甲", "督導員", 90, 1), n("乙", "督導員", 85, 2), n("丙", "督導員", 85, 2), n("丁", "督導員", 70, 4)]
        let winners: @Sendable (Input) -> [String] = { input in
            BenchmarkAward().decide(input).outcomes.map { "\($0.policy):\($0.unit)" }
        }
        return [
            Example("督導員第 2 名並列，cut-ties=include：3 人獲獎", expect: ["benchmark-award:甲", "benchmark-award:乙", "benchmark-award:丙"]) {
                winners(Input(nominees: supervisors, threshold: 0, ties: .include))
            },
            Example("督導員第 2 名並列，cut-ties=refer：1 人獲獎，2 人交複審小組", expect: [
                "benchmark-award:甲", "tied-at-cut:乙", "tied-at-cut:丙",
            ]) { winners(Input(nominees: supervisors, threshold: 0, ties: .refer)) },
            Example("門檻 88：只有甲達標，督導員 1 名從缺", expect: ["benchmark-award:甲"]) {
                winners(Input(nominees: supervisors, threshold: 88, ties: .include))
            },
            Example("門檻 88 時警告從缺名額", expect: [
                "標竿學習獎督導員名額 2 名，達獲獎標準（88 分）者 1 人，1 名從缺。",
                "標竿學習獎服務員名額 10 名，達獲獎標準（88 分）者 0 人，10 名從缺。",
            ]) { BenchmarkAward().decide(Input(nominees: supervisors, threshold: 88, ties: .include)).warnings },
            Example("恰等於門檻者可獲獎", expect: 3) {
                BenchmarkAward().decide(Input(nominees: supervisors, threshold: 85, ties: .include)).outcomes.count
            },
            Example("每人 5,000 元", expect: [Decimal(5000)]) {
                BenchmarkAward().decide(Input(nominees: [n("戊", "服務員", 60, 1)], threshold: 0, ties: .include))
                    .outcomes.compactMap(\.amount)
            },
        ]
    }
}

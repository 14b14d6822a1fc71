import Foundation
import PingbiCore

/// 特優、優、良: the three best areas by 收繳率消長.
///
/// > 六(一)：「收繳率消長第 1 名者（特優）…承辦人員記小功一次；第 2 名者（優）…嘉獎二次；
/// > 第 3 名者（良）…嘉獎一次」
///
/// The levels are the program's (``PensionCounty112/awardLevels``): the *n*-th level is rank *n*'s.
public struct CountyAward: StandingsAward {
    public typealias Member = AreaChange
    public let id = "county-award"
    public let name = "績優直轄市、縣(市)政府"
    /// 六(一) with the levels in force, naming 承辦人員 once as the principles do: their words
    /// for their own levels.
    public var clause: String {
        let staff = "承辦人員"
        let parts = levels.enumerated().map { index, level in
            let commendation = index > 0 && level.commendation.hasPrefix(staff) ? String(level.commendation.dropFirst(staff.count)) : level.commendation
            return "第 \(index + 1) 名（\(level.label)）\(commendation)"
        }
        return "六(一)：收繳率消長" + parts.joined(separator: "，") + "。"
    }

    /// One level of the award: what rank *n* is called and how its staff are commended.
    public struct Level: Sendable, Equatable {
        /// The level's name (`特優`).
        public var label: String
        /// The staff commendation (`承辦人員記小功一次`).
        public var commendation: String

        /// A level named `label`, its staff commended with `commendation`.
        public init(_ label: String, _ commendation: String) {
            self.label = label
            self.commendation = commendation
        }
    }

    /// The levels by rank, best first (特優、優、良 in 六(一)).
    public var levels: [Level]

    /// The policy with `levels` (六(一)'s by default).
    public init(levels: [Level] = PensionCounty112.documentAwardLevels) {
        self.levels = levels
    }

    /// Every area whose rank is 1, 2, … up to the levels gets that level; a level no area holds
    /// (ranks shared above it) stays vacant, with a warning.
    public func decide(_ input: Standings<AreaChange>) -> Decision {
        let areas = input.areas
        var decision = Decision()
        let skipped = QuotaCut(areas, ranks: areas.map(\.rank), places: levels.count, ties: .include).skippedRanks
        for (index, level) in levels.enumerated() {
            let rank = index + 1
            let holders = areas.filter { $0.rank == rank }
            if skipped.contains(rank) {
                decision.vacant("第 \(rank) 名（\(level.label)）從缺：前面名次有同分地區並列。", policy: id, places: rank...rank)
            }
            decision.outcomes += holders.map {
                Outcome(policy: id, unit: $0.name, rank: rank, label: level.label, labelKind: .level, reason: "消長 \($0.change.fixed(2))；\(level.commendation)")
            }
        }
        return decision
    }

    /// Worked on 六(一)'s levels, and one on the levels in force.
    public var examples: [Example] {
        let configured = self
        let tied = RankedArea.ranked([("甲", "-0.07"), ("乙", "-0.07"), ("丙", "-0.10"), ("丁", "-0.11")])
        // Two more areas than levels with distinct 消長: each of the first holds its rank's level.
        let field = RankedArea.ranked((1...levels.count + 2).map { ("區\($0)", "-\($0)") })
        let inForce = levels.enumerated().map { "區\($0.offset + 1):\($0.element.label)" }
        return [
            Example("第 1 名同分兩地區皆特優，第 2 名從缺，第 3 名良", expect: ["甲:特優", "乙:特優", "丙:良"]) {
                CountyAward().decide(Standings(tied)).outcomes.map { "\($0.unit):\($0.label!)" }
            },
            Example("dense 名次：同分後下一名為第 2 名（優）", expect: ["甲:特優", "乙:特優", "丙:優", "丁:良"]) {
                CountyAward().decide(Standings(RankedArea.ranked(
                    [("甲", "-0.07"), ("乙", "-0.07"), ("丙", "-0.10"), ("丁", "-0.11")], method: .dense)))
                    .outcomes.map { "\($0.unit):\($0.label!)" }
            },
            Example("第 2 名從缺時提出警告", expect: 1) { CountyAward().decide(Standings(tied)).warnings.count },
            Example("本版等第：" + levels.enumerated().map { "第 \($0.offset + 1) 名\($0.element.label)" }.joined(separator: "、"), expect: inForce) {
                configured.decide(Standings(field)).outcomes.map { "\($0.unit):\($0.label!)" }
            },
        ]
    }
}

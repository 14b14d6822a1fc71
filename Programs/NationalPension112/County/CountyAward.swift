import Foundation
import PingbiCore

/// 特優、優、良: the three best areas by 收繳率消長.
///
/// > 六(一)：「收繳率消長第 1 名者（特優）…承辦人員記小功一次；第 2 名者（優）…嘉獎二次；
/// > 第 3 名者（良）…嘉獎一次」
public struct CountyAward: StandingsAward {
    public typealias Member = AreaChange
    public let id = "county-award"
    public let name = "績優直轄市、縣(市)政府"
    public let clause = "六(一)：收繳率消長第 1 名（特優）承辦人員記小功一次，第 2 名（優）嘉獎二次，第 3 名（良）嘉獎一次。"

    /// The levels by rank: label and the staff commendation.
    static let levels = [(1, "特優", "承辦人員記小功一次"), (2, "優", "承辦人員嘉獎二次"), (3, "良", "承辦人員嘉獎一次")]

    /// The policy.
    public init() {}

    /// Every area whose rank is 1, 2 or 3 gets that level; a level no area holds (ranks
    /// shared above it) stays vacant, with a warning.
    public func decide(_ input: Standings<AreaChange>) -> Decision {
        let areas = input.areas
        var decision = Decision()
        let skipped = QuotaCut(areas, ranks: areas.map(\.rank), places: Self.levels.count, ties: .include).skippedRanks
        for (rank, label, reward) in Self.levels {
            let holders = areas.filter { $0.rank == rank }
            if skipped.contains(rank) {
                decision.vacant("第 \(rank) 名（\(label)）從缺：前面名次有同分地區並列。")
            }
            decision.outcomes += holders.map {
                Outcome(policy: id, unit: $0.name, rank: rank, label: label, reason: "消長 \($0.change.fixed(2))；\(reward)")
            }
        }
        return decision
    }

    public var examples: [Example] {
        let tied = RankedArea.ranked([("甲", "-0.07"), ("乙", "-0.07"), ("丙", "-0.10"), ("丁", "-0.11")])
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
        ]
    }
}

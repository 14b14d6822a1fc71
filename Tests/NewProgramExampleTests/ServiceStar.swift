import Foundation
import PingbiCore

/// 服務之星 (肆、二): one office over both groups, by 滿意度, if it reaches the bar.
public struct ServiceStar: StandingsAward {
    public typealias Member = Office
    public let id = "star", name = "服務之星", acrossGroups = true
    /// The bar 滿意度 must reach.
    public var bar = Threshold.atLeast(90)
    public var clause: String { "不分組，滿意度最高且達 \(bar.value.plainText)% 之公所 1 名；滿意度相同者以總得分高者為先；無公所達 \(bar.value.plainText)% 者從缺。" }

    /// The one best office at or above the bar; a tie for the place per `cut-ties`.
    public func decide(_ input: Standings<Office>) -> Decision {
        let eligible = bar.admitted(input.members) { $0.satisfaction }
        let ranks = Ranking.ranks(eligible, by: [.descending { $0.satisfaction }, .descending { $0.total }])
        let cut = QuotaCut(eligible, ranks: ranks, places: 1, ties: input.readings(CutTies.reading))
        let referral = "滿意度與總得分皆同，名額 1 名，交評審決定"
        var decision = Decision(outcomes: cut.outcomes(policy: id, label: name, unit: \.name, reason: { "滿意度 \($0.satisfaction.plainText)%" }) { _ in referral })
        if cut.exceeded { decision.warnings.append("\(name)名額 1 名，因滿意度與總得分皆同錄取 \(cut.selected.count) 名") }
        if eligible.isEmpty { decision.vacant("\(name)從缺：無公所滿意度達 \(bar.value.plainText)%。", policy: id, places: 1...1) }
        return decision
    }

    public var examples: [Example] {
        let s: @Sendable (String, Int, Int) -> Office = { name, total, satisfaction in Office(name: name, group: "1", satisfaction: Decimal(satisfaction), counts: [:], total: Decimal(total)) }
        let decide: @Sendable ([Office], CutTies) -> [String] = { offices, ties in
            ServiceStar().decide(Standings(members: offices, ranks: offices.map { _ in 1 }, readings: ReadingChoices(["cut-ties": ties.rawValue]))).outcomes.map { "\($0.policy):\($0.unit)" }
        }
        return [
            Example("不分組取滿意度最高者 1 名", expect: ["star:乙"]) { decide([s("甲", 90, 92), s("乙", 80, 96)], .include) },
            Example("滿意度相同者以總得分高者為先", expect: ["star:甲"]) { decide([s("甲", 90, 96), s("乙", 80, 96)], .include) },
            Example("兩者皆同：cut-ties=refer 交評審", expect: ["tied-at-cut:甲", "tied-at-cut:乙"]) { decide([s("甲", 90, 96), s("乙", 90, 96)], .refer) },
            Example("無公所達 90%：從缺", expect: []) { decide([s("甲", 90, 89)], .include) },
        ]
    }
}

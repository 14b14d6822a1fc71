import Foundation
import PingbiCore

/// 績優公所 (肆、一): each group's best by 總得分, then 滿意度.
public struct ExcellenceAward: StandingsAward {
    public typealias Member = Office
    public let id = "excellence", name = "績優公所"
    /// The places per group.
    public var places = ["1": 2, "2": 2]
    public var clause: String {
        let quotas = places.sorted { $0.key < $1.key }.map { "\(DivisionRanking.groupTitles[$0.key]!)錄取前 \($0.value) 名" }
        return "各組依總得分排名，" + quotas.joined(separator: "、") + "；總得分相同者以滿意度高者為先，仍相同者並列。"
    }

    /// In each group the best by rank, ties at the line per `cut-ties`; places nobody fills stay empty.
    public func decide(_ input: Standings<Office>) -> Decision {
        var decision = Decision()
        for (group, quota) in places.sorted(by: { $0.key < $1.key }) {
            let indices = input.members.indices.filter { input.members[$0].group == group }, title = DivisionRanking.groupTitles[group]!
            let members = indices.map { input.members[$0] }
            let cut = QuotaCut(members, ranks: indices.map { input.ranks[$0] }, places: quota, ties: input.readings(CutTies.reading))
            decision.outcomes += cut.outcomes(policy: id, label: name, unit: \.name, reason: { "總得分 \($0.total.plainText)" }) { rank in
                "\(title)第 \(rank) 名同分（總得分與滿意度皆同），名額 \(quota) 名，交評審決定" }
            if cut.exceeded { decision.warnings.append("\(name)\(title)名額 \(quota) 名，因切線同分錄取 \(cut.selected.count) 名") }
            if let empty = cut.vacantPlaces { decision.vacant("\(name)\(title)名額 \(quota) 名，參加公所僅 \(members.count) 家，\(cut.vacant) 名從缺。", policy: id, places: empty) }
        }
        return decision
    }

    public var examples: [Example] {
        let field = [("甲", 90), ("乙", 85), ("丙", 85), ("丁", 80)].map { Office(name: $0.0, group: "1", satisfaction: 90, counts: [:], total: Decimal($0.1)) }
        let decide: @Sendable ([Office], CutTies) -> Decision = { offices, ties in
            ExcellenceAward().decide(Standings(members: offices, ranks: Ranking.ranks(offices, by: [.descending { $0.total }]), readings: ReadingChoices(["cut-ties": ties.rawValue])))
        }
        return [
            Example("第一組錄取前 2 名", expect: ["甲", "乙"]) { decide([field[0], field[1], field[3]], .include).outcomes.map(\.unit) },
            Example("cut-ties=include：切線同分者全部錄取並警告", expect: ["甲", "乙", "丙"]) { decide(field, .include).outcomes.map(\.unit) },
            Example("cut-ties=refer：名額不變，同分者交評審", expect: ["excellence", "tied-at-cut", "tied-at-cut"]) { decide(field, .refer).outcomes.map(\.policy) },
            Example("只有第一組 1 家參加：第一組 1 名、第二組 2 名從缺", expect: 2) { decide([field[0]], .include).vacancies.count },
        ]
    }
}

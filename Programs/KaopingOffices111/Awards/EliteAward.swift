import Foundation
import PingbiCore

/// What 菁英獎 and 行動服務貢獻獎 read: every office's standing, the readings, whether
/// provisional, and (for 行動服務貢獻獎) 菁英獎's outcomes.
typealias AwardInput = Standings<Standing>

extension Standings where Member == Standing {
    /// Every office.
    var standings: [Standing] { members }
    /// The 菁英獎 winners (read by 行動服務貢獻獎 only).
    var eliteWinners: Set<String> { Set(decided.filter { $0.policy == "elite" }.map(\.unit)) }

    /// An input for examples: `standings` ranked in their groups and by 行動量.
    init(_ standings: [Standing], readings: [String: String] = [:], provisional: Bool = false, eliteWinners: Set<String> = []) {
        self.init(
            members: Standing.rankingMobileVolume(standings), ranks: GroupRanking.ranks(standings, group: \.group, by: Standing.rankKeys),
            readings: ReadingChoices(readings), provisional: provisional,
            decided: eliteWinners.sorted().map { Outcome(policy: "elite", unit: $0) })
    }
}

/// 菁英獎.
///
/// > 以總得分高低分組進行排名，第一、二分組各錄取前 3名，第三、四分組各錄取前 4 名，合計錄取 14 家。
/// > 備註：若總得分相同者，再依協助件數多寡比序
///
/// An office tied at the cut line after the tie-break is in (`cut-ties=include`, with a
/// warning) or referred to the panel as `tied-at-cut` (`refer`).
struct EliteAward: StandingsAward {
    typealias Member = Standing
    let id = "elite"
    let name = "菁英獎"
    /// The 111 clause; an edition with other places gets the same sentence with its numbers.
    var clause: String {
        if quotas == Kaoping111.documentEliteQuota {
            return "以總得分高低分組進行排名，第一、二分組各錄取前 3名，第三、四分組各錄取前 4 名，合計錄取 14 家。備註：若總得分相同者，再依協助件數多寡比序"
        }
        var runs: [(groups: [Int], places: Int)] = []
        for group in quotas.keys.sorted() {
            if let last = runs.last, last.places == quotas[group] { runs[runs.count - 1].groups.append(group) } else {
                runs.append(([group], quotas[group]!))
            }
        }
        let parts = runs.map { run in
            "第" + run.groups.map(GroupScheme.numeral).joined(separator: "、") + "分組"
                + (run.groups.count > 1 ? "各" : "") + "錄取前 \(run.places) 名"
        }
        return "以總得分高低分組進行排名，" + parts.joined(separator: "，") + "，合計錄取 \(quotas.values.reduce(0, +)) 家。備註：若總得分相同者，再依協助件數多寡比序"
    }

    /// The places per group (``Kaoping111/eliteQuota``).
    var quotas: [Int: Int]
    /// The groups (``Kaoping111/groups``).
    var groups: GroupScheme

    /// The policy with `quotas` places per group of `groups` (the 111 document's 3, 3, 4, 4 of
    /// four groups by default).
    init(quotas: [Int: Int] = Kaoping111.documentEliteQuota, groups: GroupScheme = Kaoping111.documentGroups) {
        self.quotas = quotas
        self.groups = groups
    }

    func decide(_ input: AwardInput) -> Decision {
        let ties: CutTies = input.readings(CutTies.reading)
        var decision = Decision()
        // Each group's members (their indices, in roster order), found in one pass; cut by the
        // ranks the pipeline gave them in their group, none of them copied.
        var members: [Int: [Int]] = [:]
        for index in input.members.indices { members[input.members[index].group, default: []].append(index) }
        for group in groups.numbers {
            guard let indices = members[group], let quota = quotas[group] else { continue }
            let cut = QuotaCut(indices, ranks: indices.map { input.ranks[$0] }, places: quota, ties: ties)
            let groupName = groups.title(group)
            decision.outcomes += cut.outcomes(policy: id, label: name, provisional: input.provisional, unit: { input.members[$0].unit }) { rank in "\(groupName)第 \(rank) 名同分（總得分與協助件數皆同），名額 \(quota) 名，交評審決定" }
            if cut.exceeded {
                decision.warnings.append("菁英獎\(groupName)名額 \(quota) 名，因切線同分（總得分與協助件數皆同）錄取 \(cut.selected.count) 名")
            }
            if !cut.tiedAtCut.isEmpty {
                decision.warnings.append("菁英獎\(groupName)切線同分 \(cut.tiedAtCut.count) 家，名額內只錄取 \(cut.selected.count) 名，其餘交評審決定")
            }
        }
        return decision
    }

    /// Worked on the 111 document's quotas (3, 3, 4, 4), and one on the quotas in force.
    var examples: [Example] {
        let policy = EliteAward()
        let configured = self
        // Six offices per group with distinct totals: each group's first places are its winners.
        let field = quotas.keys.sorted().flatMap { group in
            (0..<6).map { Standing("\(group)-\($0)", group: group, total: Decimal(90 - $0)) }
        }
        let inForce = quotas.keys.sorted().flatMap { group in (0..<min(quotas[group]!, 6)).map { "\(group)-\($0):\($0 + 1)" } }
        let group1 = [
            Standing("甲", total: 95), Standing("乙", total: 90), Standing("丙", total: 88, assist: 50),
            Standing("丁", total: 88, assist: 40), Standing("戊", total: 70),
        ]
        let tied = [
            Standing("甲", total: 95), Standing("乙", total: 90), Standing("丙", total: 88, assist: 50),
            Standing("丁", total: 88, assist: 50), Standing("戊", total: 70),
        ]
        return [
            Example("第一組錄取前 3 名；同分以協助件數多者（丙 50 > 丁 40）為先", expect: ["甲:1", "乙:2", "丙:3"]) {
                summary(policy.decide(AwardInput(group1)), policy: "elite")
            },
            Example("第三組錄取前 4 名", expect: ["甲:1", "乙:2", "丙:3", "丁:4"]) {
                summary(policy.decide(AwardInput(group1.map { Standing($0.unit, group: 3, total: $0.total, assist: $0.assist) })), policy: "elite")
            },
            Example("協助件數亦同仍同分：cut-ties=include 兩家皆錄取（4 名）", expect: ["甲:1", "乙:2", "丙:3", "丁:3"]) {
                summary(policy.decide(AwardInput(tied)), policy: "elite")
            },
            Example("cut-ties=include 超額時警告", expect: 1) { policy.decide(AwardInput(tied)).warnings.count },
            Example("cut-ties=refer：名額內只錄取切線以上者", expect: ["甲:1", "乙:2"]) {
                summary(policy.decide(AwardInput(tied, readings: ["cut-ties": "refer"])), policy: "elite")
            },
            Example("cut-ties=refer：切線同分者列為 tied-at-cut", expect: ["丙:3", "丁:3"]) {
                summary(policy.decide(AwardInput(tied, readings: ["cut-ties": "refer"])), policy: "tied-at-cut")
            },
            Example("各組分別錄取：第二組也有前 3 名", expect: ["甲:1", "乙:2", "丙:3", "子:1", "丑:2"]) {
                summary(policy.decide(AwardInput(group1 + [Standing("子", group: 2, total: 60), Standing("丑", group: 2, total: 50)])), policy: "elite")
            },
            Example("本版名額：" + quotas.keys.sorted().map { "第\($0)組 \(quotas[$0]!) 名" }.joined(separator: "、"), expect: inForce) {
                summary(configured.decide(AwardInput(field)), policy: "elite")
            },
            Example("期中（6 月）統計：結果為暫定", expect: true) {
                policy.decide(AwardInput(group1, provisional: true)).outcomes.allSatisfy(\.provisional)
            },
        ]
    }
}

import Foundation
import PingbiCore

/// 連續下降列入關注: areas whose rate fell in each of the last three or more periods (the
/// program's ``IndigenousRates112/declineThreshold``), so the 原民會 can target its visits.
///
/// > 三(二)1、2：原民會「應持續連結相關資源…加強對原住民宣導」；四(二)：勞保局每二個月函送收繳率
public struct DeclineWatch: StandingsAward {
    public typealias Member = IndigenousArea
    public let id = "watch"
    /// Its outcomes are a list, not an award.
    public let kind = OutcomeKind.list
    public let name = "連續下降列入關注"
    /// 四(二) and 三(二), with the threshold in force (3 periods in the 112 program).
    public var clause: String {
        "四(二)：勞保局每二個月將收繳率函送衛福部轉知原民會；三(二)：原民會應持續連結資源加強宣導、輔導扣款繳納。文件未定關注門檻：本系統以連續下降 \(threshold) 期以上之原鄉地區列入關注，供原民會優先訪視宣導。"
    }

    /// How many periods of decline in a row put an area on the list.
    public var threshold: Int

    /// The policy listing `threshold` or more periods of decline in a row (3 by default).
    public init(threshold: Int = IndigenousRates112.documentDeclineThreshold) {
        self.threshold = threshold
    }

    /// Every area with at least ``threshold`` periods of decline, longest streak first (then in roster order).
    public func decide(_ input: Standings<IndigenousArea>) -> Decision {
        let watched = input.members.enumerated().filter { $0.element.declines >= threshold }
            .sorted { ($1.element.declines, $0.offset) < ($0.element.declines, $1.offset) }
        return Decision(outcomes: watched.map { area in
            Outcome(
                policy: id, unit: area.element.name, label: "列入關注",
                reason: "期末連續下降 \(area.element.declines) 期（\(area.element.since) 起）")
        })
    }

    /// Worked on the 112 program's 3 periods, and one on the threshold in force.
    public var examples: [Example] {
        let configured = self
        let standings = { @Sendable (areas: [IndigenousArea]) in
            Standings(members: areas, ranks: Ranking.ranks(areas, by: [.descending { $0.rate }]), readings: ReadingChoices())
        }
        let areas = [
            IndigenousArea(name: "甲", rate: 40, declines: 3, since: "111-05"), IndigenousArea(name: "乙", rate: 41, declines: 2, since: "111-07"),
            IndigenousArea(name: "丙", rate: 42, declines: 4, since: "111-03"), IndigenousArea(name: "丁", rate: 43),
        ]
        return [
            Example("連續下降 3 期以上者列入，下降最久者在前", expect: ["丙", "甲"]) {
                DeclineWatch().decide(standings(areas)).outcomes.map(\.unit)
            },
            Example("連續下降 2 期不列入", expect: 0) {
                DeclineWatch().decide(standings([IndigenousArea(name: "乙", rate: 41, declines: 2, since: "111-07")])).outcomes.count
            },
            Example("同為連續下降 3 期者依表列順序，不依名次", expect: ["乙:期末連續下降 3 期（111-05 起）", "甲:期末連續下降 3 期（111-07 起）"]) {
                DeclineWatch().decide(standings([
                    IndigenousArea(name: "乙", rate: 30, declines: 3, since: "111-05"), IndigenousArea(name: "甲", rate: 45, declines: 3, since: "111-07"),
                ])).outcomes.map { "\($0.unit):\($0.reason ?? "")" }
            },
            Example("本版門檻：連續下降 \(threshold) 期以上者列入，\(threshold - 1) 期者不列入", expect: ["甲"]) {
                configured.decide(standings([
                    IndigenousArea(name: "甲", rate: 40, declines: configured.threshold, since: "111-01"),
                    IndigenousArea(name: "乙", rate: 41, declines: configured.threshold - 1, since: "111-03"),
                ])).outcomes.map(\.unit)
            },
        ]
    }
}

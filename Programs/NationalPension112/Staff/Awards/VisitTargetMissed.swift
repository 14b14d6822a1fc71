import Foundation
import PingbiCore

/// 列入年度考核: counties whose staff missed the visit target or the 宣導場次 target.
///
/// > 六(二)：「補助計畫進用人員(督導員及服務員)：每年度應辦理之訪視欠費人數或宣導場次目標值未達成時，
/// > 應列入其年度考核。」
public struct VisitTargetMissed: AwardPolicy {
    public let id = "visit-target-missed"
    /// Its outcomes are a list, not an award.
    public let kind = OutcomeKind.list
    public let name = "訪視或宣導目標未達成（列入年度考核）"
    public let clause = "六(二)：補助計畫進用人員(督導員及服務員)：每年度應辦理之訪視欠費人數或宣導場次目標值未達成時，應列入其年度考核。"

    /// The policy.
    public init() {}

    /// An outcome for each county with 實際訪視 < 應訪視, or 宣導場次 < 宣導場次目標 where both are given.
    public func decide(_ rows: [VisitRow]) -> Decision {
        var decision = Decision()
        for row in rows {
            var reasons: [String] = []
            if row.actual < row.target {
                reasons.append("實際訪視人數 \(Decimal(row.actual).grouped) 未達應訪視人數 \(Decimal(row.target).grouped)")
            }
            if let sessions = row.sessions, let goal = row.sessionTarget, sessions < goal {
                reasons.append("宣導場次 \(sessions) 未達目標 \(goal)")
            }
            if !reasons.isEmpty {
                decision.outcomes.append(Outcome(
                    policy: id, unit: row.name, label: "列入年度考核",
                    reason: reasons.joined(separator: "；") + "，督導員及服務員列入其年度考核"))
            }
        }
        return decision
    }

    public var examples: [Example] {
        [
            Example("實際訪視 950 < 應訪視 1,000：列入", expect: ["甲"]) {
                VisitTargetMissed().decide([.sample("甲", target: 1000, actual: 950, success: 0)]).outcomes.map(\.unit)
            },
            Example("恰達目標不列入", expect: 0) {
                VisitTargetMissed().decide([.sample("甲", target: 1000, actual: 1000, success: 0)]).outcomes.count
            },
            Example("訪視達標但宣導場次 11 < 12：列入", expect: ["甲"]) {
                VisitTargetMissed().decide([.sample("甲", target: 10, actual: 12, success: 0, sessions: 11, sessionTarget: 12)])
                    .outcomes.map(\.unit)
            },
            Example("只給宣導場次而無目標：不據以判定", expect: 0) {
                VisitTargetMissed().decide([.sample("甲", target: 10, actual: 12, success: 0, sessions: 0)]).outcomes.count
            },
        ]
    }
}

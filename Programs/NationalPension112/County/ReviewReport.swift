import Foundation
import PingbiCore

/// 檢討報告: the last five areas by 收繳率消長 report on their improvement, unless they grew.
///
/// > 六(一)：「收繳率消長後五名者，應提出檢討報告…但正成長者不在此限。」
public struct ReviewReport: StandingsAward {
    public typealias Member = AreaChange
    public let id = "review-report"
    /// Its outcomes are a list, not an award.
    public let kind = OutcomeKind.list
    public let name = "提出檢討報告"
    /// 六(一) with the places in force (後五名 in the 112 principles).
    public var clause: String { "六(一)：收繳率消長\(places)者，應提出檢討報告及改善措施；但正成長者不在此限。" }

    /// How many areas report: 5 in the 112 principles. A later edition may change it.
    public var quota: Int

    /// The policy, with the 112 principles' five unless `quota` says otherwise.
    public init(quota: Int = 5) {
        self.quota = quota
    }

    /// `後五名` for a quota of 5: the places as the principles write them.
    var places: String { "後\(GroupScheme.numeral(quota))名" }

    /// The last five (per `last-five`), less those with positive 消長, who are not replaced; ties
    /// at the line per `cut-ties`.
    public func decide(_ input: Standings<AreaChange>) -> Decision {
        let areas = input.areas, ties: CutTies = input.readings(CutTies.reading)
        let lastFive: LastFive = input.readings(PensionReadings.lastFive)
        var decision = Decision()
        let cut: QuotaCut<RankedArea>
        switch lastFive {
        case .fromBottom:
            cut = QuotaCut(last: quota, of: areas, ranks: areas.map(\.rank), ties: ties)
            if cut.exceeded {
                decision.warnings.append("\(places)切線同分：共 \(cut.selected.count) 個地區列入（超過 \(quota) 名）。")
            }
        case .fromTop:
            cut = QuotaCut(beyond: quota, of: areas, ranks: areas.map(\.rank))
        }
        let (reporting, exempted) = cut.exempting { $0.change > 0 }
        for (area, _) in exempted {
            decision.vacant("\(area.name) 消長 \(area.change.fixed(2)) 為正成長，依規定免提檢討報告（不遞補）。", policy: id)
        }
        decision.outcomes += reporting.outcomes(
            policy: id, label: "檢討報告", referredLabel: "切線同分", unit: \.name, reason: { "消長 \($0.change.fixed(2))，列\(places)" },
            referral: { area, _ in "與\(places)切線同分（消長 \(area.change.fixed(2))），名額 \(quota) 名，請審查決定" })
        return decision
    }

    public var examples: [Example] {
        let areas = RankedArea.ranked([
            ("甲", "0.10"), ("乙", "-0.10"), ("丙", "-0.20"), ("丁", "-0.38"), ("戊", "-0.38"),
            ("己", "-0.40"), ("庚", "-0.43"), ("辛", "-0.44"), ("壬", "-1.08"),
        ])
        let names: @Sendable ([RankedArea], [String: String]) -> [String] = { areas, readings in
            ReviewReport().decide(Standings(areas, readings: readings)).outcomes.map { "\($0.policy):\($0.unit)" }
        }
        return [
            Example("由最後一名往上數五名，第五名同分者一併列入", expect: [
                "review-report:壬", "review-report:辛", "review-report:庚", "review-report:己",
                "review-report:丁", "review-report:戊",
            ]) { names(areas, [:]) },
            Example("cut-ties=refer：名額不變，同分者交審查", expect: [
                "review-report:壬", "review-report:辛", "review-report:庚", "review-report:己",
                "tied-at-cut:丁", "tied-at-cut:戊",
            ]) { names(areas, ["cut-ties": "refer"]) },
            Example("from-top：競賽名次大於 N−5（9−5=4）者，同分第 4 名不列入", expect: [
                "review-report:壬", "review-report:辛", "review-report:庚", "review-report:己",
            ]) { names(areas, ["last-five": "from-top"]) },
            Example("正成長者免提，且不遞補", expect: ["review-report:乙"]) {
                names(RankedArea.ranked([("甲", "0.5"), ("乙", "-0.1"), ("丙", "0.2"), ("丁", "0.3"), ("戊", "0.4")]), [:])
            },
        ]
    }
}

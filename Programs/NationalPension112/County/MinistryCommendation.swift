import Foundation
import PingbiCore

/// 衛福部及勞保局人員敘獎: when the national total's rate grew.
///
/// > 五(五)：「全國收繳率較前期成長者，衛生福利部及勞動部勞工保險局相關業務人員予以敘獎。」
public struct MinistryCommendation: AwardPolicy {
    public let id = "ministry-commendation"
    public let name = "衛福部及勞保局人員敘獎"
    public let clause = "五(五)：全國（總計）收繳率較前期成長者，衛生福利部及勞動部勞工保險局相關業務人員予以敘獎。"

    /// The policy.
    public init() {}

    /// An outcome for the 總計 row when its 消長 is positive; a note either way.
    public func decide(_ total: RateRow?) -> Decision {
        guard let total else { return Decision(warnings: ["資料無「總計」列，無法判定衛福部及勞保局人員敘獎。"]) }
        guard total.change > 0 else {
            return Decision(warnings: ["總計消長 \(total.change.plainText)，未正成長：衛福部及勞保局人員不予敘獎。"])
        }
        return Decision(outcomes: [
            Outcome(policy: id, unit: total.name, label: "敘獎", reason: "總計消長 \(total.change.plainText) 為正成長")
        ])
    }

    public var examples: [Example] {
        [
            Example("111 年總計 −0.25：不敘獎", expect: 0) {
                MinistryCommendation().decide(.sample("總計", rate: "59.71", base: "59.96")).outcomes.count
            },
            Example("總計正成長 0.08：敘獎", expect: ["總計"]) {
                MinistryCommendation().decide(.sample("總計", rate: "35.02", base: "34.94")).outcomes.map(\.unit)
            },
            Example("總計持平 0：不敘獎", expect: 0) {
                MinistryCommendation().decide(.sample("總計", rate: "50", base: "50")).outcomes.count
            },
        ]
    }
}

import Foundation
import NationalPension112
import PingbiCore

/// 原民會人員敘獎: when the 合計 row of 附件七 grew.
///
/// > 五(四)：「原民會之督導長官、承辦人員：依全國原住民國民年金被保險人收繳率消長(如附件七)提升與否，
/// > 由機關覈實給予敘獎」
public struct IndigenousCommendation: AwardPolicy {
    public let id = "cip-commendation"
    public let name = "原民會人員敘獎"
    public let clause = "五(四)：原民會之督導長官、承辦人員：依全國原住民國民年金被保險人收繳率消長（如附件七）提升與否，由機關覈實給予敘獎，並轉知所轄相關原民單位辦理敘獎作業。"

    /// The policy.
    public init() {}

    /// An outcome for unit 合計 when its 消長 is positive; a warning when it is not, or is missing.
    /// The document says 全國原住民 but points to 附件七, which counts 原鄉 only: its 合計 row decides.
    public func decide(_ total: RateRow?) -> Decision {
        guard let total else { return Decision(warnings: ["資料無「合計」列，無法判定原民會人員敘獎。"]) }
        guard total.change > 0 else {
            return Decision(warnings: ["合計消長 \(total.change.plainText)，未提升：原民會人員不予敘獎。"])
        }
        return Decision(outcomes: [
            Outcome(
                policy: id, unit: total.name, label: "敘獎",
                reason: "全體原鄉合計收繳率 \(total.rate.fixed(2))%，較前期 \(total.base.fixed(2))% 提升 \(total.change.fixed(2)) 個百分點，"
                    + "原民會督導長官、承辦人員由機關覈實敘獎")
        ])
    }

    public var examples: [Example] {
        let total = { @Sendable (rate: String, base: String) in
            RateRow(
                name: "合計", line: 57, rate: .exact(rate), base: .exact(base), due: nil, paid: nil, baseDue: nil,
                basePaid: nil, publishedChange: nil)
        }
        return [
            Example("111 年合計 35.02 − 34.94 = 0.08：敘獎", expect: ["合計"]) {
                IndigenousCommendation().decide(total("35.02", "34.94")).outcomes.map(\.unit)
            },
            Example("合計持平 0：不敘獎", expect: 0) {
                IndigenousCommendation().decide(total("35.02", "35.02")).outcomes.count
            },
            Example("合計下降 −0.01：不敘獎", expect: 0) {
                IndigenousCommendation().decide(total("35.01", "35.02")).outcomes.count
            },
            Example("無合計列：警告", expect: 1) { IndigenousCommendation().decide(nil).warnings.count },
        ]
    }
}

import Foundation
import PingbiCore

/// (7) 跨區收件（加分，3 分）.
///
/// > 代收非轄內公所保險對象承保異動表件(轉入、轉出、停復保)。
/// > 本項得分(7)=該公所代收件數*0.2≦3分
public struct CrossDistrict: BonusItem {
    /// 0.2, read once (not per office).
    static let fifth = Decimal.exact("0.2")

    /// The item.
    public init() {}

    public let id = "S7"
    public let name = "跨區收件"
    public let label = "跨區"
    public let columns: [CountColumn] = [.crossDistrict]
    public let clause = "代收非轄內公所保險對象承保異動表件(轉入、轉出、停復保)。本項得分(7)=該公所代收件數*0.2≦3分"

    public func evaluate(_ input: BonusInput) -> ItemScore {
        let count = input.office.total[.crossDistrict]
        return finish(
            input, inputs: [("跨區收件", count)], formula: "代收件數×0.2，上限 3 分", substitution: "\(count)×0.2",
            points: points([(count, Self.fifth)]), cap: 3)
    }

    public var examples: [Example] {
        [
            Example("7 件：1.4", expect: Decimal.exact("1.4")) { score(Counts([.crossDistrict: 7])) },
            Example("15 件：恰為上限 3", expect: Decimal.exact("3")) { score(Counts([.crossDistrict: 15])) },
            Example("上限 3：20 件 = 4，以 3 計", expect: Decimal.exact("3")) { score(Counts([.crossDistrict: 20])) },
        ]
    }
}

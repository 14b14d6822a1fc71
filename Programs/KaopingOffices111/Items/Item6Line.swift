import Foundation
import PingbiCore

/// (6) LINE群組活躍度（加分，標題 3 分）.
///
/// > 本項得分(6)=文字交流(註 1)*0.5+已讀回應(註 2)*0.2≦2分
///
/// The heading says 3 分, the formula ≦2分: reading `line-cap` (2 as the formula says;
/// alternative 3), which an edition may settle.
public struct LineActivity: BonusItem {
    /// 0.5, read once (not per office).
    static let half = Decimal.exact("0.5")
    /// 0.2, read once (not per office).
    static let fifth = Decimal.exact("0.2")

    /// The item.
    public init() {}

    public let id = "S6"
    public let name = "LINE群組活躍度"
    public let clause = "本項得分(6)=文字交流(註 1)*0.5+已讀回應(註 2)*0.2≦2分（標題：3分）"
    public let label = "LINE"
    public let columns: [CountColumn] = [.lineText, .lineRead]

    public func evaluate(_ input: BonusInput) -> ItemScore {
        let counts = input.office.total
        let lineCap = input.readings(KaopingReadings.lineCap) as LineCap, cap = lineCap.cap
        let points = points([(counts[.lineText], Self.half), (counts[.lineRead], Self.fifth)])
        return finish(
            input, inputs: [("LINE文字交流", counts[.lineText]), ("LINE已讀回應", counts[.lineRead])],
            formula: "文字交流×0.5 + 已讀回應×0.2，上限 \(cap) 分（解讀「\(lineCap.label)」）",
            substitution: "\(counts[.lineText])×0.5 + \(counts[.lineRead])×0.2", points: points, cap: cap)
    }

    public var examples: [Example] {
        [
            Example("2 則文字 + 3 則已讀：1 + 0.6 = 1.6", expect: Decimal.exact("1.6")) { score(Counts([.lineText: 2, .lineRead: 3])) },
            Example("無互動得 0", expect: Decimal.exact("0")) { score(Counts()) },
            Example("上限 2：5 則文字 = 2.5，以 2 計", expect: Decimal.exact("2")) { score(Counts([.lineText: 5])) },
            Example("line-cap=3：5 則文字得 2.5", expect: Decimal.exact("2.5")) { score(Counts([.lineText: 5]), readings: ["line-cap": "3"]) },
            Example("line-cap=3：上限 3", expect: Decimal.exact("3")) { score(Counts([.lineText: 4, .lineRead: 10]), readings: ["line-cap": "3"]) },
        ]
    }
}

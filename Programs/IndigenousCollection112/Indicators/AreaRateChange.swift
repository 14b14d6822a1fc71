import Foundation
import NationalPension112
import PingbiCore

/// Whether an area's rate rose, fell or held.
public enum RateDirection: String, Sendable, Equatable {
    /// 消長 > 0.
    case improved = "提升"
    /// 消長 < 0.
    case declined = "下降"
    /// 消長 = 0.
    case unchanged = "持平"

    /// The direction of a 消長.
    public init(_ change: Decimal) {
        self = change > 0 ? .improved : (change < 0 ? .declined : .unchanged)
    }
}

/// 原鄉地區收繳率消長: this period's rate against last period's, and whether it rose. The
/// pipeline scores it per area (the value shown; areas rank on 本期收繳率, not on it).
///
/// > 五(四)：「依全國原住民國民年金被保險人收繳率消長(如附件七)提升與否」
public struct AreaRateChange: UnitScoredItem {
    public typealias Unit = RateRow
    public let id = "change"
    public let name = "原鄉地區收繳率消長"
    public let clause = "五(四)：依全國原住民國民年金被保險人收繳率消長（如附件七）提升與否；附件七「收繳率比較」= 本期收繳率 − 前期收繳率。"

    /// The indicator.
    public init() {}

    /// An area's 消長 as the pipeline scores it: the value, with its explanation.
    public func evaluate(_ input: UnitMember<RateRow>) -> ItemScore {
        let (value, _, explanation) = change(of: input.unit)
        return ItemScore(unit: input.unit.name, a: nil, score: nil, value: value, aExplanation: nil, explanation: explanation)
    }

    /// 消長 = 本期 − 前期 (as 附件二's), with 提升 / 下降 / 持平.
    public func change(of row: RateRow) -> (value: Decimal, direction: RateDirection, explanation: Explanation) {
        var (value, explanation) = CollectionRateChange().change(of: row)
        let direction = RateDirection(value)
        explanation.add(.note, "\(direction.rawValue)（消長 \(value > 0 ? ">" : (value < 0 ? "<" : "=")) 0）")
        return (value, direction, explanation)
    }

    public var examples: [Example] {
        let row = { @Sendable (rate: String, base: String) in
            RateRow(
                name: "範例", line: 2, rate: .exact(rate), base: .exact(base), due: nil, paid: nil, baseDue: nil,
                basePaid: nil, publishedChange: nil)
        }
        return [
            Example("臺東縣蘭嶼鄉 111 年：47.50 − 48.14 = −0.64，下降", expect: "-0.64 下降") {
                let result = AreaRateChange().change(of: row("47.50", "48.14"))
                return "\(result.value.plainText) \(result.direction.rawValue)"
            },
            Example("合計 111 年：35.02 − 34.94 = 0.08，提升", expect: "0.08 提升") {
                let result = AreaRateChange().change(of: row("35.02", "34.94"))
                return "\(result.value.plainText) \(result.direction.rawValue)"
            },
            Example("逐區計分之值即為消長：47.50 − 48.14 = −0.64", expect: Decimal.exact("-0.64")) {
                AreaRateChange().evaluate(UnitMember(unit: row("47.50", "48.14"), readings: ReadingChoices())).value
            },
            Example("相等為持平", expect: RateDirection.unchanged) {
                AreaRateChange().change(of: row("30.00", "30")).direction
            },
        ]
    }
}

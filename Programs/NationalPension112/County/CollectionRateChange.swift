import Foundation
import PingbiCore

/// 收繳率消長: this period's collection rate against last period's.
///
/// > 五(一)：「以各直轄市、縣(市)政府…本期收繳率與前期收繳率之消長情形排序」（附件二）
public struct CollectionRateChange: UnitScoredItem {
    public typealias Unit = RateRow
    public let id = "change"
    public let name = "收繳率消長"
    public let clause = "五(一)：依各直轄市、縣(市)本期收繳率與前期收繳率之消長（收繳率比較）排序（附件二）。"

    /// The indicator.
    public init() {}

    /// An area's 消長 as the pipeline scores it: the value ranked, with its explanation.
    public func evaluate(_ input: UnitMember<RateRow>) -> ItemScore {
        let (change, explanation) = change(of: input.unit)
        return ItemScore(unit: input.unit.name, a: nil, score: nil, value: change, aExplanation: nil, explanation: explanation)
    }

    /// 消長 = 本期收繳率 − 前期收繳率, in percentage points, with its explanation.
    public func change(of row: RateRow) -> (value: Decimal, explanation: Explanation) {
        var explanation = Explanation("收繳率消長（百分點）")
        explanation.input("本期收繳率", row.rate)
        explanation.input("前期收繳率", row.base)
        explanation.add(.formula, "消長 = 本期收繳率 − 前期收繳率")
        let change = row.change
        explanation.add(.substitution, "\(row.rate.plainText) − \(row.base.plainText) = \(change.plainText)")
        if let published = row.publishedChange {
            explanation.add(.note, "與公布之收繳率比較 \(published.plainText) 相符")
        }
        explanation.result(change)
        return (change, explanation)
    }

    public var examples: [Example] {
        [
            Example("臺南市 111 年：57.70 − 57.77 = −0.07", expect: Decimal.exact("-0.07")) {
                CollectionRateChange().change(of: .sample(rate: "57.70", base: "57.77")).value
            },
            Example("正成長：45.50 − 45.00 = 0.50", expect: Decimal.exact("0.5")) {
                CollectionRateChange().change(of: .sample(rate: "45.50", base: "45.00")).value
            },
            Example("持平為 0", expect: Decimal(0)) {
                CollectionRateChange().change(of: .sample(rate: "60", base: "60.00")).value
            },
        ]
    }
}

/// A row of a rate table is what the county program ranks; areas compete without groups.
extension RateRow: RosterUnit {
    /// No group.
    public var group: String { "" }
}

extension RateRow {
    /// A row for examples: only the two rates matter.
    static func sample(_ name: String = "範例", rate: String, base: String) -> RateRow {
        RateRow(
            name: name, line: 2, rate: .exact(rate), base: .exact(base), due: nil, paid: nil, baseDue: nil,
            basePaid: nil, publishedChange: nil)
    }
}

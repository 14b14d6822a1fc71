import Foundation
import PingbiCore

/// 收繳率消長: this period's collection rate against last period's.
///
/// > 五(一)：「以各直轄市、縣(市)政府…本期收繳率與前期收繳率之消長情形排序」（附件二）
public struct CollectionRateChange: Indicator {
    public let id = "change"
    public let name = "收繳率消長"
    public let clause = "五(一)：依各直轄市、縣(市)本期收繳率與前期收繳率之消長（收繳率比較）排序（附件二）。"

    /// The indicator.
    public init() {}

    /// 消長 = 本期收繳率 − 前期收繳率, in percentage points, with its explanation.
    public func evaluate(_ row: RateRow) -> (value: Decimal, explanation: Explanation) {
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
                CollectionRateChange().evaluate(.sample(rate: "57.70", base: "57.77")).value
            },
            Example("正成長：45.50 − 45.00 = 0.50", expect: Decimal.exact("0.5")) {
                CollectionRateChange().evaluate(.sample(rate: "45.50", base: "45.00")).value
            },
            Example("持平為 0", expect: Decimal(0)) {
                CollectionRateChange().evaluate(.sample(rate: "60", base: "60.00")).value
            },
        ]
    }
}

extension RateRow {
    /// A row for examples: only the two rates matter.
    static func sample(_ name: String = "範例", rate: String, base: String) -> RateRow {
        RateRow(
            name: name, line: 2, rate: .exact(rate), base: .exact(base), due: nil, paid: nil, baseDue: nil,
            basePaid: nil, publishedChange: nil)
    }
}

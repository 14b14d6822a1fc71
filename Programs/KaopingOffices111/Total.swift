import Foundation
import PingbiCore

/// 總得分 of 肆、三.
///
/// > 總得分=健保櫃檯承保申辦率〔(1)*30%〕+推廣無紙化繳費〔(2)*15%〕+協助欠費處理〔(3)*20%〕
/// > +業務宣導配合度〔(4)*15%〕+臨櫃收件品質〔(5)*20%〕+加分項目〔(6)+(7)+(8)〕
/// > (備註：得分計算採四捨五入取至小數點後一位)
///
/// Under `rounding=items` the item scores enter rounded to one decimal; under `total-only`
/// exactly. The sum is exact and rounded once to one decimal.
enum Total {
    /// Weighted items (id, weight, the weight as a fraction) then the bonus items (weight 1).
    static func compute(
        weighted: [(score: ItemScore, id: String, weight: Decimal, exactWeight: Fraction)], bonus: [(score: ItemScore, id: String)],
        rounding: RoundingStage
    ) -> (value: Decimal, explanation: Explanation) {
        var explanation = Explanation("總得分")
        explanation.add(
            .formula,
            "總得分 = " + weighted.map { "\($0.id)×\($0.weight.plainText)" }.joined(separator: " + ") + " + "
                + bonus.map(\.id).joined(separator: " + "))
        var sum = Fraction(0)
        var terms: [String] = []
        // The terms' texts only when explanations record.
        let records = Explanation.records
        for item in weighted {
            let score = item.score.forTotal(rounding)
            sum = sum + score * item.exactWeight
            if records { terms.append("\(score)×\(item.weight.plainText)") }
        }
        for item in bonus {
            let score = item.score.forTotal(rounding)
            sum = sum + score
            if records { terms.append("\(score)") }
        }
        explanation.add(.note, rounding == .items ? "rounding=items：各項得分先四捨五入至小數 1 位" : "rounding=total-only：各項以精確值計算")
        explanation.add(.substitution, terms.joined(separator: " + ") + " = \(sum)")
        let value = sum.rounded(1)
        explanation.add(.rounding, "\(sum) 四捨五入至小數 1 位 = \(value.plainText)")
        explanation.result(value)
        return (value, explanation)
    }
}

import Foundation

/// A total of weighted item scores plus unweighted bonus scores, rounded once to one decimal
/// (「得分計算採四捨五入取至小數點後一位」).
///
/// Under ``RoundingStage/items`` the item scores enter rounded to one decimal; under
/// ``RoundingStage/totalOnly`` exactly. The sum is exact.
public enum WeightedTotal {
    /// An item's weight, as written and as an exact fraction (made once, not per unit).
    public struct Weight: Sendable {
        /// The item's id (`S1`), as the formula names it.
        public let id: String
        /// The weight as the document writes it (`0.30`).
        public let decimal: Decimal
        /// The same weight as a fraction.
        public let fraction: Fraction
        /// The same weight in whole thousandths, if it has at most three decimals and fits.
        let thousandths: Int?

        /// The weight of item `id`.
        public init(id: String, _ decimal: Decimal) {
            self.id = id
            self.decimal = decimal
            self.fraction = Fraction(decimal)
            self.thousandths = Millionths.thousandths(decimal)
        }
    }

    /// Σ weight × shown score + Σ bonus, exactly, summed as whole millionths (scores and weights
    /// of at most three decimals each, as `rounding=items` gives them), term by term: where a
    /// value has more decimals or a step would overflow 64 bits there is no sum (the caller
    /// then sums fractions). What a total made without explanations is (``compute(weighted:weights:bonus:bonusIDs:rounding:title:)``),
    /// read from the scores or straight from a score sheet's columns.
    struct Millionths {
        /// The sum so far, in millionths.
        private var sum = 0
        /// False once a term could not be added.
        private var fits = true

        /// No term yet.
        init() {}

        /// Adds `value` × `weight` (a weight's ``Weight/thousandths``).
        mutating func add(_ value: Decimal, weight: Int?) {
            guard fits, let weight, let value = Self.thousandths(value) else {
                fits = false
                return
            }
            let (term, o1) = value.multipliedReportingOverflow(by: weight)
            let (next, o2) = sum.addingReportingOverflow(term)
            guard !o1, !o2 else {
                fits = false
                return
            }
            sum = next
        }

        /// Adds a bonus `value` (weight 1).
        mutating func add(bonus value: Decimal) {
            add(value, weight: 1000)
        }

        /// The exact sum, if every term was added.
        var exact: Fraction? { fits ? Fraction(sum, 1_000_000) : nil }

        /// The total: the sum rounded to one decimal, if every term was added.
        var total: Decimal? { exact?.rounded(1) }

        /// A decimal as whole thousandths, if it has at most three decimals and fits.
        static func thousandths(_ value: Decimal) -> Int? {
            guard let parts = value.smallParts, parts.exponent >= -3, parts.exponent <= 3,
                let significand = Int(exactly: parts.significand)
            else { return nil }
            var scale = 1
            for _ in 0..<(parts.exponent + 3) { scale *= 10 }
            let (magnitude, overflow) = significand.multipliedReportingOverflow(by: scale)
            guard !overflow else { return nil }
            return parts.negative ? -magnitude : magnitude
        }
    }

    /// Σ weight × score over `weighted` (parallel to `weights`), plus the `bonus` scores
    /// (named by `bonusIDs`), rounded to one decimal, titled `title`.
    public static func compute(
        weighted: [ItemScore], weights: [Weight], bonus: [ItemScore], bonusIDs: [String], rounding: RoundingStage,
        title: String = "總得分"
    ) -> (value: Decimal, explanation: Explanation) {
        var explanation = Explanation(title)
        explanation.add(
            .formula,
            "\(title) = " + weights.map { "\($0.id)×\($0.decimal.plainText)" }.joined(separator: " + ")
                + (bonusIDs.isEmpty ? "" : " + " + bonusIDs.joined(separator: " + ")))
        // The terms' texts only when explanations record.
        let records = Explanation.records
        if !records, rounding == .items, let total = millionths(weighted: weighted, weights: weights, bonus: bonus)?.rounded(1) {
            // The same exact sum, as whole millionths: the same rounded value, without a
            // fraction's reductions per term.
            return (total, explanation)
        }
        var sum = Fraction(0)
        var terms: [String] = []
        for (score, weight) in zip(weighted, weights) {
            let score = score.forTotal(rounding)
            sum = sum + score * weight.fraction
            if records { terms.append("\(score)×\(weight.decimal.plainText)") }
        }
        for score in bonus {
            let score = score.forTotal(rounding)
            sum = sum + score
            if records { terms.append("\(score)") }
        }
        explanation.add(.note, "解讀「\(rounding.label)」：" + (rounding == .items ? "各項得分先四捨五入至小數 1 位" : "各項以精確值計算"))
        explanation.add(.substitution, terms.joined(separator: " + ") + " = \(sum)")
        let value = sum.rounded(1)
        explanation.add(.rounding, "\(sum) 四捨五入至小數 1 位 = \(value.plainText)")
        explanation.result(value)
        return (value, explanation)
    }

    /// Σ weight × shown score + Σ bonus, exactly, summed as whole millionths (``Millionths``);
    /// nil where a value has more decimals or a step would overflow 64 bits (the caller then
    /// sums fractions).
    static func millionths(weighted: [ItemScore], weights: [Weight], bonus: [ItemScore]) -> Fraction? {
        var sum = Millionths()
        for (score, weight) in zip(weighted, weights) { sum.add(score.value, weight: weight.thousandths) }
        for score in bonus { sum.add(bonus: score.value) }
        return sum.exact
    }
}

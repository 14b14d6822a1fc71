import Foundation

extension PercentRate {
    /// A group's pooled rate, Σ parts ÷ Σ wholes × 100 (全組申辦量合計 ÷ 承保異動量合計 × 100),
    /// with both sums: exact fractions, so a group of any size cannot overflow; the rate is
    /// nil when the wholes sum to 0.
    public static func pooled(parts: [Int], wholes: [Int]) -> (part: Fraction, whole: Fraction, rate: Fraction?) {
        let part = parts.reduce(Fraction(0)) { $0 + Fraction($1) }
        let whole = wholes.reduce(Fraction(0)) { $0 + Fraction($1) }
        return (part, whole, whole.isZero ? nil : part * Fraction(100) / whole)
    }
}

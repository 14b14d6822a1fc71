import Foundation
/// A sum of many non-negative fractions known to within a guard band, for the decisions the
/// exact sum would make slowly.
///
/// The exact sum of n quotients with different denominators (item (1)'s mean of rates) has a
/// denominator that grows with n, and its arithmetic (`BigUInt.gcd`) grew about as n^1.5. Here
/// each term is kept as ⌊term × 10¹²⌋ in 128 bits, so the sum lies in
/// [Σ⌊…⌋, Σ⌊…⌋ + inexact] / 10¹². A relative score computed from both ends of that interval
/// brackets the exact score; where one rounding (四捨五入 to one decimal) and one side of the
/// cap hold across the whole bracket, they are the exact score's. Where they do not (the score
/// lies within about 10⁻¹⁰ of a rounding boundary or the cap, an exact x.x5 among them), the
/// caller computes the exact fraction instead. Every step is overflow-checked; an overflow
/// also sends the caller to the exact path.
public struct GuardedSum: Sendable {
    /// The number of terms.
    public let count: Int
    /// Σ⌊term × 10¹²⌋.
    let scaled: UInt128
    /// The number of terms whose scaled value is not whole (the width of the interval).
    let inexact: UInt128
    /// False when a term is negative or too large: no decision is made from this sum.
    let usable: Bool

    /// 10¹²: twelve guard digits.
    static let scale: UInt128 = 1_000_000_000_000

    /// The guarded sum of `terms`.
    public init(_ terms: [Fraction]) {
        count = terms.count
        var scaled: UInt128 = 0, inexact: UInt128 = 0, usable = true
        for term in terms {
            guard !term.negative, case .small(let n, let d) = term.magnitude else {
                usable = false
                break
            }
            let (product, overflow) = UInt128(n).multipliedReportingOverflow(by: GuardedSum.scale)
            guard !overflow else {
                usable = false
                break
            }
            let (quotient, remainder) = product.quotientAndRemainder(dividingBy: UInt128(d))
            let (sum, sumOverflow) = scaled.addingReportingOverflow(quotient)
            guard !sumOverflow else {
                usable = false
                break
            }
            scaled = sum
            if remainder != 0 { inexact += 1 }
        }
        self.scaled = scaled
        self.inexact = inexact
        self.usable = usable
    }

    /// ((n·a − Σ) × factor) / Σ + base for this sum Σ of n terms, at most `cap` when given,
    /// rounded half away from zero to one decimal, in tenths (`801` for 80.1); nil when the
    /// guard band does not decide it (or a < 0, factor ≤ 0, Σ = 0 or an overflow): the caller
    /// then computes it exactly.
    public func relativeScoreTenths(a: Fraction, factor: Int, base: Int, cap: Int?) -> Int? {
        guard usable, factor > 0, scaled > 0, !a.negative, case .small(let p, let q) = a.magnitude else { return nil }
        // score × 10 = X + c, with X = 10·factor·n·a / Σ ≥ 0 and c = 10 × (base − factor).
        let c = 10 * (base - factor)
        if p == 0 { return cap.map { c > 10 * $0 ? 10 * $0 : c } ?? c }
        // 2X = 2·10·factor·n·p·10¹² / (q · Σ·10¹²), Σ·10¹² in [scaled, scaled + inexact].
        var numerator = UInt128(20 * factor)
        for factor in [UInt128(count), UInt128(p), GuardedSum.scale] {
            let (product, overflow) = numerator.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            numerator = product
        }
        let (lowDenominator, o1) = UInt128(q).multipliedReportingOverflow(by: scaled)
        let (upper, o2) = scaled.addingReportingOverflow(inexact)
        let (highDenominator, o3) = UInt128(q).multipliedReportingOverflow(by: upper)
        guard !o1, !o2, !o3 else { return nil }
        let (low, lowRemainder) = numerator.quotientAndRemainder(dividingBy: highDenominator)
        let high = numerator / lowDenominator
        guard high < UInt128(Int.max / 4) else { return nil }
        let k = Int(low)
        // score > cap ⇔ 2X > 2 × (10·cap − c): decided for the whole bracket when its low end is.
        if let cap, k > 2 * (10 * cap - c) || (k == 2 * (10 * cap - c) && lowRemainder != 0) { return 10 * cap }
        let capped = cap.map { k >= 2 * (10 * $0 - c) } ?? false
        if inexact == 0, lowRemainder == 0 {
            // An exact sum and a whole 2X: score × 10 = c + k/2, a whole number when k is even;
            // an odd k is exactly on x.x5, left to the exact path.
            return k % 2 == 0 && !capped ? c + k / 2 : nil
        }
        // Otherwise decided when 2X lies strictly between k and k + 1 at both ends of the bracket.
        guard low == high, lowRemainder != 0, !capped else { return nil }
        // score × 10 lies in (c + k/2, c + (k+1)/2): the whole number of that interval is the
        // rounded value, for either sign.
        return c + (k + 1) / 2
    }
}

extension GuardedSum {
    /// The mean Σ / n as a group's B is shown, when this sum decides it: exactly (as
    /// ``Fraction/display(_:)`` shows the exact mean) when every term was whole at twelve digits,
    /// else rounded half away from zero to six decimals when both ends of the guard band round
    /// alike; nil otherwise (the caller then shows the exact mean's display). Where a term is not
    /// whole at twelve digits, a mean whose exact decimal ends after the sixth place is shown to
    /// six: 1/3 and 2051/3072 have the mean 0.50048828125, shown 0.500488.
    public var meanDisplay: Decimal? {
        guard usable, count > 0 else { return nil }
        if inexact == 0 {
            guard let sum = Int(exactly: scaled) else { return nil }
            return (Fraction(sum, count) / Fraction(Int(GuardedSum.scale))).display()
        }
        // value × 10⁶ = Σ̃ / (n × 10⁶); half away from zero on a non-negative value.
        let divisor = UInt128(count) * 1_000_000
        func rounded(_ x: UInt128) -> UInt128 { (2 * x + divisor) / (2 * divisor) }
        let (upper, overflow) = scaled.addingReportingOverflow(inexact)
        guard !overflow, scaled <= UInt128.max / 4, upper <= UInt128.max / 4 else { return nil }
        let low = rounded(scaled), high = rounded(upper)
        guard low == high, let units = Int(exactly: low) else { return nil }
        return Fraction(units, 1_000_000).display()
    }
}

import Foundation

/// A rate in percent, part ÷ whole × 100, of two counts: exact as a ``Fraction`` (what ranks
/// and compares: 1190/1785 and 860/1290 are both 2/3 and tie), shown as a `Decimal`; undefined
/// when the whole is 0.
public struct PercentRate: Sendable, Equatable {
    /// The numerator count (訪視成功人數, 申辦量).
    public let part: Int
    /// The denominator count (實際訪視人數, 承保異動量).
    public let whole: Int

    /// `part` ÷ `whole` × 100.
    public init(_ part: Int, of whole: Int) {
        self.part = part
        self.whole = whole
    }

    /// Whether the rate is undefined (a whole of 0).
    public var isUndefined: Bool { whole == 0 }

    /// The exact rate, part / whole × 100; nil when the whole is 0.
    public var exact: Fraction? {
        isUndefined ? nil : Fraction(part, whole) * Fraction(100)
    }

    /// The rate as a `Decimal`, part × 100 ÷ whole in one division (38 significant digits, so
    /// a third is cut, not rounded to a scale); nil when the whole is 0.
    public var decimal: Decimal? {
        isUndefined ? nil : Decimal(part) * 100 / Decimal(whole)
    }

    /// The rate with its numbers put in, `2 ÷ 3 × 100 = 66.66…`; nil when the whole is 0.
    public var substitution: String? {
        decimal.map { "\(part) ÷ \(whole) × 100 = \($0.plainText)" }
    }
}

import Foundation
import PingbiCore

/// A staff indicator's value: a rate in percent, or nil when its denominator is 0.
public struct RateValue: Sendable, Equatable {
    /// The rate in percent at the precision in force, as shown; nil when undefined (ranks last).
    public let value: Decimal?
    /// The value ranked: ``value`` under `rate-precision=2`, the exact quotient under `exact`
    /// (so 1190/1785 and 860/1290, both 2/3, tie); nil when undefined.
    public let rankKey: Fraction?
    /// How it was computed.
    public let explanation: Explanation

    /// A value ranked as it is shown.
    init(value: Decimal?, explanation: Explanation) {
        self.init(value: value, rankKey: value.map(Fraction.init), explanation: explanation)
    }

    /// A value shown as `value` and ranked by `rankKey`.
    init(value: Decimal?, rankKey: Fraction?, explanation: Explanation) {
        self.value = value
        self.rankKey = rankKey
        self.explanation = explanation
    }
}

/// part / whole × 100 in one exact division, at the `rate-precision` in force; under `exact`
/// ranked as the exact fraction (a `Decimal` quotient keeps 38 digits, and 1190/1785 and
/// 860/1290 would differ in the last one).
enum PercentRate {
    /// The rate `part / whole × 100`, explained with the document's names for both counts.
    static func compute(
        title: String, formula: String, part: (name: String, count: Int), whole: (name: String, count: Int),
        precision: RatePrecision, notes: [String] = []
    ) -> RateValue {
        var explanation = Explanation(title)
        explanation.input(part.name, Decimal(part.count))
        explanation.input(whole.name, Decimal(whole.count))
        for note in notes { explanation.add(.note, note) }
        explanation.add(.formula, formula)
        guard whole.count > 0 else {
            explanation.add(.note, "\(whole.name)為 0：比率無從計算（null），排名列於最後")
            explanation.result(nil)
            return RateValue(value: nil, explanation: explanation)
        }
        let exact = Decimal(part.count) * 100 / Decimal(whole.count)
        explanation.add(.substitution, "\(part.count) ÷ \(whole.count) × 100 = \(exact.plainText)")
        let value = precision.apply(exact, &explanation)
        explanation.result(value)
        switch precision {
        case .two: return RateValue(value: value, explanation: explanation)
        case .exact:
            return RateValue(
                value: value, rankKey: Fraction(part.count, whole.count) * Fraction(100), explanation: explanation)
        }
    }
}

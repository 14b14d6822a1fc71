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

extension RateValue {
    /// A staff indicator's ``PercentRate`` at the `rate-precision` in force, explained with the
    /// document's names for both counts; under `exact` ranked as the exact fraction (a `Decimal`
    /// quotient keeps 38 digits, and 1190/1785 and 860/1290 would differ in the last one).
    static func percent(
        title: String, formula: String, part: (name: String, count: Int), whole: (name: String, count: Int),
        precision: RatePrecision, notes: [String] = []
    ) -> RateValue {
        var explanation = Explanation(title)
        explanation.input(part.name, Decimal(part.count))
        explanation.input(whole.name, Decimal(whole.count))
        for note in notes { explanation.add(.note, note) }
        explanation.add(.formula, formula)
        let rate = PercentRate(part.count, of: whole.count)
        guard let exact = rate.decimal, let substitution = rate.substitution else {
            explanation.add(.note, "\(whole.name)為 0：比率無從計算（null），排名列於最後")
            explanation.result(nil)
            return RateValue(value: nil, explanation: explanation)
        }
        explanation.add(.substitution, substitution)
        let value = precision.apply(exact, &explanation)
        explanation.result(value)
        switch precision {
        case .two: return RateValue(value: value, explanation: explanation)
        case .exact: return RateValue(value: value, rankKey: rate.exact, explanation: explanation)
        }
    }
}

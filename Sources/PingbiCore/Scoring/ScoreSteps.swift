import Foundation

/// The shared steps of a score and its explanation: a cap on the exact score, then the
/// rounding the ``RoundingStage`` in force asks for.
public enum ScoreSteps {
    /// Applies an upper bound to an exact score and records it.
    public static func cap(_ value: Fraction, at limit: Int, _ explanation: inout Explanation) -> Fraction {
        if value > Fraction(limit) {
            explanation.add(.limit, "\(value) 超過上限 \(limit)，以 \(limit) 計")
            return Fraction(limit)
        }
        explanation.add(.limit, "未超過上限 \(limit)")
        return value
    }

    /// `value` at most `cap`, rounded half away from zero to one decimal, in tenths (`15` for
    /// 1.5): what ``cap(_:at:_:)`` then ``finish(_:_:_:)`` under `rounding=items` make of it,
    /// read from the value's digits with no fraction made (rounding keeps order, so capping the
    /// rounded value is capping the value). Nil where the digits do not fit 64 bits or the
    /// exponent lies outside −18…17.
    public static func cappedTenths(_ value: Decimal, cap: Int) -> Int? {
        guard let (negative, significand, exponent) = value.smallParts, exponent >= -18, exponent <= 17 else { return nil }
        var power: UInt64 = 1
        for _ in 0..<(exponent >= -1 ? exponent + 1 : -exponent - 1) { power *= 10 }
        let magnitude: UInt64
        if exponent >= -1 {
            let (scaled, overflow) = significand.multipliedReportingOverflow(by: power)
            guard !overflow else { return nil }
            magnitude = scaled
        } else {
            let (quotient, remainder) = significand.quotientAndRemainder(dividingBy: power)
            magnitude = remainder >= power - remainder ? quotient + 1 : quotient
        }
        guard let tenths = Int(exactly: magnitude), cap.magnitude <= Int.max / 10 else { return nil }
        return min(negative ? -tenths : tenths, 10 * cap)
    }

    /// Applies a lower bound to an exact score and records it.
    public static func floor(_ value: Fraction, at limit: Int, _ explanation: inout Explanation) -> Fraction {
        if value < Fraction(limit) {
            explanation.add(.limit, "\(value) 低於下限 \(limit)，以 \(limit) 計")
            return Fraction(limit)
        }
        explanation.add(.limit, "未低於下限 \(limit)")
        return value
    }

    /// Rounds per the `rounding` reading, records the result, and returns the shown value.
    public static func finish(_ score: Fraction, _ rounding: RoundingStage, _ explanation: inout Explanation) -> Decimal {
        switch rounding {
        case .items:
            // The texts only when the explanation records (made per unit and item).
            let value = score.rounded(1)
            explanation.add(.rounding, "\(score) 四捨五入至小數 1 位 = \(score.roundedText(1))")
            explanation.add(.result, score.roundedText(1))
            return value
        case .totalOnly:
            explanation.add(.note, "解讀「\(RoundingStage.totalOnly.label)」：本項不四捨五入，以精確值 \(score) 計入總分")
            explanation.add(.result, score.description)
            return score.display()
        }
    }
}

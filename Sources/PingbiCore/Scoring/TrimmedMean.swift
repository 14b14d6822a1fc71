import Foundation

/// The mean of some scores after dropping the `trim` highest and the `trim` lowest (a panel's
/// trimmed mean; `trim` 0 is the plain mean): shown as a `Decimal`, ranked and compared as the
/// exact ``Fraction``.
///
/// A mean of three is a third, which no `Decimal` holds: the shown ``value`` is the `Decimal`
/// quotient (38 significant digits, not rounded to a scale), and two means that differ only
/// past that digit are told apart by ``exact``. Where the highest (or lowest) score is tied,
/// only `trim` of them are dropped: the first in the scores' order.
public struct TrimmedMean: Sendable, Equatable {
    /// The scores averaged, in their original order, after the drop.
    public let kept: [Decimal]
    /// The highest scores dropped, highest first (empty when `trim` is 0).
    public let droppedHighest: [Decimal]
    /// The lowest scores dropped, lowest first (empty when `trim` is 0).
    public let droppedLowest: [Decimal]
    /// Σ ``kept`` as a `Decimal`.
    public let sum: Decimal
    /// The mean as shown: ``sum`` ÷ the number kept, a `Decimal` quotient.
    public let value: Decimal
    /// The exact mean, summed and divided as fractions (what ranks and meets a threshold).
    public let exact: Fraction

    /// The mean of `scores` without their `trim` highest and `trim` lowest; nil when no score
    /// would be left (fewer than 2 × `trim` + 1 scores).
    public init?(_ scores: [Decimal], trim: Int = 0) {
        precondition(trim >= 0, "a negative trim")
        guard scores.count > 2 * trim else { return nil }
        var kept = scores, highest: [Decimal] = [], lowest: [Decimal] = []
        for _ in 0..<trim {
            highest.append(kept.remove(at: kept.indices.max { kept[$0] < kept[$1] }!))
            lowest.append(kept.remove(at: kept.indices.min { kept[$0] < kept[$1] }!))
        }
        self.kept = kept
        self.droppedHighest = highest
        self.droppedLowest = lowest
        sum = kept.reduce(Decimal(0), +)
        value = sum / Decimal(kept.count)
        // Summed as fractions: a Decimal sum of 38-digit scores may lose the last digit.
        exact = kept.reduce(Fraction(0)) { $0 + Fraction($1) } / Fraction(kept.count)
    }

    /// Adds the steps after the inputs and the formula: what was dropped (when anything was),
    /// the sum and the division, and the shown mean as the result.
    public func explain(_ explanation: inout Explanation) {
        if !droppedHighest.isEmpty {
            explanation.add(
                .value,
                "去掉最高 " + droppedHighest.map(\.plainText).joined(separator: "、") + "、最低 "
                    + droppedLowest.map(\.plainText).joined(separator: "、"))
        }
        let n = kept.count
        explanation.add(
            .substitution,
            "(" + kept.map(\.plainText).joined(separator: " + ") + ") ÷ \(n) = \(sum.plainText) ÷ \(n) = \(value.plainText)")
        explanation.result(value)
    }
}

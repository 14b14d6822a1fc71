import Foundation

/// What an award's outcomes add up to (獎勵總額): how many there are and the exact sum of their
/// amounts, as a program's budget note quotes it (「獎勵總額（上限）：11 個縣市，合計等值商品最高 … 元」).
///
/// The sum is taken as exact fractions and checked to be the `Decimal` it is shown as: an
/// amount is a rate × a head count read within ``CountLimit``, far below the 38 digits a
/// `Decimal` holds, and a sum that would not fit is a programming error, never a rounded total.
public struct AwardBudget: Sendable, Equatable {
    /// The number of outcomes (each a unit paid, or a person).
    public let count: Int
    /// Σ amount over the outcomes that carry one, exactly.
    public let amount: Decimal

    /// The budget of `outcomes` (one award's: `result.outcomes(of: id)`).
    public init(_ outcomes: [Outcome]) {
        count = outcomes.count
        let sum = outcomes.compactMap(\.amount).reduce(Fraction(0)) { $0 + Fraction($1) }
        guard let amount = sum.exactDecimal, Fraction(amount) == sum else {
            preconditionFailure("an award's amounts sum beyond a Decimal: \(sum)")
        }
        self.amount = amount
    }
}

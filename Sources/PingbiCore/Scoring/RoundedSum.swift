import Foundation

/// A published total of rounded values against the sum of its rounded parts (附件七's 合計 row
/// of monthly averages, each rounded to a whole person): each of the n parts and the total
/// itself is off by at most half a unit, so they agree when |total − Σ| ≤ (n + 1) × 0.5.
///
/// 附件七 111: 合計 本期平均每月應繳人數 67,760 against the 55 areas' sum 67,761 differs by 1,
/// within (55 + 1) × 0.5 = 28.
public struct RoundedSum: Sendable, Equatable {
    /// The published total.
    public let total: Int
    /// The number of parts.
    public let count: Int
    /// Σ parts, exact (in `Decimal`: the number of rows a table has is not bounded).
    public let sum: Decimal
    /// total − Σ parts.
    public let difference: Decimal
    /// What rounding alone can explain: (n + 1) × 0.5.
    public let tolerance: Decimal
    /// Whether |``difference``| ≤ ``tolerance``.
    public let consistent: Bool

    /// The published `total` against `parts`.
    public init(total: Int, parts: [Int]) {
        self.total = total
        count = parts.count
        sum = parts.reduce(Decimal(0)) { $0 + Decimal($1) }
        difference = Decimal(total) - sum
        tolerance = Decimal(parts.count + 1) / 2
        consistent = abs(difference) <= tolerance
    }
}

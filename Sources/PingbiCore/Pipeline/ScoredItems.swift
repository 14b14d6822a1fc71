import Foundation

/// Every unit's score on every item (what weights do not change): the first stage of
/// ``ScoredProgram``'s pipeline.
public struct ScoredItems: Sendable {
    /// Every unit's score on every item.
    public let sheet: ScoreSheet
    /// The warnings of reading and scoring.
    public let warnings: [String]
    /// Each group's mean B of each shown A, by group key then column key.
    public let groupMeans: [String: [String: Decimal]]
}

/// Every unit's row with its total, its standing and its rank in its group: what the award
/// policies decide on.
public struct RankedUnits<Member: Sendable>: Sendable {
    /// Each unit's row, ranked, in display order.
    public let rows: [UnitResult]
    /// Each unit's standing, in roster order.
    public let standings: [Member]
    /// Each unit's rank within its group, in roster order.
    public let ranks: [Int]
    /// The warnings of reading and scoring.
    public let warnings: [String]
    /// Each group's mean B of each shown A.
    public let groupMeans: [String: [String: Decimal]]
}

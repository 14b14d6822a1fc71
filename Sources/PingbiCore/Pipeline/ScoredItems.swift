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
    /// The group items' warnings (the end of ``warnings``), by roster position and item: what a
    /// run that scores one group again keeps of the other groups'.
    let itemWarnings: [ItemWarning]

    /// The same without the scores: what ranking needs once the rows hold them, so that a run
    /// of 100,000 units lets the sheet go before it ranks.
    var withoutSheet: ScoredItems {
        ScoredItems(sheet: ScoreSheet(), warnings: warnings, groupMeans: groupMeans, itemWarnings: itemWarnings)
    }

    /// What a group item tells of one unit's score.
    struct ItemWarning: Sendable {
        /// The unit's roster position.
        let place: Int
        /// The item's position among the program's group items.
        let item: Int
        /// The warning.
        let text: String
    }
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

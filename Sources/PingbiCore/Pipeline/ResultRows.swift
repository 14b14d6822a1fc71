import Foundation

/// How a run makes its units' rows from the score sheet (``ScoredProgram/totals(_:_:_:)``): each
/// item's value (without a total) or the weighted total with the items' and bonuses' values
/// (``ScoreSheet``), and each shown A, in one key table shared by every row (``ValueKeys``). The
/// sheet's columns and the keys' slots are found once, not per row, and a row is made from the
/// columns by position, in code that is not generic over the program (a row of 100,000 made in
/// generic code retained and released what it read).
struct ResultRows: Sendable {
    /// The scores.
    let sheet: ScoreSheet
    /// Every row's keys: the row's own keys first, then the shown A's, then the program's columns.
    let keys: ValueKeys
    /// The weights of the weighted items, when the rows get a total.
    let weights: [WeightedTotal.Weight]?
    /// The bonuses' ids.
    let bonuses: [String]
    /// The rounding stage of the scores and the total.
    let rounding: RoundingStage
    /// The columns of the weighted items, then of the bonuses, when the rows get a total.
    let totalColumns: [Int]
    /// Each item's id, column and slot, when the rows get no total.
    let items: [(id: String, column: Int, slot: Int)]
    /// Each shown A's key, column and slot.
    let shown: [(key: String, column: Int, slot: Int)]

    /// The rows of `sheet`'s units: with the total of `weights` (nil: no total, each of `ids`'s
    /// value instead) and `bonuses`, and the A's of items `shown`, in the table `keys`
    /// (which begins with the row's own keys).
    init(
        _ sheet: ScoreSheet, keys: ValueKeys, weights: [WeightedTotal.Weight]?, bonuses: [String], ids: [String],
        shown: [(id: String, key: String)], rounding: RoundingStage
    ) {
        self.sheet = sheet
        self.keys = keys
        self.weights = weights
        self.bonuses = bonuses
        self.rounding = rounding
        /// The position of item `id`'s column in the sheet; an item never scored is a programming error.
        func column(_ id: String) -> Int {
            guard let column = sheet.column(of: id) else { preconditionFailure("no scores of item \(id)") }
            return column
        }
        let empty = sheet.count == 0
        if let weights {
            precondition(ScoreSheet.fits(keys, weights: weights, bonuses: bonuses), "ResultRows: the key table does not begin with the row's keys")
            totalColumns = empty ? [] : (weights.map(\.id) + bonuses).map(column)
            items = []
        } else {
            totalColumns = []
            items = empty ? [] : ids.map { (id: $0, column: column($0), slot: keys.slot(of: $0)!) }
        }
        self.shown = empty ? [] : shown.map { (key: $0.key, column: column($0.id), slot: keys.slot(of: $0.key)!) }
    }

    /// The row of the unit at `place`, of group `group` (nil: none), explained when
    /// explanations record.
    func row(at place: Int, group: String?) -> UnitResult {
        let explains = Explanation.records
        var row: UnitResult
        if let weights {
            row = sheet.unit(at: place, group: group, weights: weights, bonuses: bonuses, columns: totalColumns, rounding: rounding, keys: keys)
        } else {
            row = UnitResult(unit: sheet.name(at: place), group: group, values: UnitValues(keys: keys))
            for item in items {
                guard let value = sheet.value(column: item.column, at: place) else {
                    preconditionFailure("no score of item \(item.id) for \(sheet.name(at: place))")
                }
                row.values[slot: item.slot] = value
                if explains { row.explanations[item.id] = sheet.explained(column: item.column, at: place)?.score ?? .silent }
            }
        }
        // The shown A's at the unit's place, read from the columns (no score made).
        for column in shown {
            if let a = sheet.shownA(column: column.column, at: place) { row.values[slot: column.slot] = a }
            if explains { row.explanations[column.key] = sheet.explained(column: column.column, at: place)?.a }
        }
        return row
    }
}

import Foundation

/// The item scores of a program's units, by item and unit, made into the result's rows: each
/// item's shown score and explanation under the item's id, and the weighted total
/// (``WeightedTotal``) under `total`. What every weighted program does between its items and
/// its ranks.
public struct ScoreSheet: Sendable {
    /// Each unit's place in ``rows``, by name: a unit's name is hashed once per row it makes,
    /// not once per item (hashing Chinese text is what a sheet of thousands of units spends on).
    private var places: [String: Int] = [:]
    /// The item ids recorded, in the order first recorded: a row's columns.
    private var ids: [String] = []
    /// Each unit's scores by column of ``ids`` (an array, not a dictionary per unit).
    private var rows: [[ItemScore?]] = []
    /// Each row's unit, in ``rows`` order.
    private var units: [String] = []
    /// The place after the last unit recorded: items give their scores in the same order of
    /// units, so the next unit is usually there (told without hashing its name).
    private var next = 0

    /// An empty sheet.
    public init() {}

    /// Records item `id`'s `scores` (one group's, or every unit's).
    public mutating func add(_ id: String, _ scores: [ItemScore]) {
        let column = ids.firstIndex(of: id) ?? {
            ids.append(id)
            return ids.count - 1
        }()
        for score in scores {
            let place: Int
            if next < units.count, units[next] == score.unit {
                place = next
            } else if let known = places[score.unit] {
                place = known
            } else {
                place = rows.count
                places[score.unit] = place
                units.append(score.unit)
                var row: [ItemScore?] = []
                row.reserveCapacity(ids.count)
                rows.append(row)
            }
            while rows[place].count <= column { rows[place].append(nil) }
            rows[place][column] = score
            next = place + 1
        }
    }

    /// `unit`'s scores on the items `ids`, in their order (its name looked up once); a score
    /// never recorded is a programming error of the program.
    public func scores(_ ids: [String], of unit: String) -> [ItemScore] {
        guard let place = places[unit] else { preconditionFailure("no scores for \(unit)") }
        return ids.map { id in
            guard let score = score(id, in: rows[place]) else { preconditionFailure("no score of item \(id) for \(unit)") }
            return score
        }
    }

    /// The score on item `id` in `row`, if recorded.
    private func score(_ id: String, in row: [ItemScore?]) -> ItemScore? {
        guard let column = ids.firstIndex(of: id), column < row.count else { return nil }
        return row[column]
    }

    /// `unit`'s score on item `id`; a score never recorded is a programming error of the program.
    public func score(_ id: String, of unit: String) -> ItemScore {
        scores([id], of: unit)[0]
    }

    /// `unit`'s row: the value and explanation of each weighted item and each bonus by id, and
    /// Σ weight × score + bonuses rounded to one decimal under `total`; no explanations inside
    /// ``Explanation/silently(_:)`` (a result computed without them).
    public func unit(
        _ unit: String, group: String?, weights: [WeightedTotal.Weight], bonuses: [String] = [], rounding: RoundingStage
    ) -> UnitResult {
        guard let row = places[unit].map({ rows[$0] }) else { preconditionFailure("no scores for \(unit)") }
        let item = { (id: String) -> ItemScore in
            guard let score = score(id, in: row) else { preconditionFailure("no score of item \(id) for \(unit)") }
            return score
        }
        let weighted = weights.map { item($0.id) }, bonus = bonuses.map(item)
        let total = WeightedTotal.compute(weighted: weighted, weights: weights, bonus: bonus, bonusIDs: bonuses, rounding: rounding)
        // Room for the row's other values too (a program adds about as many: A, ranks, counts),
        // so that the dictionaries are not grown key by key.
        let room = 2 * (weights.count + bonuses.count + 1)
        let explains = Explanation.records
        var values = [String: Decimal](minimumCapacity: room)
        var explanations = explains ? [String: Explanation](minimumCapacity: room) : [:]
        values["total"] = total.value
        if explains { explanations["total"] = total.explanation }
        for (id, score) in zip(weights.map(\.id) + bonuses, weighted + bonus) {
            values[id] = score.value
            if explains { explanations[id] = score.explanation }
        }
        return UnitResult(unit: unit, group: group, values: values, explanations: explanations)
    }
}

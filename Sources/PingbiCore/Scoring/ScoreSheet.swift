import Foundation

/// The item scores of a program's units, by item and unit, made into the result's rows: each
/// item's shown score and explanation under the item's id, and the weighted total
/// (``WeightedTotal``) under `total`. What every weighted program does between its items and
/// its ranks.
public struct ScoreSheet: Sendable {
    /// Each unit's place in ``rows``, by name: a unit's name is hashed once per row it makes,
    /// not once per item (hashing Chinese text is what a sheet of thousands of units spends on).
    private var places: [String: Int] = [:]
    /// Each unit's scores by item id.
    private var rows: [[String: ItemScore]] = []

    /// An empty sheet.
    public init() {}

    /// Records item `id`'s `scores` (one group's, or every unit's).
    public mutating func add(_ id: String, _ scores: [ItemScore]) {
        for score in scores {
            if let place = places[score.unit] {
                rows[place][id] = score
            } else {
                places[score.unit] = rows.count
                rows.append([id: score])
            }
        }
    }

    /// `unit`'s scores by item id (none when the unit has none).
    public func scores(of unit: String) -> [String: ItemScore] {
        places[unit].map { rows[$0] } ?? [:]
    }

    /// `unit`'s score on item `id`, if recorded.
    public func recorded(_ id: String, of unit: String) -> ItemScore? {
        places[unit].flatMap { rows[$0][id] }
    }

    /// `unit`'s score on item `id`; a score never recorded is a programming error of the program.
    public func score(_ id: String, of unit: String) -> ItemScore {
        guard let score = recorded(id, of: unit) else { preconditionFailure("no score of item \(id) for \(unit)") }
        return score
    }

    /// `unit`'s row: the value and explanation of each weighted item and each bonus by id, and
    /// Σ weight × score + bonuses rounded to one decimal under `total`.
    public func unit(
        _ unit: String, group: String?, weights: [WeightedTotal.Weight], bonuses: [String] = [], rounding: RoundingStage
    ) -> UnitResult {
        guard let row = places[unit].map({ rows[$0] }) else { preconditionFailure("no scores for \(unit)") }
        let item = { (id: String) -> ItemScore in
            guard let score = row[id] else { preconditionFailure("no score of item \(id) for \(unit)") }
            return score
        }
        let weighted = weights.map { item($0.id) }, bonus = bonuses.map(item)
        let total = WeightedTotal.compute(weighted: weighted, weights: weights, bonus: bonus, bonusIDs: bonuses, rounding: rounding)
        var result = UnitResult(unit: unit, group: group, values: ["total": total.value], explanations: ["total": total.explanation])
        for (id, score) in zip(weights.map(\.id) + bonuses, weighted + bonus) {
            result.values[id] = score.value
            result.explanations[id] = score.explanation
        }
        return result
    }
}

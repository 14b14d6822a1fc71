import Foundation

/// The item scores of a program's units, by item and unit, made into the result's rows: each
/// item's shown score and explanation under the item's id, and the weighted total
/// (``WeightedTotal``) under `total`. What every weighted program does between its items and
/// its ranks.
public struct ScoreSheet: Sendable {
    /// The scores, by item id then unit.
    public private(set) var scores: [String: [String: ItemScore]] = [:]

    /// An empty sheet.
    public init() {}

    /// Records item `id`'s `scores` (one group's, or every unit's).
    public mutating func add(_ id: String, _ scores: [ItemScore]) {
        for score in scores { self.scores[id, default: [:]][score.unit] = score }
    }

    /// `unit`'s score on item `id`; a score never recorded is a programming error of the program.
    public func score(_ id: String, of unit: String) -> ItemScore {
        guard let score = scores[id]?[unit] else { preconditionFailure("no score of item \(id) for \(unit)") }
        return score
    }

    /// `unit`'s row: the value and explanation of each weighted item and each bonus by id, and
    /// Σ weight × score + bonuses rounded to one decimal under `total`.
    public func unit(
        _ unit: String, group: String?, weights: [WeightedTotal.Weight], bonuses: [String] = [], rounding: RoundingStage
    ) -> UnitResult {
        let weighted = weights.map { score($0.id, of: unit) }, bonus = bonuses.map { score($0, of: unit) }
        let total = WeightedTotal.compute(weighted: weighted, weights: weights, bonus: bonus, bonusIDs: bonuses, rounding: rounding)
        var result = UnitResult(unit: unit, group: group, values: ["total": total.value], explanations: ["total": total.explanation])
        for (id, score) in zip(weights.map(\.id) + bonuses, weighted + bonus) {
            result.values[id] = score.value
            result.explanations[id] = score.explanation
        }
        return result
    }
}

import Foundation

/// The item scores of a program's units, by item and unit, made into the result's rows: each
/// item's shown score and explanation under the item's id, and the weighted total
/// (``WeightedTotal``) under `total`. What every weighted program does between its items and
/// its ranks.
///
/// A sheet made for a roster (``init(roster:)``) keeps each unit at its roster position and is
/// filled and read by position: no unit's name is hashed (hashing Chinese text is what a sheet
/// of 100,000 units spent most on). Scores are kept one ``ScoreColumn`` per item (flat arrays
/// of their parts), not one record per unit and item.
public struct ScoreSheet: Sendable {
    /// Each unit's place, by name, for units recorded by name.
    private var places: [String: Int] = [:]
    /// The item ids recorded, in the order first recorded: a row's columns.
    private var ids: [String] = []
    /// Each item's scores by place (parallel to ``ids``).
    private var columns: [ScoreColumn] = []
    /// Each place's unit.
    private var units: [String] = []
    /// The place after the last unit recorded: items give their scores in the same order of
    /// units, so the next unit is usually there (told without hashing its name).
    private var next = 0
    /// True for a sheet made for a roster: a name not among ``places`` is looked for there.
    private var byRoster = false

    /// An empty sheet, filled by unit name.
    public init() {}

    /// An empty sheet for `roster`'s units, at their positions: filled with
    /// ``add(_:_:at:)`` and read with ``scores(_:at:)`` and ``unit(at:group:weights:bonuses:rounding:)``.
    public init(roster: [String]) {
        units = roster
        byRoster = true
    }

    /// The column of item `id`, made if new.
    private mutating func column(_ id: String) -> Int {
        if let column = ids.firstIndex(of: id) { return column }
        ids.append(id)
        columns.append(ScoreColumn(count: units.count))
        return ids.count - 1
    }

    /// Records item `id`'s `scores` (one group's, or every unit's).
    public mutating func add(_ id: String, _ scores: [ItemScore]) {
        let column = column(id)
        for score in scores {
            let place: Int
            if next < units.count, units[next] == score.unit {
                place = next
            } else if let known = places[score.unit] ?? (byRoster ? units.firstIndex(of: score.unit) : nil) {
                place = known
            } else {
                place = units.count
                places[score.unit] = place
                units.append(score.unit)
                for index in columns.indices { columns[index].appendPlace() }
            }
            columns[column].set(score, at: place)
            next = place + 1
        }
    }

    /// Records item `id`'s `scores` of the units at roster positions `places` (parallel).
    public mutating func add(_ id: String, _ scores: [ItemScore], at places: [Int]) {
        columns[column(id)].set(scores, at: places)
    }

    /// `body` on item `id`'s column (made if new), which it may record scores into by place.
    mutating func withColumn<R>(_ id: String, _ body: (inout ScoreColumn) -> R) -> R {
        body(&columns[column(id)])
    }

    /// Records item `id`'s scores of every unit, made into `column` (at the roster's positions)
    /// without the sheet: on another thread while other items' are made.
    mutating func add(_ id: String, column: ScoreColumn) {
        precondition(byRoster && column.count == units.count && !ids.contains(id), "add(_:column:): not a new column of the roster")
        ids.append(id)
        columns.append(column)
    }

    /// The position of item `id`'s column, nil when never recorded: what the reads by position
    /// take (a run's rows find their columns once, not per unit).
    func column(of id: String) -> Int? {
        ids.firstIndex(of: id)
    }

    /// The number of places (units).
    var count: Int { units.count }

    /// The name of the unit at `place`.
    func name(at place: Int) -> String { units[place] }

    /// The shown value in column `column` at `place`; nil when no score is recorded.
    func value(column: Int, at place: Int) -> Decimal? {
        columns[column].value(at: place)
    }

    /// A as the result shows it in column `column` at `place` (``ScoreColumn/shownA(at:)``).
    func shownA(column: Int, at place: Int) -> Decimal? {
        // The column's parts read first, A's decimal made after (``ScoreColumn/shownParts(at:)``).
        let (shown, a) = columns[column].shownParts(at: place)
        return shown ?? a?.display()
    }

    /// The explanations in column `column` at `place`, if recorded.
    func explained(column: Int, at place: Int) -> ItemScore.Explained? {
        columns[column].explained(at: place)
    }

    /// The place of `unit`; a unit never recorded is a programming error of the program.
    private func place(of unit: String) -> Int {
        // A roster sheet's units are found by position; by name only in tests and examples.
        guard let place = places[unit] ?? (byRoster ? units.firstIndex(of: unit) : nil) else { preconditionFailure("no scores for \(unit)") }
        return place
    }

    /// The score on item `id` at `place`; a score never recorded is a programming error of the program.
    private func score(_ id: String, at place: Int) -> ItemScore {
        guard let column = ids.firstIndex(of: id) else { preconditionFailure("no score of item \(id) for \(units[place])") }
        return score(column: column, at: place)
    }

    /// The score in column `column` at `place`; a score never recorded is a programming error of the program.
    private func score(column: Int, at place: Int) -> ItemScore {
        guard let score = columns[column].score(at: place, unit: units[place]) else {
            preconditionFailure("no score of item \(ids[column]) for \(units[place])")
        }
        return score
    }

    /// `unit`'s scores on the items `ids`, in their order (its name looked up once); a score
    /// never recorded is a programming error of the program.
    public func scores(_ ids: [String], of unit: String) -> [ItemScore] {
        scores(ids, at: place(of: unit))
    }

    /// The scores on the items `ids` of the unit at `place`, in their order.
    public func scores(_ ids: [String], at place: Int) -> [ItemScore] {
        ids.map { score($0, at: place) }
    }

    /// `unit`'s score on item `id`; a score never recorded is a programming error of the program.
    public func score(_ id: String, of unit: String) -> ItemScore {
        score(id, at: place(of: unit))
    }

    /// `unit`'s row: the value and explanation of each weighted item and each bonus by id, and
    /// Σ weight × score + bonuses rounded to one decimal under `total`; no explanations inside
    /// ``Explanation/silently(_:)`` (a result computed without them).
    public func unit(
        _ unit: String, group: String?, weights: [WeightedTotal.Weight], bonuses: [String] = [], rounding: RoundingStage
    ) -> UnitResult {
        self.unit(at: place(of: unit), group: group, weights: weights, bonuses: bonuses, rounding: rounding)
    }

    /// The row of the unit at `place`, as ``unit(_:group:weights:bonuses:rounding:)`` makes it,
    /// its values kept in `keys` (shared by the rows of a run), which must begin with
    /// ``rowKeys(weights:bonuses:)``; by default a table of those keys alone.
    public func unit(
        at place: Int, group: String?, weights: [WeightedTotal.Weight], bonuses: [String] = [], rounding: RoundingStage,
        keys: ValueKeys? = nil
    ) -> UnitResult {
        let table = keys ?? ValueKeys(Self.rowKeys(weights: weights, bonuses: bonuses))
        precondition(Self.fits(table, weights: weights, bonuses: bonuses), "unit(at:): the key table does not begin with the row's keys")
        let positions = (weights.map(\.id) + bonuses).map { id in
            guard let column = column(of: id) else { preconditionFailure("no score of item \(id) for \(units[place])") }
            return column
        }
        return unit(at: place, group: group, weights: weights, bonuses: bonuses, columns: positions, rounding: rounding, keys: table)
    }

    /// The row of the unit at `place`, as ``unit(at:group:weights:bonuses:rounding:keys:)`` makes
    /// it, the weighted items' and bonuses' scores read from the columns at `positions` (in that
    /// order, ``column(of:)``), its values kept in `keys`, which must begin with
    /// ``rowKeys(weights:bonuses:)``. Without explanations under `rounding=items`, the total is
    /// summed from the shown values in the columns (``WeightedTotal/Millionths``, as
    /// ``WeightedTotal`` sums them then) and no score is made.
    func unit(
        at place: Int, group: String?, weights: [WeightedTotal.Weight], bonuses: [String], columns positions: [Int],
        rounding: RoundingStage, keys table: ValueKeys
    ) -> UnitResult {
        if rounding == .items, !Explanation.records {
            var sum = WeightedTotal.Millionths(), complete = true
            for (position, weight) in zip(positions, weights) {
                guard let value = columns[position].value(at: place) else {
                    complete = false
                    break
                }
                sum.add(value, weight: weight.thousandths)
            }
            for position in positions.dropFirst(weights.count) where complete {
                guard let value = columns[position].value(at: place) else {
                    complete = false
                    break
                }
                sum.add(bonus: value)
            }
            if complete, let total = sum.total {
                // The values in the table's order: total, each weighted item, each bonus.
                var values = UnitValues(keys: table)
                values[slot: 0] = total
                for (slot, position) in positions.enumerated() { values[slot: 1 + slot] = columns[position].value(at: place) }
                return UnitResult(unit: units[place], group: group, values: values)
            }
        }
        let weighted = positions.prefix(weights.count).map { score(column: $0, at: place) }
        let bonus = positions.dropFirst(weights.count).map { score(column: $0, at: place) }
        let total = WeightedTotal.compute(weighted: weighted, weights: weights, bonus: bonus, bonusIDs: bonuses, rounding: rounding)
        // The values in the table's order: total, each weighted item, each bonus.
        var leading: [Decimal?] = []
        leading.reserveCapacity(table.count)
        leading.append(total.value)
        for score in weighted { leading.append(score.value) }
        for score in bonus { leading.append(score.value) }
        var row = UnitResult(unit: units[place], group: group, values: UnitValues(keys: table, leading: leading))
        if Explanation.records {
            var explanations = [String: Explanation](minimumCapacity: 2 * leading.count)
            explanations["total"] = total.explanation
            for (weight, score) in zip(weights, weighted) { explanations[weight.id] = score.explanation }
            for (id, score) in zip(bonuses, bonus) { explanations[id] = score.explanation }
            row.explanations = explanations
        }
        return row
    }

    /// The keys ``unit(at:group:weights:bonuses:rounding:keys:)`` fills, in order: `total`, each
    /// weighted item, each bonus.
    public static func rowKeys(weights: [WeightedTotal.Weight], bonuses: [String]) -> [String] {
        ["total"] + weights.map(\.id) + bonuses
    }

    /// True when `table` begins with ``rowKeys(weights:bonuses:)`` (checked without making them).
    static func fits(_ table: ValueKeys, weights: [WeightedTotal.Weight], bonuses: [String]) -> Bool {
        let keys = table.keys
        guard keys.count >= 1 + weights.count + bonuses.count, keys[0] == "total" else { return false }
        return weights.indices.allSatisfy { keys[1 + $0] == weights[$0].id }
            && bonuses.indices.allSatisfy { keys[1 + weights.count + $0] == bonuses[$0] }
    }
}

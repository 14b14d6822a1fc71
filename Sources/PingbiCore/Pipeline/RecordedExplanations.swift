import Foundation

/// The explanations of one result, computed when first read by one more run of the pipeline
/// that records only the explanations of some groups' units (``Explanation/recording(onlyGroups:_:)``),
/// the other groups computed silently: first the read unit's group alone (`pingbi explain` of
/// one office records its group's, not every office's), then, when a unit of another group is
/// read (a report reads them all), every group not yet recorded at once. A run nobody asks
/// "why" of builds no explanation text. Every row of the result reads from this one source
/// (``UnitResult/deferExplanations(to:row:)``).
final class RecordedExplanations: UnitExplanationsSource, @unchecked Sendable {
    private let lock = NSLock()
    /// The result with the explanations of some groups' units (by group key) recorded.
    private let compute: @Sendable (Set<String>) -> ProgramResult
    /// Each row's unit and group key (empty for none), in the result's order.
    private let rows: [(unit: String, group: String)]
    /// Every group key of the result, gathered when a unit is first read (under the lock).
    private lazy var groups = Set(rows.lazy.map(\.group))
    /// The explanations recorded so far, by group key then unit.
    private var byGroup: [String: [String: [String: Explanation]]] = [:]

    /// Explanations of the units of `rows` (a result's rows' units and group keys, in order)
    /// that `compute` records some of the groups at a time.
    init(rows: [(unit: String, group: String)], _ compute: @escaping @Sendable (Set<String>) -> ProgramResult) {
        self.rows = rows
        self.compute = compute
    }

    /// The explanations of the unit at row `row`, by column key.
    func explanations(ofRow row: Int) -> [String: Explanation] {
        explanations(of: rows[row].unit, inGroup: rows[row].group)
    }

    /// The explanations of `unit`, of group `group` (its key, empty for none), by column key.
    func explanations(of unit: String, inGroup group: String) -> [String: Explanation] {
        lock.withLock {
            if byGroup[group] == nil {
                let recorded = byGroup.isEmpty ? [group] : groups.subtracting(byGroup.keys)
                for unit in compute(recorded).units {
                    let key = unit.group ?? ""
                    guard recorded.contains(key), byGroup[key]?[unit.unit] == nil else { continue }
                    byGroup[key, default: [:]][unit.unit] = unit.explanations
                }
            }
            return byGroup[group]![unit]!
        }
    }
}

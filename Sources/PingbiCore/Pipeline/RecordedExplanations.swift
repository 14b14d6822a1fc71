import Foundation

/// The explanations of one result, computed when first read by one more run of the pipeline
/// that records only the explanations of some groups' units (``Explanation/recording(onlyGroups:_:)``),
/// the other groups computed silently: first the read unit's group alone (`pingbi explain` of
/// one office records its group's, not every office's), then, when a unit of another group is
/// read (a report reads them all), every group not yet recorded at once. A run nobody asks
/// "why" of builds no explanation text.
final class RecordedExplanations: @unchecked Sendable {
    private let lock = NSLock()
    /// The result with the explanations of some groups' units (by group key) recorded.
    private let compute: @Sendable (Set<String>) -> ProgramResult
    /// Every group key of the result.
    private let groups: Set<String>
    /// The explanations recorded so far, by group key then unit.
    private var byGroup: [String: [String: [String: Explanation]]] = [:]

    /// Explanations that `compute` records some of the `groups` (keys) at a time.
    init(groups: Set<String>, _ compute: @escaping @Sendable (Set<String>) -> ProgramResult) {
        self.groups = groups
        self.compute = compute
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

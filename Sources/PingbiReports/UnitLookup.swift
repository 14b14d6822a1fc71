import PingbiCore

/// What the page of each unit of a result looks up, found once per result: each group's size,
/// each unit's outcomes, its cut (``AwardCut``) and its gaps. Scanning every unit and outcome
/// for each page made the pages of 10,000 offices 100 million comparisons.
struct UnitLookup {
    /// The number of units of each group (nil: the units without one).
    private let groupSizes: [String?: Int]
    /// Each unit's outcomes, in the result's order.
    private let outcomesByUnit: [String: [Outcome]]
    /// Each unit's gap to each award (`--gap`), the first given for a name.
    private let gaps: [String: AwardGap]
    /// The cut of a unit.
    let cut: (UnitResult) -> AwardCut?

    /// The lookups of `result`, with its gaps among `options`.
    init(_ result: ProgramResult, options: ReportOptions) {
        var sizes: [String?: Int] = [:]
        for unit in result.units { sizes[unit.group, default: 0] += 1 }
        groupSizes = sizes
        outcomesByUnit = Dictionary(grouping: result.outcomes, by: \.unit)
        gaps = Dictionary((options.gaps[result.program] ?? []).map { ($0.unit, $0) }, uniquingKeysWith: { first, _ in first })
        cut = AwardCut.finder(in: result)
    }

    /// The number of units in `group` (nil: of the units without one).
    func size(of group: String?) -> Int { groupSizes[group] ?? 0 }

    /// The outcomes concerning `unit`, in the result's order.
    func outcomes(of unit: String) -> [Outcome] { outcomesByUnit[unit] ?? [] }

    /// `unit`'s gaps, if the report was asked for them.
    func gap(of unit: String) -> AwardGap? { gaps[unit] }
}

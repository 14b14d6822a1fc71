extension ProgramResult {
    /// Adds a policy's decision to the result: its outcomes, warnings and vacancies.
    public mutating func record(_ decision: Decision) {
        outcomes += decision.outcomes
        warnings += decision.warnings
        vacancies += decision.vacancies
    }

    /// Puts the units in display order: by group, then rank (units without a rank last), then
    /// name or, under `tied: .roster`, their present order.
    public mutating func sortUnits(tied: TiedOrder = .name) {
        units.sortForDisplay(tied: tied)
    }
}

extension [UnitResult] {
    /// Puts the rows in display order: by group, then rank (rows without a rank last), then
    /// name or, under `tied: .roster`, their present order.
    public mutating func sortForDisplay(tied: TiedOrder = .name) {
        // Groups are few: each is compared as its place among the sorted group names.
        let groups = Set(map { $0.group ?? "" }).sorted()
        let place = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        let keys = map { (group: place[$0.group ?? ""]!, rank: $0.rank ?? Int.max) }
        let order = indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            return tied == .name ? self[a].unit < self[b].unit : a < b
        }
        self = order.map { self[$0] }
    }
}

extension ProgramResult {
    /// Adds a policy's decision to the result: its outcomes, warnings and vacancies.
    public mutating func record(_ decision: Decision) {
        outcomes += decision.outcomes
        warnings += decision.warnings
        vacancies += decision.vacancies
    }

    /// Puts the units in display order: by group, then rank (units without a rank last), then name.
    public mutating func sortUnits() {
        units.sort { ($0.group ?? "", $0.rank ?? Int.max, $0.unit) < ($1.group ?? "", $1.rank ?? Int.max, $1.unit) }
    }
}

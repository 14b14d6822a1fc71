import Foundation

/// Where one unit stood against its group's main award (``ProgramResult/primaryPolicy``): the
/// last ranked holder of the award in its group is the cut, and the unit's distance to it is
/// measured on the ranking column, in the direction the program declared.
public struct AwardCut: Sendable, Equatable {
    /// The award's policy id.
    public let policy: String
    /// The column the ranks are decided by.
    public let column: ValueColumn
    /// The last ranked holder of the award in the unit's group.
    public let cutUnit: String
    /// Its rank.
    public let cutRank: Int
    /// Its value in ``column``: the cut.
    public let cutValue: Decimal
    /// The unit's value in ``column`` (nil when undefined).
    public let value: Decimal?
    /// True when the unit holds the award.
    public let holds: Bool

    /// How far a unit without the award stood short of the cut, in the column's units (0 when
    /// level with it, e.g. lost on the tie-break); nil for a holder or an undefined value.
    public var shortfall: Decimal? {
        guard !holds, let value else { return nil }
        return column.lowerIsBetter ? value - cutValue : cutValue - value
    }

    /// The cut for `unit`, or nil for a unit not ranked (a national total row), where the
    /// program has no main award or ranking column, or no unit of the unit's group holds the
    /// award with a rank.
    public init?(_ unit: UnitResult, in result: ProgramResult) {
        guard unit.rank != nil, let policy = result.primaryPolicy, let column = result.rankingColumn else { return nil }
        let holders = Set(result.outcomes(of: policy).map(\.unit))
        let cut = result.units.filter { $0.group == unit.group && holders.contains($0.unit) && $0.rank != nil }
            .max { ($0.rank ?? 0) < ($1.rank ?? 0) }
        guard let cut, let rank = cut.rank, let cutValue = cut.values[column.key] else { return nil }
        self.policy = policy
        self.column = column
        self.cutUnit = cut.unit
        self.cutRank = rank
        self.cutValue = cutValue
        self.value = unit.values[column.key]
        self.holds = holders.contains(unit.unit)
    }
}

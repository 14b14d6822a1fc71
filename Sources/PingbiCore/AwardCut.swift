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
        guard let cut = Self.finder(in: result)(unit) else { return nil }
        self = cut
    }

    /// The cut of any unit of `result`, as ``init(_:in:)`` finds it, with the award's holders
    /// and each group's last ranked holder found once: a page per unit of 10,000 offices looks
    /// up 10,000 cuts.
    public static func finder(in result: ProgramResult) -> (UnitResult) -> AwardCut? {
        guard let policy = result.primaryPolicy, let column = result.rankingColumn else { return { _ in nil } }
        let holders = Set(result.outcomes(of: policy).map(\.unit))
        // Each group's ranked holder of the highest rank number (the first of equal ones).
        var last: [String?: UnitResult] = [:]
        for unit in result.units where holders.contains(unit.unit) && unit.rank != nil {
            if let known = last[unit.group], (known.rank ?? 0) >= (unit.rank ?? 0) { continue }
            last[unit.group] = unit
        }
        return { unit in
            guard unit.rank != nil, let cut = last[unit.group], let rank = cut.rank, let cutValue = cut.values[column.key] else {
                return nil
            }
            return AwardCut(
                policy: policy, column: column, cutUnit: cut.unit, cutRank: rank, cutValue: cutValue,
                value: unit.values[column.key], holds: holders.contains(unit.unit))
        }
    }

    /// A cut from its parts.
    private init(policy: String, column: ValueColumn, cutUnit: String, cutRank: Int, cutValue: Decimal, value: Decimal?, holds: Bool) {
        self.policy = policy
        self.column = column
        self.cutUnit = cutUnit
        self.cutRank = cutRank
        self.cutValue = cutValue
        self.value = value
        self.holds = holds
    }
}

/// An item scored among the members of each group (〔(A−B)/B〕×factor+80 against the group's
/// mean B): ``ScoredProgram``'s pipeline evaluates it once per group and weights its score in
/// the total.
public protocol GroupScoredItem<Unit>: Indicator where Input == GroupMembers<Unit>, Output == [ItemScore] {
    /// The roster unit it scores.
    associatedtype Unit: RosterUnit
    /// The column showing each unit's A (and, in the result's group means, the group's B), if
    /// the program shows it; none by default.
    var aColumn: ValueColumn? { get }
    /// What the 承辦人 must be told about a unit's `score` (an A without a value, scored by the
    /// document's rule), if anything; nothing by default.
    func warning(_ score: ItemScore) -> String?
}

extension GroupScoredItem {
    /// No A column.
    public var aColumn: ValueColumn? { nil }
    /// No warning.
    public func warning(_ score: ItemScore) -> String? { nil }
}

/// An item scored on each unit's own data: weighted in the total like a group item, or, as a
/// bonus (加分), added to it unweighted.
public protocol UnitScoredItem<Unit>: Indicator where Input == UnitMember<Unit>, Output == ItemScore {
    /// The roster unit it scores.
    associatedtype Unit: RosterUnit
    /// Whether its points are added to the total unweighted (a bonus) rather than weighted;
    /// weighted by default.
    var isBonus: Bool { get }
}

extension UnitScoredItem {
    /// Weighted.
    public var isBonus: Bool { false }
}

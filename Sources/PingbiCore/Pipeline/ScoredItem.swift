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
    /// document's rule), if anything, `unit` giving the unit's name (read only to write it);
    /// nothing by default.
    func warning(_ score: ItemScore.Parts, of unit: () -> String) -> String?
    /// Each member's score in the members' order (``evaluate(_:)``'s) without its unit, handed
    /// to `body` with the member's index as it is made, no array of them kept: what the pipeline
    /// records into its score sheet (by the member's place, no name read). By default each of
    /// ``evaluate(_:)``'s.
    func eachScore(_ input: GroupMembers<Unit>, _ body: (Int, ItemScore.Parts) -> Void)
}

extension GroupScoredItem {
    /// The scores ``eachScore(_:_:)`` hands on, each with its member's unit, in an array:
    /// ``evaluate(_:)`` of an item that makes its scores one by one (it must then implement
    /// ``eachScore(_:_:)``).
    public func collectedScores(_ input: GroupMembers<Unit>) -> [ItemScore] {
        var scores: [ItemScore] = []
        scores.reserveCapacity(input.units.count)
        eachScore(input) { index, parts in scores.append(ItemScore(unit: input.units[index].name, parts)) }
        return scores
    }

    /// Each of ``evaluate(_:)``'s scores, read in place.
    public func eachScore(_ input: GroupMembers<Unit>, _ body: (Int, ItemScore.Parts) -> Void) {
        evaluate(input).withUnsafeBufferPointer { scores in
            for index in scores.indices { body(index, scores[index].parts) }
        }
    }

    /// No A column.
    public var aColumn: ValueColumn? { nil }
    /// No warning.
    public func warning(_ score: ItemScore.Parts, of unit: () -> String) -> String? { nil }
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

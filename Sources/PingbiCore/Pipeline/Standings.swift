/// What the award policies of a ``ScoredProgram`` read: every unit's standing with its rank
/// in its group, the readings, and what the policies before decided.
public struct Standings<Member: Sendable>: Sendable {
    /// Every unit's standing, in roster order.
    public var members: [Member]
    /// Each member's rank within its group (parallel to ``members``), 1 best.
    public var ranks: [Int]
    /// The readings in force.
    public var readings: ReadingChoices
    /// True for a sub-period run: outcomes are not final.
    public var provisional: Bool
    /// The outcomes of the program's policies decided before this one, in order (行動服務貢獻獎
    /// reads 菁英獎's winners).
    public var decided: [Outcome]

    /// Standings.
    public init(members: [Member], ranks: [Int], readings: ReadingChoices, provisional: Bool = false, decided: [Outcome] = []) {
        self.members = members
        self.ranks = ranks
        self.readings = readings
        self.provisional = provisional
        self.decided = decided
    }
}

/// An award policy of a ``ScoredProgram``: decided on the standings, in the program's order.
public protocol StandingsAward<Member>: AwardPolicy where Input == Standings<Member> {
    /// What it reads of each unit.
    associatedtype Member: Sendable
}

/// What an item scored on a unit's own data reads (a bonus item, a survey score): the unit
/// and the readings in force.
public struct UnitMember<Unit: RosterUnit>: Sendable {
    /// The roster the unit is read in (the unit alone, for a unit given by itself).
    @usableFromInline let roster: [Unit]
    /// The unit's position in ``roster``: the pipeline moves one input along the roster, so that
    /// no unit is copied (retaining each of its references) to be scored.
    @usableFromInline var index: Int
    /// The readings in force.
    public let readings: ReadingChoices

    /// A unit's input.
    public init(unit: Unit, readings: ReadingChoices) {
        self.init([unit], at: 0, readings: readings)
    }

    /// The input of the unit at `index` of `roster`, read where the roster keeps it.
    init(_ roster: [Unit], at index: Int, readings: ReadingChoices) {
        self.roster = roster
        self.index = index
        self.readings = readings
    }

    /// The unit.
    @inlinable public var unit: Unit {
        _read { yield roster[index] }
    }
}

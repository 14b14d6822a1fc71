/// What an item scored on a unit's own data reads (a bonus item, a survey score): the unit
/// and the readings in force.
public struct UnitMember<Unit: RosterUnit>: Sendable {
    /// The unit.
    public let unit: Unit
    /// The readings in force.
    public let readings: ReadingChoices

    /// A unit's input.
    public init(unit: Unit, readings: ReadingChoices) {
        self.unit = unit
        self.readings = readings
    }
}

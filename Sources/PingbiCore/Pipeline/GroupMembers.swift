import Foundation

/// What an item scored against its group reads: the members of one group, the readings in
/// force, and the program's weights (which an item's titles and notes may quote).
public struct GroupMembers<Unit: RosterUnit>: Sendable {
    /// The group's units, in roster order (read where the roster keeps them).
    public let units: GroupUnits<Unit>
    /// The readings in force.
    public let readings: ReadingChoices
    /// The weights of the program's items, by item id.
    public let weights: [String: Decimal]

    /// A group's members.
    public init(units: [Unit], readings: ReadingChoices, weights: [String: Decimal] = [:]) {
        self.init(units: GroupUnits(units), readings: readings, weights: weights)
    }

    /// A group's members, read where the roster keeps them.
    public init(units: GroupUnits<Unit>, readings: ReadingChoices, weights: [String: Decimal] = [:]) {
        self.units = units
        self.readings = readings
        self.weights = weights
    }

    /// An item's weight in percent, as titles write it (`30` for 0.30); `?` when it has none.
    public func percent(of id: String) -> String {
        weights[id].map { ($0 * 100).plainText } ?? "?"
    }
}

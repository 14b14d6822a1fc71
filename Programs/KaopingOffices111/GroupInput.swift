import Foundation
import PingbiCore

/// What the group-relative items read: the offices of one group, the readings, and the
/// program's weights (which an item's titles and notes quote).
public struct GroupInput: Sendable {
    /// The offices of the group.
    public let offices: [OfficeActivity]
    /// The readings in force.
    public let readings: ReadingChoices
    /// The weights of the program's items, by item id.
    public let weights: [String: Decimal]

    /// A group's input; the 111 document's weights unless `weights` is given.
    public init(offices: [OfficeActivity], readings: ReadingChoices, weights: [String: Decimal] = Kaoping111.documentWeights) {
        self.offices = offices
        self.readings = readings
        self.weights = weights
    }

    /// An item's weight in percent, as titles write it (`30` for 0.30); `?` when it has none.
    public func percent(of id: String) -> String {
        weights[id].map { ($0 * 100).plainText } ?? "?"
    }

    /// A group of offices with one month (111-02) of counts each, for examples.
    public static func oneMonth(_ counts: [String: Counts], readings: [String: String] = [:]) -> GroupInput {
        GroupInput(
            offices: counts.keys.sorted().map { name in
                OfficeActivity(office: Office(name: name, group: 1), months: [(YearMonth(year: 111, month: 2), counts[name]!)])
            },
            readings: ReadingChoices(readings))
    }
}

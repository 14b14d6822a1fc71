import Foundation
import PingbiCore

/// What the group-relative items read: the offices of one group, the readings, and the
/// program's weights (which an item's titles and notes quote).
public typealias GroupInput = GroupMembers<OfficeActivity>

extension GroupMembers where Unit == OfficeActivity {
    /// The offices of the group.
    public var offices: GroupUnits<OfficeActivity> { units }

    /// A group's input; the 111 document's weights unless `weights` is given.
    public init(offices: [OfficeActivity], readings: ReadingChoices, weights: [String: Decimal] = Kaoping111.documentWeights) {
        self.init(units: offices, readings: readings, weights: weights)
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

import Foundation
import PingbiCore

/// 附件四 一、1.(3)'s weights, for `pingbi sensitivity`'s weight section: a table by rank id,
/// moved entry by entry, the indicators ranked once per weight vector (``WeightedByItem``).
extension PensionStaff112: WeightedByItem {
    /// The four ranks with their names and weights, in the formula's order.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        StaffScore.ranks.map { ($0.key, $0.name, weights[$0.key]!) }
    }
}

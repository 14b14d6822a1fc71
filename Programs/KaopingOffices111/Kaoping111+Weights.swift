import Foundation
import PingbiCore

/// 肆、三's weights, for `pingbi sensitivity`'s weight section: a table by item id, moved
/// entry by entry, the items scored once per weight vector (``WeightedByItem``).
extension Kaoping111: WeightedByItem {
    /// Items (1)–(5) with their titles and weights.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        items.map { ($0.id, "(\($0.number))\($0.label)", weight(of: $0)) }
    }
}

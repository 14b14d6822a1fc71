import Foundation
import PingbiCore

/// The A of the items counted monthly — items (1)–(4): a rate or a weighted sum of the month's
/// counts — of every month of a run's offices, worked out from the offices' counts when a month
/// is read (a report's office page), not kept: 100,000 offices × 8 months hold none, and each
/// office's row is given its months from here (``UnitMonthsSource``) only when they are read.
final class MonthlyA: MonthValuesSource, UnitMonthsSource {
    /// The months' keys, one array for every month: the sums' A's, then the rates'.
    let keys: [String]
    /// The offices, in roster order.
    private let offices: [OfficeActivity]
    /// The entries of each office: office `o`'s `j`-th month with a row is entry `o × stride + j`.
    private let stride: Int
    /// The items whose A is a weighted sum of counts, with their terms.
    private let sums: [[(column: CountColumn, weight: Int)]]
    /// The items whose A is a rate.
    private let rates: [ApplicationRate]

    /// The monthly A's of `offices` by `items`, the items sorted out once for all.
    init(_ offices: [OfficeActivity], items: [any GroupItem]) {
        let sums = items.compactMap { $0 as? any CountSumItem }
        let rates = items.compactMap { $0 as? ApplicationRate }
        keys = sums.map { "A" + $0.number } + rates.map { "A" + $0.number }
        self.sums = sums.map(\.terms)
        self.rates = rates
        self.offices = offices
        // The most months any office has, read in place (a key path's map copied every office).
        var stride = 0
        for office in offices { stride = max(stride, office.months.count) }
        self.stride = stride
    }

    /// The months of the office at roster position `office`, in order: those with a row read
    /// from its counts, those without marked missing.
    func months(of office: Int) -> [MonthValues] {
        let activity = offices[office]
        var months = activity.months.indices.map { index in
            MonthValues(month: activity.months[index].month, keys: keys, source: self, entry: office * stride + index)
        }
        months += activity.missing.map { MonthValues(month: $0, keys: [], values: [], missing: true) }
        return activity.missing.isEmpty ? months : months.sorted { $0.month < $1.month }
    }

    /// The `index`-th A of entry `entry`.
    func value(_ index: Int, of entry: Int) -> Decimal? {
        let counts = offices[entry / stride].months[entry % stride].counts
        guard index >= sums.count else {
            var a = 0
            for term in sums[index] { a = CheckedCount.boundedAdd(a, CheckedCount.boundedProduct(term.weight, counts[term.column])) }
            return Decimal(a)
        }
        let rate = rates[index - sums.count]
        return Explanation.silently { rate.rate(counts).a?.display() }
    }
}

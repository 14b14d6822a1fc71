import Foundation

/// One month of a unit's values, where the document counts monthly (kaoping's A of items
/// (1)–(4) month by month), so a unit can match the period's figures against its own records.
public struct MonthValues: Sendable, Equatable {
    /// The month (`111-03`).
    public let month: YearMonth
    /// The month's values by column key; a key without a value is undefined that month.
    public let values: [String: Decimal]
    /// True when the unit had no row for the month (counted as zeros, with a warning).
    public let missing: Bool

    /// A month's values.
    public init(month: YearMonth, values: [String: Decimal], missing: Bool = false) {
        self.month = month
        self.values = values
        self.missing = missing
    }
}

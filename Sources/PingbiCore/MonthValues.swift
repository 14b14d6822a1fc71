import Foundation

/// One month of a unit's values, where the document counts monthly (kaoping's A of items
/// (1)–(4) month by month), so a unit can match the period's figures against its own records.
///
/// Stored as the values of keys that the months of a run share (one array, retained), not as a
/// dictionary per month: a run of 100,000 offices × 8 months keeps 800,000 of them.
public struct MonthValues: Sendable, Equatable {
    /// The month (`111-03`).
    public let month: YearMonth
    /// True when the unit had no row for the month (counted as zeros, with a warning).
    public let missing: Bool
    /// The column keys, usually shared by every month of the run.
    private let keys: [String]
    /// The value of each of ``keys``; nil where undefined that month.
    private let decimals: [Decimal?]

    /// A month's values.
    public init(month: YearMonth, values: [String: Decimal], missing: Bool = false) {
        self.init(month: month, keys: Array(values.keys), values: Array(values.values), missing: missing)
    }

    /// A month's values of `keys`, in their order (nil: undefined that month).
    public init(month: YearMonth, keys: [String], values: [Decimal?], missing: Bool = false) {
        precondition(keys.count == values.count, "MonthValues: \(keys.count) keys, \(values.count) values")
        self.month = month
        self.keys = keys
        self.decimals = values
        self.missing = missing
    }

    /// The month's value of column `key`, nil when undefined that month.
    public func value(_ key: String) -> Decimal? {
        keys.firstIndex(of: key).flatMap { decimals[$0] }
    }

    /// The month's values by column key; a key without a value is undefined that month.
    public var values: [String: Decimal] {
        var values: [String: Decimal] = [:]
        for (key, value) in zip(keys, decimals) { if let value { values[key] = value } }
        return values
    }

    /// The same month, the same values by key.
    public static func == (a: MonthValues, b: MonthValues) -> Bool {
        a.month == b.month && a.missing == b.missing && a.values == b.values
    }
}

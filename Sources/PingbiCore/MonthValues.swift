import Foundation

/// One month of a unit's values, where the document counts monthly (kaoping's A of items
/// (1)–(4) month by month), so a unit can match the period's figures against its own records.
///
/// Stored as the values of keys that the months of a run share (one array, retained), not as a
/// dictionary per month: a run of 100,000 offices × 8 months keeps 800,000 of them. A program
/// may instead give them by a ``MonthValuesSource`` that works a value out when it is read (most
/// runs read none), so a month then holds no values of its own.
public struct MonthValues: Sendable, Equatable {
    /// The month (`111-03`).
    public let month: YearMonth
    /// The values: given, or worked out by a source when read.
    private let storage: Storage

    /// Where a month's keys and values are. A month worked out by a source keeps neither (the
    /// source has the keys), so that 800,000 of them take 40 bytes each.
    private enum Storage: Sendable {
        /// The column keys, the value of each key (nil where undefined that month), and whether
        /// the unit had no row for the month.
        case given([String], [Decimal?], missing: Bool)
        /// The source's entry `entry`, of the source's keys.
        case source(any MonthValuesSource, entry: Int32)
    }

    /// True when the unit had no row for the month (counted as zeros, with a warning).
    public var missing: Bool {
        if case .given(_, _, let missing) = storage { missing } else { false }
    }

    /// The column keys, usually shared by every month of the run.
    private var keys: [String] {
        switch storage {
        case .given(let keys, _, _): keys
        case .source(let source, _): source.keys
        }
    }

    /// A month's values.
    public init(month: YearMonth, values: [String: Decimal], missing: Bool = false) {
        self.init(month: month, keys: Array(values.keys), values: Array(values.values), missing: missing)
    }

    /// A month's values of `keys`, in their order (nil: undefined that month).
    public init(month: YearMonth, keys: [String], values: [Decimal?], missing: Bool = false) {
        precondition(keys.count == values.count, "MonthValues: \(keys.count) keys, \(values.count) values")
        self.month = month
        self.storage = .given(keys, values, missing: missing)
    }

    /// A month's values of `keys` (which must be the source's ``MonthValuesSource/keys``),
    /// worked out by `source` as its entry `entry` when read.
    public init(month: YearMonth, keys: [String], source: any MonthValuesSource, entry: Int) {
        assert(keys == source.keys, "MonthValues: keys other than the source's")
        guard let entry = Int32(exactly: entry) else { preconditionFailure("MonthValues: entry \(entry) out of range") }
        self.month = month
        self.storage = .source(source, entry: entry)
    }

    /// The value of the `index`-th key.
    private func value(at index: Int) -> Decimal? {
        switch storage {
        case .given(_, let decimals, _): decimals[index]
        case .source(let source, let entry): source.value(index, of: Int(entry))
        }
    }

    /// The month's value of column `key`, nil when undefined that month.
    public func value(_ key: String) -> Decimal? {
        keys.firstIndex(of: key).flatMap { value(at: $0) }
    }

    /// The month's values by column key; a key without a value is undefined that month.
    public var values: [String: Decimal] {
        var values: [String: Decimal] = [:]
        for index in keys.indices { if let value = value(at: index) { values[keys[index]] = value } }
        return values
    }

    /// The same month, the same values by key.
    public static func == (a: MonthValues, b: MonthValues) -> Bool {
        a.month == b.month && a.missing == b.missing && a.values == b.values
    }
}

/// What works out the values of many ``MonthValues`` when they are read, from data a run keeps
/// anyway (kaoping's counts), rather than each month storing its own.
public protocol MonthValuesSource: AnyObject, Sendable {
    /// The column keys of every entry's values.
    var keys: [String] { get }
    /// The value of the `index`-th key of entry `entry`, nil where undefined that month.
    func value(_ index: Int, of entry: Int) -> Decimal?
}

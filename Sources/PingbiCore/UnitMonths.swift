/// What gives a unit's months (``UnitResult/months``) when they are read, from data a program
/// keeps anyway, so that a run whose rows nobody reads month by month (most runs: only a unit's
/// page does) builds no array of months per unit.
public protocol UnitMonthsSource: AnyObject, Sendable {
    /// The months of the unit at roster position `unit`, in month order.
    func months(of unit: Int) -> [MonthValues]
}

/// A unit's months (``UnitResult/months``): stored, or given by a source when read.
struct UnitMonths: Sendable, Equatable {
    /// The months, when not given by a source.
    var stored: [MonthValues] = []
    /// The source giving them, and the unit's position there.
    private var source: (any UnitMonthsSource, unit: Int)?

    /// Stored months.
    init(_ stored: [MonthValues] = []) {
        self.stored = stored
    }

    /// The months `source` gives for its unit `unit` when read.
    init(source: any UnitMonthsSource, unit: Int) {
        self.source = (source, unit)
    }

    /// The months, in month order.
    var all: [MonthValues] {
        guard let (source, unit) = source else { return stored }
        return source.months(of: unit)
    }

    /// The same months.
    static func == (a: UnitMonths, b: UnitMonths) -> Bool { a.all == b.all }
}

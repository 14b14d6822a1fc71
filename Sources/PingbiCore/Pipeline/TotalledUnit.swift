import Foundation

/// A roster unit that is its own standing once it carries its total: a program whose awards
/// read only the units and their totals declares nothing more for its standings.
public protocol TotalledUnit: RosterUnit {
    /// The unit's total (0 until the pipeline sets it).
    var total: Decimal { get set }
}

extension ScoredProgram where Member == Data.Unit, Data.Unit: TotalledUnit {
    /// Each unit with its total.
    public func standings(_ data: Data, rows: inout [UnitResult], readings: ReadingChoices) -> [Member] {
        zip(data.units, rows).map { unit, row in
            var unit = unit
            unit.total = row.values["total"]!
            return unit
        }
    }
}

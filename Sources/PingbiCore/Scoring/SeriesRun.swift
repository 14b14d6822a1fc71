/// How a series of values moves from one present value to the next (a missing period skipped),
/// and how many periods in a row it declined at its end (期末連續下降期數).
///
/// 新竹縣關西鎮 over five bimonthly tables, 38.28, 37.50, 36.72, 35.94, 35.12: four steps, each a
/// decline, so 4 periods of decline at the end; 40, 39, missing, 38 compares 38 with 39 (2).
public enum SeriesRun {
    /// One step's direction.
    public enum Direction: Sendable, Equatable {
        /// The later value is higher.
        case rise
        /// The values are equal.
        case standstill
        /// The later value is lower.
        case decline
    }

    /// Each step from a present value to the next present one: their indices in `values` and
    /// the direction, oldest first.
    public static func steps<Value: Comparable>(_ values: [Value?]) -> [(from: Int, to: Int, direction: Direction)] {
        let present = values.indices.filter { values[$0] != nil }
        return zip(present, present.dropFirst()).map { from, to in
            let before = values[from]!, after = values[to]!
            return (from, to, after < before ? .decline : after > before ? .rise : .standstill)
        }
    }

    /// The number of `true`s at the end of `declines` (one flag per period, oldest first): a
    /// period that did not decline ends the run.
    public static func trailing(_ declines: [Bool]) -> Int {
        declines.reversed().prefix { $0 }.count
    }
}

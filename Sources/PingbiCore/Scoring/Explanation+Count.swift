import Foundation

extension Explanation {
    /// Adds a count read from the input: `加保 = 12` (as `input(_:_:)` writes a whole number,
    /// without formatting a `Decimal`). The name is not even read when the chain records
    /// nothing (a column's name, shared by both threads' offices, is retained when read).
    public mutating func input(_ name: @autoclosure () -> String, count: Int) {
        add(.input, "\(name()) = \(count)")
    }
}

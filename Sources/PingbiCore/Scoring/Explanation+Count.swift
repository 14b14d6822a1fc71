import Foundation

extension Explanation {
    /// Adds a count read from the input: `加保 = 12` (as `input(_:_:)` writes a whole number,
    /// without formatting a `Decimal`).
    public mutating func input(_ name: String, count: Int) {
        add(.input, "\(name) = \(count)")
    }
}

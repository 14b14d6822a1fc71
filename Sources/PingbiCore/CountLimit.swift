import Foundation

/// The largest count a program accepts in one cell: 10¹² (一兆).
///
/// Far above any real count (persons, cases per month), and low enough that every sum a
/// program forms over one unit's months and columns, and every product its formulas take
/// (×2, ×100), fits a 64-bit `Int` with room to spare. A larger count is a data error naming
/// its cell, never an overflow.
public enum CountLimit {
    /// 10¹².
    public static let maximum = 1_000_000_000_000

    /// What a count cell must hold.
    public static let expectation = CellExpectation.described("不小於 0、不超過 1,000,000,000,000（一兆）的整數")

    /// A non-negative whole number (thousands separators allowed) no larger than ``maximum``.
    /// A whole number too large is reported with ``expectation``; anything else as
    /// `CellParser.count` reports it.
    public static func parse(_ text: String) throws(CellError) -> Int {
        let value: Int
        do {
            value = try CellParser.count(text)
        } catch {
            if let number = try? CellParser.number(text), number > Decimal(maximum), number == number.rounded(0) {
                throw CellError(expected: expectation)
            }
            throw error
        }
        guard value <= maximum else { throw CellError(expected: expectation) }
        return value
    }
}

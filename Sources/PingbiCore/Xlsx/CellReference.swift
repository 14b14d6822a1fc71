/// A spreadsheet cell's A1 name: column letters (`A` … `XFD`) and row number.
public enum CellReference {
    /// The most columns a sheet has (`XFD`).
    static let maxColumns = 16_384
    /// The most rows a sheet has.
    static let maxRows = 1_048_576

    /// `B7` for the zero-based `column` 1 and `row` 7.
    public static func name(column: Int, row: Int) -> String {
        letters(column) + String(row)
    }

    /// The letters of the zero-based `column`: 0 → `A`, 26 → `AA`.
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let digit = (n - 1) % 26
            scalars.insert(Unicode.Scalar(UInt8(65 + digit)), at: 0)
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The zero-based column and the row of `B7`; nil when it is not a cell name in range.
    static func parse(_ text: String) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawLetter = false
        var sawDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - 64)
                sawLetter = true
                guard column <= maxColumns else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9") where sawLetter:
                row = row * 10 + Int(byte - 48)
                sawDigit = true
                guard row <= maxRows else { return nil }
            default: return nil
            }
        }
        guard sawLetter, sawDigit, row >= 1 else { return nil }
        return (column - 1, row)
    }
}

import Foundation
import PingbiCore

/// How renderers write numbers: exactly as computed, or padded to a column's decimals.
public enum ValueFormat {
    /// The value for a table cell: shown to the column's scale (四捨五入) when it has one, as
    /// computed otherwise; `—` when undefined. `explain` and JSON keep every digit.
    public static func cell(_ value: Decimal?, column: ValueColumn) -> String {
        guard let value else { return "—" }
        if let scale = column.scale { return value.fixed(scale) }
        return value.plainText
    }

    /// A value for people: to the column's decimals, or where it has none to at most 4 (四捨五入);
    /// `—` when undefined. The exact value is `value.plainText`.
    public static func plain(_ value: Decimal?, column: ValueColumn) -> String {
        guard let value else { return "—" }
        if let scale = column.scale { return value.fixed(scale) }
        return value.rounded(4).plainText
    }

    /// A text cell (``UnitResult/texts``) as written, `—` when the unit has none.
    public static func text(_ text: String?) -> String {
        text ?? "—"
    }

    /// Money: `5,000` (thousands separators, no decimals unless it has them).
    public static func money(_ value: Decimal) -> String {
        let text = value.plainText
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        return (negative ? "-" : "") + integer + grouped + (parts.count == 2 ? "." + parts[1] : "")
    }
}

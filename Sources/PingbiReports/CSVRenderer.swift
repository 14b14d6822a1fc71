import Foundation
import PingbiCore

/// Results as a CSV that Excel on a Taiwanese Windows opens with the Chinese intact: UTF-8
/// with a BOM, CRLF line ends, Chinese headers, one row per unit, plain decimals.
public enum CSVRenderer {
    /// The UTF-8 byte-order mark Excel needs to recognise UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// One program's result: 組別, 名次, 單位, every value column, every text column (empty
    /// where a unit has no text), then the unit's outcomes.
    public static func render(_ result: ProgramResult) -> String {
        let header = ["組別", "名次", "單位"] + result.columns.map(\.title) + result.textColumns.map(\.title) + ["結果"]
        let rows = result.units.map { unit in
            [unit.group.map { result.groupTitles[$0] ?? $0 } ?? "", unit.rank.map(String.init) ?? "", unit.unit]
                + result.columns.map { column in unit.values[column.key].map { ValueFormat.cell($0, column: column) } ?? "" }
                + result.textColumns.map { unit.texts[$0.key] ?? "" }
                + [OutcomeText.summary(result.outcomes.filter { $0.unit == unit.unit }, titles: result.policyTitles)]
        }
        return document([header] + rows)
    }

    /// Rows as CSV text with a BOM and CRLF line ends.
    public static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(CSV.field).joined(separator: ",") + "\r\n" }.joined()
    }
}

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
        return document([header] + rows + provenanceRows(result))
    }

    /// After a blank row, below the table where Excel users see it: the program, its title,
    /// period and readings, each input file's SHA-256 and the pingbi version. None when the
    /// run recorded no provenance.
    static func provenanceRows(_ r: ProgramResult) -> [[String]] {
        guard !r.provenance.version.isEmpty else { return [] }
        var rows: [[String]] = [[], ["資料來源與版本"], ["評比", r.title], ["程式", r.program]]
        if let period = r.period { rows.append(["期間", period.description]) }
        rows += r.readings.map { ["解讀", $0.reading.name, $0.value] }
        rows += r.provenance.inputs.map { ["資料檔", $0.file, "SHA-256", $0.sha256] }
        rows.append(["版本", "pingbi " + r.provenance.version])
        return rows
    }

    /// Rows as CSV text with a BOM and CRLF line ends.
    public static func document(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A field, quoted when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

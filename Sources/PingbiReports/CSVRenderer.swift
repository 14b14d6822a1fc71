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

    /// A field, quoted when it holds a comma, quote or line break. Control characters and
    /// bidirectional marks are shown visibly (line breaks and tabs are kept, quoted). A text
    /// that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, tab or
    /// carriage return) gets a leading `'` inside a quoted field, as OWASP's CSV-injection
    /// guidance says: the name reads the same and is never run. Numbers (`-0.07`) stay numbers.
    static func field(_ text: String) -> String {
        let text = VisibleText.of(text, keepingLayout: true)
        if let first = text.unicodeScalars.first, formulaStarts.contains(first), !isNumber(text) {
            return "\"'" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return CSV.field(text)
    }

    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Whether `text` is a plain decimal number, optionally signed (`-0.07`, `+3`, `12`).
    static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.unicodeScalars.allSatisfy { $0.value >= 48 && $0.value <= 57 } }
        return isDigits(parts[0]) && (parts.count == 1 || isDigits(parts[1]))
    }
}

import Foundation
import PingbiCore

/// Results as a CSV that Excel on a Taiwanese Windows opens with the Chinese intact: UTF-8
/// with a BOM, CRLF line ends, Chinese headers, one row per unit, plain decimals.
public enum CSVRenderer {
    /// The UTF-8 byte-order mark Excel needs to recognise UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// One program's result, laid out for Excel: first a short block of what was evaluated
    /// (評比, 期間, each reading with its value and meaning) and a blank row, so the period is the
    /// first thing a reader sees and the table below stays one block Excel can sort and filter;
    /// then the table — 組別, 名次, 單位 (and 推薦機關 where units are nominees), every value
    /// column, every text column, the outcomes in words, their reasons, and the amounts as
    /// numbers (獎勵金額(元), 每人金額(元)) — with a row for each unit an outcome names that is
    /// not ranked (a nominee left out at 初審); then the notes, warnings and provenance below.
    public static func render(_ result: ProgramResult) -> String {
        document(headerRows(result) + [[]] + table(result) + footerRows(result))
    }

    /// 評比, 期間 (marked 暫定 when the run covers part of it), and one row per reading:
    /// `解讀`, `NAME=VALUE` as `--reading` takes it, what the choice is about (its summary, which
    /// names no value by its id), and `本次採用：` the value used by its label.
    static func headerRows(_ r: ProgramResult) -> [[String]] {
        var rows: [[String]] = [["評比", r.title]]
        if let period = r.period { rows.append(["期間", period.description + (r.provisional ? "（部分期間，結果為暫定）" : "")]) }
        rows += r.readings.map { ["解讀", $0.reading.name + "=" + $0.value, $0.reading.summary, "本次採用：" + $0.reading.label(of: $0.value)] }
        return rows
    }

    /// The table: a header row, a row per unit, then a row per unit that only an outcome names.
    static func table(_ r: ProgramResult) -> [[String]] {
        let outcomes = r.outcomes
        let nominated = outcomes.contains { $0.agency != nil } || r.units.contains { $0.agency != nil }
        let reasons = outcomes.contains { $0.reason != nil }
        let amounts = outcomes.contains { $0.amount != nil }
        let rates = outcomes.contains { $0.perPerson != nil }
        let header = ["組別", "名次", "單位"] + (nominated ? ["推薦機關"] : []) + r.columns.map(\.title) + r.textColumns.map(\.title)
            + ["結果"] + (reasons ? ["理由"] : []) + (amounts ? ["獎勵金額(元)"] : []) + (rates ? ["每人金額(元)"] : [])
        // The unit's own outcomes (found by name once, not by reading every outcome per unit); a
        // unit holds at most one outcome with an amount in every program.
        let byUnit = Dictionary(grouping: outcomes, by: \.unit)
        func tail(_ unit: String, agency: String?) -> (agency: [String], outcomes: [String]) {
            let own = byUnit[unit] ?? []
            let money = own.first { $0.amount != nil }
            return (
                nominated ? [agency ?? own.lazy.compactMap(\.agency).first ?? ""] : [],
                [OutcomeText.summary(own, titles: r.policyTitles)]
                    + (reasons ? [own.compactMap(\.reason).joined(separator: "；")] : [])
                    + (amounts ? [money?.amount?.plainText ?? ""] : [])
                    + (rates ? [money?.perPerson?.plainText ?? ""] : []))
        }
        let rows = r.units.map { unit in
            let (agency, results) = tail(unit.unit, agency: unit.agency)
            return [unit.group.map { r.groupTitles[$0] ?? $0 } ?? "", unit.rank.map(String.init) ?? "", unit.unit] + agency
                + r.columns.map { column in unit.values[column.key].map { ValueFormat.cell($0, column: column) } ?? "" }
                + r.textColumns.map { unit.texts[$0.key] ?? "" }
                + results
        }
        let ranked = Set(r.units.map(\.unit))
        var unranked: [String] = []
        for outcome in outcomes where !ranked.contains(outcome.unit) && !unranked.contains(outcome.unit) { unranked.append(outcome.unit) }
        let blanks = Array(repeating: "", count: r.columns.count + r.textColumns.count)
        let others = unranked.map { name in
            let (agency, results) = tail(name, agency: nil)
            return ["", "", name] + agency + blanks + results
        }
        return [header] + rows + others
    }

    /// After a blank row, below the table where Excel users see it: the notes (附註) and
    /// warnings (警告), then the provenance: the program, each input file's SHA-256 and the
    /// pingbi version (none when the run recorded no provenance).
    static func footerRows(_ r: ProgramResult) -> [[String]] {
        var rows: [[String]] = r.notes.map { ["附註", $0] } + r.warnings.map { ["警告", $0] }
        if !r.provenance.version.isEmpty {
            rows += (rows.isEmpty ? [] : [[]]) + [["資料來源與版本"], ["程式", r.program]]
            rows += r.provenance.inputs.map { ["資料檔", $0.file, "SHA-256", $0.sha256] }
            rows.append(["版本", "pingbi " + r.provenance.version])
        }
        return rows.isEmpty ? [] : [[]] + rows
    }

    /// Rows as CSV text with a BOM and CRLF line ends, each row written into the text as it is
    /// laid out (no text per row is kept until the end).
    public static func document(_ rows: [[String]]) -> String {
        var text = byteOrderMark
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { text += "," }
                text += field(cell)
            }
            text += "\r\n"
        }
        return text
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

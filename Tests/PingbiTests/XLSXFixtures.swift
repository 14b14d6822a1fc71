import Foundation
import PingbiCore
import PingbiReports

/// Workbooks built in code for the xlsx tests: a CSV turned into a sheet with the project's
/// own writer, and hand-written sheet XML for what real sheets hold (shared strings, dates,
/// merged cells, formulas).
enum XLSXFixtures {
    /// A workbook with one sheet per `(name, csv)`: cells that are plain decimals become
    /// number cells, every other cell a text cell.
    static func workbook(_ sheets: [(name: String, csv: String)]) throws -> [UInt8] {
        XLSXWriter.workbook(try sheets.map { sheet in
            let records = try CSV.parse(sheet.csv, file: sheet.name)
            return XLSXWriter.Sheet(name: sheet.name, rows: records.map { record in
                record.fields.map { field in
                    field.isEmpty ? .empty : isPlainNumber(field) ? .number(field, .general) : .text(field)
                }
            })
        })
    }

    /// The sample CSVs of `folder` named `files`, each as its own workbook `name.xlsx` in a new folder.
    static func folderOfWorkbooks(from folder: URL, files: [String]) throws -> URL {
        let target = try temporaryFolder()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let bytes = try workbook([((file as NSString).deletingPathExtension, text)])
            try Data(bytes).write(to: target.appendingPathComponent((file as NSString).deletingPathExtension + ".xlsx"))
        }
        return target
    }

    /// Styles: 0 plain, 1 a date (built-in 14), 2 a percentage (built-in 10), 3 a custom
    /// date `yyyy/m/d`, 4 a custom `#,##0"件"`.
    static let styles = """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="#,##0&quot;件&quot;"/></numFmts>\
        <fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
        <borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>\
        </styleSheet>
        """

    /// A workbook of one sheet `name` whose `<sheetData>` (and what follows it) is `body`,
    /// with `shared` as its shared strings.
    static func raw(sheet name: String = "counts", body: String, shared: [String] = []) -> [UInt8] {
        let xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + body + "</worksheet>"
        let strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(shared.count)\">"
            + shared.map { "<si>\($0)</si>" }.joined() + "</sst>"
        return XLSXWriter.package(sheets: [(name, xml)], styles: styles, sharedStrings: shared.isEmpty ? nil : strings)
    }

    /// A folder holding `bytes` as `file`.
    static func folder(_ file: String, _ bytes: [UInt8]) throws -> URL {
        let folder = try temporaryFolder()
        try Data(bytes).write(to: folder.appendingPathComponent(file))
        return folder
    }

    /// The table `counts.csv`: 單位 and 件數 required, 比率 optional.
    static let countsSpec = TableSpec(
        "counts.csv", title: "測試", columns: [ColumnSpec("單位"), ColumnSpec("件數"), ColumnSpec("比率", required: false)])

    private static func isPlainNumber(_ text: String) -> Bool {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let body = parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0][...]
        return !body.isEmpty && body.allSatisfy(\.isASCII) && body.allSatisfy(\.isNumber)
            && (parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }))
    }
}

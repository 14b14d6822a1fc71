import Foundation
import PingbiCore

/// `pingbi template`: a program's input files ready to fill — header row, the rows the
/// program already knows (its roster × months), and what each column holds — as CSV files or
/// as one workbook whose sheets are named like the inputs, with a sheet of column notes.
public enum TemplateRenderer {
    /// The workbook's file name for `program`.
    public static func workbookName(_ program: any Program) -> String {
        "\(program.id)-輸入範本.xlsx"
    }

    /// One CSV per input: header, then `rows[fileName]` (key cells filled, the rest blank).
    public static func csvFiles(_ program: any Program, rows: [String: [[String]]]) -> [(name: String, contents: [UInt8])] {
        program.inputs.map { spec in
            (spec.fileName, Array(CSVRenderer.document([spec.columns.map(\.name)] + (rows[spec.fileName] ?? [])).utf8))
        }
    }

    /// One workbook: a sheet per input named like it (`offices`), then 欄位說明.
    public static func workbook(_ program: any Program, rows: [String: [[String]]]) -> [UInt8] {
        var sheets = program.inputs.map { spec in
            XLSXWriter.Sheet(
                name: sheetName(spec),
                rows: [spec.columns.map { XLSXWriter.Cell.heading($0.name) }]
                    + (rows[spec.fileName] ?? []).map { $0.map { $0.isEmpty ? .empty : .text($0) } })
        }
        var notes: [[XLSXWriter.Cell]] = [[.heading("工作表"), .heading("欄位"), .heading("必填"), .heading("說明")]]
        for spec in program.inputs {
            for column in spec.columns {
                notes.append([.text(sheetName(spec)), .text(column.name), .text(column.required ? "必填" : "選填"), .text(column.note)])
            }
        }
        sheets.append(XLSXWriter.Sheet(name: "欄位說明", rows: notes))
        return XLSXWriter.workbook(sheets)
    }

    /// `offices` for `offices.csv`: the sheet name the input reader looks for.
    static func sheetName(_ spec: TableSpec) -> String {
        spec.fileName.hasSuffix(".csv") ? String(spec.fileName.dropLast(4)) : spec.fileName
    }
}

import Foundation
import PingbiCore

/// Results as one Excel workbook: a sheet per program (組別, 名次, 單位, every value column
/// as numbers in the column's decimals, every text column, then per policy a column of its
/// outcomes and, where it pays, its amounts as numbers), and a sheet 說明 with each
/// program's period, data files, readings, notes and warnings.
public enum XLSXRenderer {
    /// The file `--out` writes.
    public static let fileName = "pingbi-results.xlsx"

    /// The workbook's bytes.
    public static func render(_ results: [ProgramResult]) -> [UInt8] {
        var sheets: [XLSXWriter.Sheet] = []
        for result in results {
            let name = XLSXWriter.sheetName(result.title, taken: sheets.map(\.name) + [notesSheetName])
            sheets.append(XLSXWriter.Sheet(name: name, rows: rows(result)))
        }
        sheets.append(XLSXWriter.Sheet(name: notesSheetName, rows: notes(results)))
        return XLSXWriter.workbook(sheets)
    }

    /// The name of the sheet of notes.
    static let notesSheetName = "說明"

    /// One program's rows: a header, a row per unit, then a row per unit that has outcomes
    /// but no values (an excluded nominee, the 總計 row).
    static func rows(_ result: ProgramResult) -> [[XLSXWriter.Cell]] {
        let policies = result.outcomePolicies
        var header: [XLSXWriter.Cell] = ["組別", "名次", "單位"].map { .heading($0) }
            + result.columns.map { .heading($0.title) } + result.textColumns.map { .heading($0.title) }
        for policy in policies {
            let title = result.policyTitles[policy] ?? policy
            header.append(.heading(title))
            if result.outcomes(of: policy).contains(where: { $0.perPerson != nil }) { header.append(.heading(title + "每人金額（元）")) }
            if result.outcomes(of: policy).contains(where: { $0.amount != nil }) { header.append(.heading(title + "金額（元）")) }
        }
        func outcomeCells(_ unit: String) -> [XLSXWriter.Cell] {
            var cells: [XLSXWriter.Cell] = []
            for policy in policies {
                let all = result.outcomes(of: policy)
                let mine = all.filter { $0.unit == unit }
                cells.append(mine.isEmpty ? .empty : .text(mine.map(phrase).joined(separator: "；")))
                if all.contains(where: { $0.perPerson != nil }) { cells.append(money(mine.compactMap(\.perPerson).first)) }
                if all.contains(where: { $0.amount != nil }) { cells.append(money(mine.compactMap(\.amount).first)) }
            }
            return cells
        }
        var rows = [header]
        for unit in result.units {
            let group: XLSXWriter.Cell = unit.group.map { .text(result.groupTitles[$0] ?? $0) } ?? .empty
            rows.append(
                [group, unit.rank.map { .number(String($0), .decimals(0)) } ?? .empty, .text(unit.unit)]
                    + result.columns.map { column in
                        unit.values[column.key].map { .number(cellNumber($0), column.scale.map { .decimals($0) } ?? .general) } ?? .empty
                    }
                    + result.textColumns.map { unit.texts[$0.key].map { .text($0) } ?? .empty }
                    + outcomeCells(unit.unit))
        }
        var others: [String] = []
        for outcome in result.outcomes where !result.units.contains(where: { $0.unit == outcome.unit }) && !others.contains(outcome.unit) {
            others.append(outcome.unit)
        }
        for unit in others {
            rows.append(
                [.empty, .empty, .text(unit)] + [XLSXWriter.Cell](repeating: .empty, count: result.columns.count + result.textColumns.count)
                    + outcomeCells(unit))
        }
        return rows
    }

    /// An outcome in its policy's column: its label, place and reason, and whether it is provisional.
    static func phrase(_ outcome: Outcome) -> String {
        let parts = [outcome.label, outcome.rank.map { "第 \($0) 名" }, outcome.reason].compactMap { $0 }
        return (parts.isEmpty ? "是" : parts.joined(separator: "；")) + (outcome.provisional ? "（暫定）" : "")
    }

    private static func money(_ value: Decimal?) -> XLSXWriter.Cell {
        value.map { .number(cellNumber($0), .amount) } ?? .empty
    }

    /// The most significant digits a spreadsheet keeps (and shows) of a number.
    static let significantDigits = 15

    /// `value` as a number cell holds it: exact when it has at most 15 significant digits,
    /// else rounded (四捨五入) to 15, as a spreadsheet would keep no more (`--reading
    /// rate-precision=exact` gives 36-digit quotients; JSON and `explain` keep them whole).
    static func cellNumber(_ value: Decimal) -> String {
        let text = value.plainText
        let significant = text.filter(\.isNumber).drop { $0 == "0" }.count
        guard significant > significantDigits, let point = text.firstIndex(of: ".") else { return text }
        let decimals = text.distance(from: text.index(after: point), to: text.endIndex)
        return value.rounded(max(0, decimals - (significant - significantDigits))).plainText
    }

    /// The sheet 說明: per program its title, period, data files, readings, notes and warnings.
    static func notes(_ results: [ProgramResult]) -> [[XLSXWriter.Cell]] {
        var rows: [[XLSXWriter.Cell]] = [[.heading("項目"), .heading("內容")]]
        for result in results {
            rows.append([.heading("評比"), .heading(result.title)])
            if let period = result.period {
                rows.append([.text("期間"), .text(period.description + (result.provisional ? "（只計算部分期間，結果為暫定）" : ""))])
            }
            rows.append([.text("資料檔案"), .text(result.sources.isEmpty ? "（無）" : result.sources.joined(separator: "、"))])
            for item in result.readings {
                rows.append([.text("解讀"), .text(item.reading.summary + "；本次採用：" + item.labelled)])
            }
            rows += result.notes.map { [.text("附註"), .text($0)] }
            rows += result.warnings.map { [.text("警告"), .text($0)] }
            rows.append([])
        }
        return rows
    }
}

import Foundation
import PingbiCore

/// A minimal Office Open XML workbook writer: sheets of text and number cells, a bold header
/// row frozen at the top, column widths that fit the contents (a Chinese character counts
/// double; text wider than ``widestColumn`` wraps), numbers stored exactly as decimal text
/// and shown in a fixed number of decimals.
public enum XLSXWriter {
    /// How a number cell is shown.
    public enum NumberFormat: Hashable, Sendable {
        /// As stored.
        case general
        /// With exactly this many decimals (`0.0` for 1).
        case decimals(Int)
        /// Money: thousands separators, no decimals (`#,##0`).
        case amount
    }

    /// One cell.
    public enum Cell: Equatable, Sendable {
        /// Nothing.
        case empty
        /// Text.
        case text(String)
        /// A heading (bold).
        case heading(String)
        /// A number, as exact decimal text, shown in `format`.
        case number(String, NumberFormat)
    }

    /// One sheet: its name, rows, and how many top rows stay frozen.
    public struct Sheet: Sendable {
        /// The name shown on the tab (``sheetName(_:taken:)`` makes a valid one).
        public var name: String
        /// The rows, from row 1.
        public var rows: [[Cell]]
        /// How many rows from the top stay in view when scrolling.
        public var frozenRows: Int

        /// A sheet.
        public init(name: String, rows: [[Cell]], frozenRows: Int = 1) {
            self.name = name
            self.rows = rows
            self.frozenRows = frozenRows
        }
    }

    /// The workbook of `sheets` as `.xlsx` bytes.
    public static func workbook(_ sheets: [Sheet]) -> [UInt8] {
        var formats: [NumberFormat] = []
        for sheet in sheets {
            for row in sheet.rows {
                for case .number(_, let format) in row where !formats.contains(format) { formats.append(format) }
            }
        }
        let styleIndex = Dictionary(uniqueKeysWithValues: formats.enumerated().map { ($0.element, $0.offset + 3) })
        return package(
            sheets: sheets.map { ($0.name, worksheet($0, styleIndex: styleIndex)) },
            styles: styles(formats), sharedStrings: nil)
    }

    /// An `.xlsx` package of ready-made parts: each sheet's name and worksheet XML, the
    /// styles part and, if any, the shared strings part.
    public static func package(sheets: [(name: String, xml: String)], styles: String, sharedStrings: String?) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let officeRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let packageRelations = "http://schemas.openxmlformats.org/package/2006/relationships"
        let contentTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var types = "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(contentTypes).sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(contentTypes).styles+xml\"/>"
        var relations = "<Relationship Id=\"rIdStyles\" Type=\"\(officeRelations)/styles\" Target=\"styles.xml\"/>"
        var sheetList = ""
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            types += "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"\(contentTypes).worksheet+xml\"/>"
            relations += "<Relationship Id=\"rId\(number)\" Type=\"\(officeRelations)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
            sheetList += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(number)\" r:id=\"rId\(number)\"/>"
        }
        if sharedStrings != nil {
            types += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(contentTypes).sharedStrings+xml\"/>"
            relations += "<Relationship Id=\"rIdStrings\" Type=\"\(officeRelations)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        }
        let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array((declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" + types + "</Types>").utf8))
        zip.add("_rels/.rels", Array((declaration + "<Relationships xmlns=\"\(packageRelations)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(officeRelations)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>").utf8))
        zip.add("xl/workbook.xml", Array((declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\">"
            + "<bookViews><workbookView/></bookViews><sheets>" + sheetList + "</sheets></workbook>").utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array((declaration + "<Relationships xmlns=\"\(packageRelations)\">" + relations + "</Relationships>").utf8))
        zip.add("xl/styles.xml", Array((declaration + styles).utf8))
        if let sharedStrings { zip.add("xl/sharedStrings.xml", Array((declaration + sharedStrings).utf8)) }
        for (index, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array((declaration + sheet.xml).utf8))
        }
        return zip.finish()
    }

    /// A valid, unused sheet name for `wanted`: at most 31 characters, none of `[]:*?/\`,
    /// not quoted at either end, and unlike (ignoring case) every name in `taken`.
    public static func sheetName(_ wanted: String, taken: [String]) -> String {
        var base = String(wanted.map { "[]:*?/\\".contains($0) ? "－" : $0 })
            .trimmingCharacters(in: CharacterSet(charactersIn: "'").union(.whitespaces))
        if base.isEmpty { base = "工作表" }
        let used = Set(taken.map { $0.lowercased() })
        var candidate = String(base.prefix(31))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = "（\(number)）"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }

    /// The widest a column gets; longer text wraps within it.
    static let widestColumn = 60

    /// The worksheet XML of `sheet`.
    static func worksheet(_ sheet: Sheet, styleIndex: [NumberFormat: Int]) -> String {
        var widths: [Int] = []
        var data = ""
        for (rowIndex, row) in sheet.rows.enumerated() {
            let number = rowIndex + 1
            var cells = ""
            var lines = 1
            for (columnIndex, cell) in row.enumerated() {
                if columnIndex >= widths.count { widths += [Int](repeating: 0, count: columnIndex + 1 - widths.count) }
                let reference = CellReference.name(column: columnIndex, row: number)
                switch cell {
                case .empty: continue
                case .text(let text), .heading(let text):
                    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) }
                    let width = paragraphs.max() ?? 0
                    let wraps = width > widestColumn || paragraphs.count > 1
                    if wraps { lines = max(lines, paragraphs.map { max(1, ($0 + widestColumn - 1) / widestColumn) }.reduce(0, +)) }
                    let style = if case .heading = cell { " s=\"1\"" } else if wraps { " s=\"2\"" } else { "" }
                    cells += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                    widths[columnIndex] = max(widths[columnIndex], width)
                case .number(let value, let format):
                    cells += "<c r=\"\(reference)\" s=\"\(styleIndex[format] ?? 0)\"><v>\(value)</v></c>"
                    widths[columnIndex] = max(widths[columnIndex], shownWidth(value, format))
                }
            }
            // A wrapped cell's row is as tall as its lines (15 points each at 11-point type).
            data += (lines > 1 ? "<row r=\"\(number)\" ht=\"\(lines * 15)\" customHeight=\"1\">" : "<row r=\"\(number)\">") + cells + "</row>"
        }
        // Printed on A4 landscape, one page wide.
        var xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        if sheet.frozenRows > 0 {
            let top = CellReference.name(column: 0, row: sheet.frozenRows + 1)
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/></sheetView></sheetViews>"
        }
        if !widths.isEmpty {
            xml += "<cols>" + widths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(min(max(width, 4), widestColumn) + 2)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        return xml + "<sheetData>" + data + "</sheetData>"
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
    }

    /// About how many characters a number takes shown in `format`.
    static func shownWidth(_ value: String, _ format: NumberFormat) -> Int {
        let whole = value.split(separator: ".", maxSplits: 1)[0].count
        switch format {
        case .general: return value.count
        case .decimals(let scale): return whole + (scale > 0 ? scale + 1 : 0)
        case .amount: return whole + (whole - 1) / 3
        }
    }

    /// The styles part: cell format 0 plain, 1 bold, 2 wrapped text, then one per number
    /// format in `formats`.
    static func styles(_ formats: [NumberFormat]) -> String {
        var custom: [String] = []
        var cellFormats = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        for format in formats {
            let id: Int
            switch format {
            case .general: id = 0
            case .amount: id = 3
            case .decimals(0): id = 1
            case .decimals(let scale):
                id = 164 + custom.count
                custom.append("<numFmt numFmtId=\"\(id)\" formatCode=\"0.\(String(repeating: "0", count: scale))\"/>")
            }
            cellFormats += "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + (custom.isEmpty ? "" : "<numFmts count=\"\(custom.count)\">" + custom.joined() + "</numFmts>")
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count + 3)\">" + cellFormats + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }

    /// Text escaped for XML, with characters XML 1.0 cannot hold left out.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}

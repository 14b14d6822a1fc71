import Foundation
import PingbiCore

/// `pingbi rules`: a program's rules as a document, and the amendment table of an edition
/// against its base (修正規定 | 現行規定 | 說明), as text or as CSV for a Word or Excel table.
public enum RulesRenderer {
    /// The rules of one program as text, section by section.
    public static func render(_ document: RulesDocument) -> String {
        var out = "═══ 評比規定：\(document.title)（\(document.program)）═══\n"
        for section in RulesDocument.Section.allCases {
            let entries = document.entries.filter { $0.section == section }
            guard !entries.isEmpty else { continue }
            out += "\n【\(section.title)】\n"
            for entry in entries {
                out += "・\(entry.title)\n" + indented(entry.text) + "\n"
            }
        }
        return out
    }

    /// The amendment table as text: one block per difference.
    public static func render(_ amendment: RulesAmendment) -> String {
        var out = "═══ 修正對照表：\(amendment.edition.title)（\(amendment.edition.program)）"
        out += "對照 \(amendment.base.title)（\(amendment.base.program)）═══\n"
        guard !amendment.rows.isEmpty else { return out + "兩版規定相同，沒有修正。\n" }
        out += "共 \(amendment.rows.count) 處修正\n"
        for row in amendment.rows {
            out += "\n【\(row.section.title)】\(row.title)\n"
            out += "  修正規定：\n" + indented(row.amended ?? "（刪除）", by: 4) + "\n"
            out += "  現行規定：\n" + indented(row.current ?? "（無）", by: 4) + "\n"
            out += "  說明：\(row.note)\n"
        }
        return out
    }

    /// The amendment table as CSV (UTF-8 BOM, CRLF): 修正規定, 現行規定, 說明, one row per difference.
    public static func csv(_ amendment: RulesAmendment) -> String {
        let rows = amendment.rows.map { row in
            [
                "【\(row.section.title)】\(row.title)\n" + (row.amended ?? "（刪除）"),
                row.current.map { "【\(row.section.title)】\(row.title)\n" + $0 } ?? "（無）",
                row.note,
            ]
        }
        return CSVRenderer.document([["修正規定", "現行規定", "說明"]] + rows)
    }

    /// `text` with every line indented.
    static func indented(_ text: String, by spaces: Int = 2) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(separator: "\n")
    }
}

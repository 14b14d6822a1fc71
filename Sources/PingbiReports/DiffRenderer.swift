import Foundation
import PingbiCore

/// `pingbi diff`: the input cells that changed, then every unit whose result changed and why,
/// in words for the 承辦人 and the offices.
public enum DiffRenderer {
    /// One program's differences as text; text from the data or a result file is shown
    /// visibly (``VisibleText``), so a cell or a unit name cannot move the terminal.
    public static func render(_ diff: ResultDiff) -> String {
        VisibleText.of(text(diff), keepingLayout: true)
    }

    /// ``render(_:)`` before control characters are made visible.
    static func text(_ diff: ResultDiff) -> String {
        let result = diff.result
        var out = "═══ 前後比較：\(result.title)（\(result.program)）═══\n"
        for line in context(diff) { out += line.text + "\n" + line.items.map { "  ・" + $0 + "\n" }.joined() }
        guard !diff.units.isEmpty else {
            return out + "結果：每個單位的數值、名次與獎項都相同。\n"
        }
        out += "結果：\(diff.units.count) 個單位不同\n"
        for change in diff.units {
            out += "  ・\(change.unit)\(groupNote(change, result))\n"
            if let old = change.oldGroup {
                out += "      組別：" + (result.groupTitles[old] ?? old) + " → " + (change.group.map { result.groupTitles[$0] ?? $0 } ?? "無") + "\n"
            }
            if let outcomes = change.outcomes {
                out += "      獎項：" + phrase(outcomes.old, result) + " → " + phrase(outcomes.new, result) + "\n"
            }
            if let rank = change.rank { out += "      名次：" + ranks(rank) + "\n" }
            if !change.values.isEmpty { out += "      數值：" + values(change) + "\n" }
            out += "      原因：" + cause(change.cause) + "\n"
        }
        return out
    }

    /// What the comparison rests on, line by line, each with its listed items: the periods
    /// where they differ, the readings that differ, and the inputs (cells, files by SHA-256, or none).
    /// `byTitle` (a published report), each reading by its question and its values by their
    /// labels (`解讀：「名次排列」同分者不占用名次（1、1、2） → …`) instead of what a command takes;
    /// else by its name and title, each value as a command takes it with its label
    /// (`解讀：rank-method（名次排列）competition（同分者占用名次（1、1、3）） → dense（…）`).
    static func context(_ diff: ResultDiff, byTitle: Bool = false) -> [(text: String, items: [String])] {
        var lines: [(text: String, items: [String])] = []
        if let oldPeriod = diff.oldPeriod, let period = diff.result.period {
            lines.append(("期間：\(oldPeriod) → \(period)", []))
        }
        for change in diff.readings {
            let reading = change.reading
            lines.append((byTitle
                ? "解讀：「\(reading.title)」\(reading.label(of: change.old)) → \(reading.label(of: change.new))"
                : "解讀：\(reading.name)（\(reading.title)）\(reading.valueAndLabel(change.old)) → \(reading.valueAndLabel(change.new))",
                []))
        }
        switch diff.basis {
        case .cells where diff.inputs.isEmpty:
            lines.append(("輸入資料：沒有任何儲存格不同。", []))
        case .cells:
            lines.append(("輸入資料：\(diff.inputs.count) 處不同", diff.inputs.map(cell)))
        case .digests where diff.files.isEmpty:
            lines.append(("輸入資料：兩份結果所讀的資料檔相同（SHA-256 相同）。", []))
        case .digests:
            lines.append(("輸入資料：依兩份結果記錄的 SHA-256，\(diff.files.count) 個資料檔不同（僅比較結果，未比對儲存格）", diff.files.map(file)))
        case .none:
            lines.append(("輸入資料：結果未記錄資料檔的 SHA-256，僅比較結果。", []))
        }
        return lines
    }

    /// `5 → 3`, `—` for no rank.
    static func ranks(_ rank: (old: Int?, new: Int?)) -> String {
        (rank.old.map(String.init) ?? "—") + " → " + (rank.new.map(String.init) ?? "—")
    }

    /// `訪視後補繳率(%) 15.43 → 21.57；積分 3.65 → 3.25`, at each column's decimals.
    static func values(_ change: ResultDiff.UnitChange) -> String {
        change.values.map { value in
            value.column.title + " " + ValueFormat.cell(value.old, column: value.column) + " → "
                + ValueFormat.cell(value.new, column: value.column)
        }.joined(separator: "；")
    }

    /// A correction notice to paste into the LINE group: the awards that changed, and that
    /// every other award stands; text from the data is shown visibly.
    public static func announcement(_ diff: ResultDiff) -> String {
        VisibleText.of(notice(diff), keepingLayout: true)
    }

    /// ``announcement(_:)`` before control characters are made visible.
    static func notice(_ diff: ResultDiff) -> String {
        let result = diff.result
        var out = "【更正】\(result.title)\n"
        switch diff.basis {
        case .cells: out += "依更正後的資料重新計算（\(diff.inputs.count) 處資料更正），"
        case .digests where !diff.files.isEmpty: out += "依更正後的資料重新計算（更正資料檔 " + diff.files.map(\.file).joined(separator: "、") + "），"
        default: out += "依更正後的結果，"
        }
        let moved = diff.units.filter { $0.outcomes != nil }
        guard !moved.isEmpty else { return out + "各獎項結果不變。\n" }
        out += "獎項異動如下：\n"
        for change in moved {
            let outcomes = change.outcomes!
            out += "・\(change.unit)\(groupNote(change, result))：" + phrase(outcomes.old, result) + " → " + phrase(outcomes.new, result) + "\n"
        }
        return out + "其餘單位的獎項不變。\n"
    }

    /// `（第二組）` after a unit's name: its group's title; nothing for a unit without one.
    static func groupNote(_ change: ResultDiff.UnitChange, _ result: ProgramResult) -> String {
        change.group.flatMap { result.groupTitles[$0] }.map { "（\($0)）" } ?? ""
    }

    /// `activity.csv 第 12 行（高雄市三民區 111-03）「健保櫃檯加保」：15 → 18`.
    static func cell(_ change: CellChange) -> String {
        let key = change.key.joined(separator: " ")
        switch (change.oldLine, change.newLine, change.column) {
        case (nil, let line?, _):
            return "\(change.file) 新增第 \(line) 行（\(key)）"
        case (let line?, nil, _):
            return "\(change.file) 刪除原第 \(line) 行（\(key)）"
        default:
            let line = change.newLine.map { "第 \($0) 行" } ?? ""
            return "\(change.file) \(line)（\(key)）「\(change.column ?? "")」：" + shown(change.old) + " → " + shown(change.new)
        }
    }

    /// `visits.csv：SHA-256 3f2a9c01d4e5… → 8b7e6d5c4b3a…`, or the file read by one result only.
    static func file(_ change: FileChange) -> String {
        switch (change.oldDigest, change.newDigest) {
        case (nil, _): return "\(change.file)：只有新結果讀了此檔"
        case (_, nil): return "\(change.file)：只有舊結果讀了此檔"
        case (let old?, let new?): return "\(change.file)：SHA-256 \(old.prefix(12))… → \(new.prefix(12))…"
        }
    }

    static func shown(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "（空白）" }
        return text
    }

    static func phrase(_ outcomes: [Outcome], _ result: ProgramResult) -> String {
        outcomes.isEmpty ? "無" : OutcomeText.summary(outcomes, titles: result.policyTitles)
    }

    static func cause(_ cause: ResultDiff.Cause) -> String {
        switch cause {
        case .ownData(let columns):
            return "本單位資料變動（" + columns.joined(separator: "、") + "）"
        case .groupData(let units):
            return "本單位資料未變；同組 " + units.joined(separator: "、") + " 的資料變動，組平均隨之改變"
        case .otherUnits(let units):
            return units.isEmpty
                ? "輸入資料相同；因解讀或期間不同"
                : "本單位資料未變；" + units.joined(separator: "、") + " 的資料變動，影響名次或獎項"
        case .inputFiles(let files):
            return files.isEmpty
                ? "兩份結果所讀的資料檔相同；因解讀或期間不同"
                : "僅比較結果；資料檔 " + files.joined(separator: "、") + " 不同（未比對儲存格）"
        case .unknown:
            return "僅比較結果，未比對輸入資料"
        }
    }
}

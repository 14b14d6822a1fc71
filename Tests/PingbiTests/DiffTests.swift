import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// `pingbi diff` between two data folders: the changed cells, the units that moved and why.
@Suite struct DiffTests {
    /// Two copies of kaoping-111's sample; `edit` changes the second's activity.csv.
    func folders(edit: (inout [[String]]) -> Void) throws -> (old: URL, new: URL) {
        let sample = try #require(Catalog.program("kaoping-111")).sampleData
        let old = try temporaryFolder(), new = try temporaryFolder()
        for name in ["offices.csv", "activity.csv"] {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: old.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: sample.appendingPathComponent("offices.csv"), to: new.appendingPathComponent("offices.csv"))
        let text = try String(contentsOf: sample.appendingPathComponent("activity.csv"), encoding: .utf8)
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        edit(&rows)
        try Data(rows.map { $0.joined(separator: ",") }.joined(separator: "\n").utf8)
            .write(to: new.appendingPathComponent("activity.csv"))
        return (old, new)
    }

    /// Adds `amount` to `column` of `office`'s row for `month`.
    func add(_ amount: Int, to column: String, of office: String, in month: String) -> (inout [[String]]) -> Void {
        { rows in
            let position = rows[0].firstIndex(of: column)!
            let index = rows.firstIndex { $0.first == office && $0.count > 1 && $0[1] == month }!
            rows[index][position] = String(Int(rows[index][position])! + amount)
        }
    }

    @Test func aCorrectionThatMovesAnAwardIsTracedToItsCellAndItsGroup() throws {
        let (old, new) = try folders(edit: add(10, to: "活動宣導", of: "屏東縣潮州鎮", in: "111-04"))
        let result = pingbi("diff", old.path, new.path, "kaoping-111")
        #expect(result.status == .success, "\(result.err)")
        #expect(result.out.contains("輸入資料：1 處不同\n  ・activity.csv 第 316 行（屏東縣潮州鎮 111-04）「活動宣導」：1 → 11"))
        #expect(result.out.contains("  ・屏東縣潮州鎮（第二組）\n      獎項：無 → 菁英獎\n      名次：5 → 2\n"))
        #expect(result.out.contains("原因：本單位資料變動（活動宣導）"))
        #expect(result.out.contains("  ・高雄市仁武區（第二組）\n      獎項：菁英獎 → 無\n"))
        #expect(result.out.contains("原因：本單位資料未變；同組 屏東縣潮州鎮 的資料變動，組平均隨之改變"))
        // An office whose values are as they were moved only because 潮州鎮 passed it: its
        // cause names 潮州鎮's data, not a group mean its values did not follow.
        for block in result.out.components(separatedBy: "  ・").dropFirst() where !block.contains("數值：") && block.contains("名次：") {
            #expect(block.contains("原因：本單位資料未變；屏東縣潮州鎮 的資料變動，影響名次或獎項"), "\(block)")
        }
        #expect(result.out.contains("  ・高雄市仁武區（第二組）\n      獎項：菁英獎 → 無\n      名次：3 → 4\n      原因：本單位資料未變；屏東縣潮州鎮 的資料變動，影響名次或獎項\n"))
        // Other groups' offices did not move.
        #expect(!result.out.contains("第一組"))

        let notice = pingbi("diff", old.path, new.path, "kaoping-111", "--announce")
        #expect(notice.out.hasSuffix("獎項異動如下：\n・屏東縣潮州鎮（第二組）：無 → 菁英獎\n・高雄市仁武區（第二組）：菁英獎 → 無\n其餘單位的獎項不變。\n"))
    }

    @Test func identicalFoldersHaveNoDifference() throws {
        let (old, new) = try folders(edit: { _ in })
        let result = pingbi("diff", old.path, new.path, "kaoping-111")
        #expect(result.out.contains("輸入資料：沒有任何儲存格不同。\n結果：每個單位的數值、名次與獎項都相同。"))
    }

    @Test func addedAndRemovedRowsAreNamed() throws {
        let (old, new) = try folders(edit: { rows in
            let index = rows.firstIndex { $0.first == "高雄市林園區" && $0[1] == "111-09" }!
            rows.remove(at: index)
        })
        let cells = InputDiff.changes(
            try #require(Catalog.program("kaoping-111")).inputs[1],
            old: try DataSource(path: old.path).table(Catalog.program("kaoping-111")!.inputs[1]),
            new: try DataSource(path: new.path).table(Catalog.program("kaoping-111")!.inputs[1]))
        #expect(cells.count == 1)
        #expect(cells.first?.key == ["高雄市林園區", "111-09"])
        #expect(cells.first?.newLine == nil)
    }

    /// An office moved to another group changes both groups' means: the offices of the group
    /// it left whose values moved name it as their group's changed data.
    @Test func anOfficeMovedToAnotherGroupMovesBothGroupsMeans() throws {
        let (old, new) = try folders(edit: { _ in })
        let offices = try String(contentsOf: new.appendingPathComponent("offices.csv"), encoding: .utf8)
        try Data(offices.replacingOccurrences(of: "高雄市仁武區,2,", with: "高雄市仁武區,1,").utf8).write(to: new.appendingPathComponent("offices.csv"))
        let result = pingbi("diff", old.path, new.path, "kaoping-111")
        #expect(result.status == .success, "\(result.err)")
        #expect(result.out.contains("offices.csv 第 17 行（高雄市仁武區）「組別」：2 → 1"))
        // The office says it changed group: its ranks are of two groups.
        #expect(result.out.contains("  ・高雄市仁武區（第一組）\n      組別：第二組 → 第一組\n"))
        let json = pingbi("diff", old.path, new.path, "kaoping-111", "--format", "json")
        #expect(json.out.contains("{\"unit\": \"高雄市仁武區\", \"group\": \"1\", \"oldGroup\": \"2\", "))
        let blocks = result.out.components(separatedBy: "  ・").dropFirst()
        let leftBehind = blocks.filter { $0.hasPrefix("屏東縣潮州鎮（第二組）") || $0.hasPrefix("高雄市路竹區（第二組）") }
        #expect(leftBehind.count == 2)
        for block in leftBehind {
            #expect(block.contains("數值："), "\(block)")
            #expect(block.contains("原因：本單位資料未變；同組 高雄市仁武區 的資料變動，組平均隨之改變"), "\(block)")
        }
    }

    /// A folder with bad cells: every problem is listed, as run lists them, each file named in
    /// its folder (both folders hold an activity.csv), and nothing is compared.
    @Test func everyProblemOfABadFolderIsListedInItsFolder() throws {
        let (old, new) = try folders { rows in
            let (promotion, transfer) = (rows[0].firstIndex(of: "活動宣導")!, rows[0].firstIndex(of: "健保櫃檯轉出")!)
            rows[4][promotion] = "12abc"
            rows[10][transfer] = "-3"
        }
        let result = pingbi("diff", old.path, new.path, "kaoping-111")
        #expect(result.status == .dataError)
        #expect(result.err.contains("資料錯誤：共 2 項"))
        #expect(result.err.contains(new.path + "/activity.csv 第 5 行「活動宣導」欄：值「12abc」"))
        #expect(result.err.contains(new.path + "/activity.csv 第 11 行「健保櫃檯轉出」欄：值「-3」"))
        #expect(result.out.isEmpty)
        // With a bad cell in the old folder too, both folders' problems are listed.
        let oldActivity = old.appendingPathComponent("activity.csv")
        let text = try String(contentsOf: oldActivity, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        var cells = lines[2].components(separatedBy: ",")
        cells[2] = "x" + cells[2] + "x"
        lines[2] = cells.joined(separator: ",")
        try Data(lines.joined(separator: "\n").utf8).write(to: oldActivity)
        let both = pingbi("diff", old.path, new.path, "kaoping-111")
        #expect(both.status == .dataError)
        #expect(both.err.contains("資料錯誤：共 3 項"))
        #expect(both.err.contains(old.path + "/activity.csv 第 3 行"))
        #expect(both.err.contains(new.path + "/activity.csv 第 5 行「活動宣導」欄：值「12abc」"))
    }

    @Test func foldersOfDifferentProgramsAreRefused() throws {
        let (old, _) = try folders(edit: { _ in })
        let result = pingbi("diff", old.path, seedFolder.path)
        #expect(result.status == .usage)
        #expect(result.err.contains("兩個資料夾沒有共同的評比程式"))
    }
}

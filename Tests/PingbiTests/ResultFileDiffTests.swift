import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// `pingbi diff OLD.json NEW.json`: two results written by `pingbi run --format json`
/// compared as recorded, traced to the input files whose SHA-256 differ.
@Suite struct ResultFileDiffTests {
    /// A copy of `id`'s sample, with `edit` applied to the text of `file` for the second run:
    /// the two result files and the folders they were computed from.
    func results(
        _ id: String, file: String = "", edit: (String) -> String = { $0 }, old oldArguments: [String] = [], new newArguments: [String] = []
    ) throws -> (old: URL, new: URL, oldData: URL, newData: URL) {
        let program = try #require(Catalog.program(id))
        let folder = try temporaryFolder()
        var outputs: [URL] = []
        for (name, extra, edited) in [("old", oldArguments, false), ("new", newArguments, true)] {
            let data = folder.appendingPathComponent("\(name)-data")
            try FileManager.default.copyItem(at: program.sampleData, to: data)
            if edited && !file.isEmpty {
                let url = data.appendingPathComponent(file)
                try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
                let text = try String(contentsOf: url, encoding: .utf8)
                let changed = edit(text)
                #expect(changed != text)
                try Data(changed.utf8).write(to: url)
            }
            let out = folder.appendingPathComponent(name)
            let run = pingbi(["run", id, "--data", data.path, "--format", "json", "--out", out.path] + extra)
            #expect(run.status == .success, "\(run.err)")
            outputs.append(out.appendingPathComponent("\(id).json"))
        }
        return (outputs[0], outputs[1], folder.appendingPathComponent("old-data"), folder.appendingPathComponent("new-data"))
    }

    /// 臺北市's 訪視後補繳人數 corrected from 1,257 to 1,757.
    let taipeiCorrection = { (text: String) in
        text.replacingOccurrences(of: "臺北市,\"10,800\",\"10,863\",\"8,145\",\"1,257\"", with: "臺北市,\"10,800\",\"10,863\",\"8,145\",\"1,757\"")
    }

    @Test func aCorrectedFileIsNamedAndEveryUnitThatMovedIsListed() throws {
        let (old, new, _, _) = try results("pension-staff-112", file: "visits.csv", edit: taipeiCorrection)
        let diff = pingbi("diff", old.path, new.path)
        #expect(diff.status == .success, "\(diff.err)")
        #expect(diff.out.contains("輸入資料：依兩份結果記錄的 SHA-256，1 個資料檔不同（僅比較結果，未比對儲存格）\n  ・visits.csv：SHA-256 "))
        #expect(diff.out.contains("結果：5 個單位不同\n"))
        #expect(diff.out.contains(
            "  ・臺北市（A 組（直轄市））\n      獎項：無 → 每人最高 3,000 元（合計 36,000 元）\n      名次：5 → 3\n"
                + "      數值：訪視後補繳率(%) 15.43 → 21.57；補繳率排名 3 → 1；積分 3.65 → 3.25\n"
                + "      原因：僅比較結果；資料檔 visits.csv 不同（未比對儲存格）\n"))
        #expect(diff.out.contains("  ・高雄市（A 組（直轄市））\n      獎項：每人最高 4,000 元（合計 56,000 元） → 每人最高 5,000 元（合計 70,000 元）\n      名次：2 → 1\n"))
        // 臺中市 keeps its award; only its score (quoted in the award's reason) moved.
        #expect(diff.out.contains("  ・臺中市（A 組（直轄市））\n      數值：補繳率排名 2 → 3；積分 2.60 → 2.80\n"))
        #expect(!diff.out.contains("B 組"))

        let notice = pingbi("diff", old.path, new.path, "--announce")
        #expect(notice.out == """
            【更正】國民年金督導員及服務員績效評核（112 年版辦理原則附件四）
            依更正後的資料重新計算（更正資料檔 visits.csv），獎項異動如下：
            ・高雄市（A 組（直轄市））：每人最高 4,000 元（合計 56,000 元） → 每人最高 5,000 元（合計 70,000 元）
            ・臺北市（A 組（直轄市））：無 → 每人最高 3,000 元（合計 36,000 元）
            ・臺南市（A 組（直轄市））：無 → 每人最高 3,000 元（合計 30,000 元）
            ・新北市（A 組（直轄市））：每人最高 3,000 元（合計 54,000 元） → 無
            其餘單位的獎項不變。

            """)
    }

    @Test func theSameCorrectionBetweenFoldersNamesTheCell() throws {
        let (_, _, oldData, newData) = try results("pension-staff-112", file: "visits.csv", edit: taipeiCorrection)
        let diff = pingbi("diff", oldData.path, newData.path, "pension-staff-112")
        #expect(diff.out.contains("輸入資料：1 處不同\n  ・visits.csv 第 2 行（臺北市）「訪視後補繳人數」：1,257 → 1,757\n"))
        #expect(diff.out.contains("原因：本單位資料變動（訪視後補繳人數）"))
        // Regression: an award whose reason quotes a changed score is not an award change.
        #expect(!pingbi("diff", oldData.path, newData.path, "pension-staff-112", "--announce").out.contains("臺中市"))
        let json = pingbi("diff", oldData.path, newData.path, "pension-staff-112", "--format", "json").out
        #expect(json.contains("\"basis\": \"cells\",\n  \"inputs\": [\n    {\"file\": \"visits.csv\", \"key\": [\"臺北市\"], \"old_line\": 2, \"new_line\": 2, \"column\": \"訪視後補繳人數\", \"old\": \"1,257\", \"new\": \"1,757\"}\n  ],\n  \"files\": [],"))
        #expect(json.contains("\"cause\": {\"kind\": \"own-data\", \"columns\": [\"訪視後補繳人數\"]}"))
    }

    @Test func theDifferencesAsJSON() throws {
        let (old, new, _, _) = try results("pension-staff-112", file: "visits.csv", edit: taipeiCorrection)
        let diff = pingbi("diff", old.path, new.path, "--format", "json")
        #expect(diff.status == .success, "\(diff.err)")
        #expect(diff.out.hasPrefix("{\n  \"program\": \"pension-staff-112\",\n"))
        #expect(diff.out.contains("\"basis\": \"sha256\",\n  \"inputs\": [],\n  \"files\": [\n    {\"file\": \"visits.csv\", \"old_sha256\": \""))
        #expect(diff.out.contains(
            "{\"unit\": \"臺北市\", \"group\": \"A\", \"values\": {\"paid\": {\"old\": 15.43, \"new\": 21.57}, \"r_paid\": {\"old\": 3, \"new\": 1}, \"score\": {\"old\": 3.65, \"new\": 3.25}}, \"rank\": {\"old\": 5, \"new\": 3}, \"outcomes\": {\"old\": [], \"new\": [{\"policy\": \"staff-award\", \"unit\": \"臺北市\", \"label\": \"每人最高 3,000 元\", \"label_kind\": \"level\", \"amount\": 36000, \"per_person\": 3000}]}, \"cause\": {\"kind\": \"input-files\", \"files\": [\"visits.csv\"]}}"))
        #expect(pingbi("diff", old.path, new.path, "--format", "json", "--announce").status == .usage)
    }

    @Test func otherReadingsOnTheSameDataAreNamed() throws {
        let (old, new, _, _) = try results("pension-county-112", new: ["--reading", "rank-method=dense"])
        let diff = pingbi("diff", old.path, new.path)
        #expect(diff.status == .success, "\(diff.err)")
        #expect(diff.out.contains(
            "解讀：rank-method（名次排列）competition（同分者占用名次（1、1、3）） → dense（同分者不占用名次（1、1、2））\n"
                + "輸入資料：兩份結果所讀的資料檔相同（SHA-256 相同）。\n"))
        #expect(diff.out.contains("原因：兩份結果所讀的資料檔相同；因解讀或期間不同"))
    }

    @Test func theJuneRoundAgainstOctoberIsCompared() throws {
        let (old, new, _, _) = try results("kaoping-111", old: ["--period", "111-02..111-05"])
        let diff = pingbi("diff", old.path, new.path, "kaoping-111")
        #expect(diff.status == .success, "\(diff.err)")
        #expect(diff.out.contains("期間：111-02..111-05 → 111-02..111-09\n"))
    }

    @Test func resultsWithoutProvenanceAreComparedAsResults() throws {
        let (old, new, _, _) = try results("pension-staff-112", file: "visits.csv", edit: taipeiCorrection)
        for url in [old, new] {
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data((text.components(separatedBy: ",\n  \"provenance\"")[0] + "\n}\n").utf8).write(to: url)
        }
        let diff = pingbi("diff", old.path, new.path)
        #expect(diff.status == .success, "\(diff.err)")
        #expect(diff.out.contains("輸入資料：結果未記錄資料檔的 SHA-256，僅比較結果。\n"))
        #expect(diff.out.contains("原因：僅比較結果，未比對輸入資料"))
    }

    @Test func resultsOfDifferentProgramsAreRefused() throws {
        let (county, _, _, _) = try results("pension-county-112")
        let (staff, _, _, _) = try results("pension-staff-112")
        let diff = pingbi("diff", county.path, staff.path)
        #expect(diff.status == .usage)
        #expect(diff.err == "pingbi：兩個結果檔沒有共同的評比程式：\(county.path) 為 pension-county-112；\(staff.path) 為 pension-staff-112，無法比較\n")
    }

    @Test func resultsOfDifferentPeriodsAreRefused() throws {
        let (old, new, _, _) = try results("kaoping-111", old: ["--period", "111-03..111-09"])
        let diff = pingbi("diff", old.path, new.path)
        #expect(diff.status == .usage)
        #expect(diff.err == "pingbi：kaoping-111 兩個結果檔的期間不同：\(old.path) 為 111-03..111-09，\(new.path) 為 111-02..111-09，不是同一期的結果，無法比較\n")
    }

    @Test func aFolderAndAResultFileAreRefused() throws {
        let (old, _, oldData, _) = try results("pension-county-112")
        let diff = pingbi("diff", oldData.path, old.path)
        #expect(diff.status == .usage)
        #expect(diff.err.contains("無法比較資料夾與結果檔：\(oldData.path) 不是結果檔，\(old.path) 是結果檔"))
        #expect(pingbi("diff", old.path, oldData.path).status == .usage)
        #expect(pingbi("diff", old.path, old.path, "--reading", "rank-method=dense").status == .usage)
    }

    @Test func filesOfEveryProgramAreComparedProgramByProgram() throws {
        let folder = try temporaryFolder()
        let all = pingbi("run", "--format", "json")
        #expect(all.status == .success)
        let old = folder.appendingPathComponent("全部.json"), new = folder.appendingPathComponent("全部-更正.json")
        try Data(all.out.utf8).write(to: old)
        try Data(all.out.utf8).write(to: new)
        let diff = pingbi("diff", old.path, new.path)
        #expect(diff.status == .success, "\(diff.err)")
        #expect(diff.out.components(separatedBy: "輸入資料：兩份結果所讀的資料檔相同（SHA-256 相同）。\n結果：每個單位的數值、名次與獎項都相同。\n").count == Catalog.programs.count + 1)
        let one = pingbi("diff", old.path, new.path, "indigenous-112")
        #expect(one.out.hasPrefix("═══ 前後比較：") && one.out.contains("（indigenous-112）═══\n"))
        #expect(one.out.components(separatedBy: "═══ 前後比較").count == 2)
    }

    @Test func controlCharactersInAResultFileAreShownVisibly() throws {
        let (old, new, _, _) = try results("pension-county-112")
        let text = try String(contentsOf: new, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"unit\": \"臺南市\"", with: "\"unit\": \"臺南市\\u001b[2J\"").utf8).write(to: new)
        for arguments in [[old.path, new.path], [old.path, new.path, "--announce"]] {
            let diff = pingbi(["diff"] + arguments)
            #expect(diff.status == .success, "\(diff.err)")
            #expect(diff.out.contains("臺南市␛[2J"))
            #expect(!diff.out.contains("\u{1B}"))
        }
    }

    @Test func aFileThatIsNotAResultIsADataError() throws {
        let (old, _, _, _) = try results("pension-county-112")
        let bad = try temporaryFolder().appendingPathComponent("其他.json")
        try Data("{\"units\": []}".utf8).write(to: bad)
        let diff = pingbi("diff", old.path, bad.path)
        #expect(diff.status == .dataError)
        #expect(diff.err.hasPrefix("資料錯誤：\(bad.path)：不是 pingbi run --format json 寫出的結果（JSON）"))
    }
}

import Foundation
import PingbiCommandLine
import PingbiCore
import ProgramCatalog
import Testing

@Suite struct CommandLineTests {
    @Test func noArgumentsRunsEveryProgramOnItsSample() {
        let result = pingbi()
        #expect(result.status == .success)
        for program in Catalog.programs {
            #expect(result.out.contains("（\(program.id)）"), "missing \(program.id)")
        }
        #expect(result.out.contains("臺南市"))
    }

    @Test func jsonFollowsTheResultsContract() throws {
        let result = pingbi("run", "pension-county-112", "--format", "json", "--reading", "cut-ties=refer")
        #expect(result.status == .success)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(object["program"] as? String == "pension-county-112")
        #expect((object["readings"] as? [String: String])?["cut-ties"] == "refer")
        let units = try #require(object["units"] as? [[String: Any]])
        let tainan = try #require(units.first { $0["unit"] as? String == "臺南市" })
        #expect(tainan["rank"] as? Int == 1)
        #expect((tainan["values"] as? [String: Any])?.keys.sorted() == ["base", "change", "rate"])
        // Numbers are written from the exact decimal.
        #expect(result.out.contains("\"change\": -0.07}"))
        let outcomes = try #require(object["outcomes"] as? [[String: Any]])
        #expect(outcomes.contains { $0["policy"] as? String == "tied-at-cut" && $0["unit"] as? String == "苗栗縣" })
    }

    @Test func runsOnTheSeedTable() {
        let result = pingbi("run", "--data", seedFolder.path, "--format", "json")
        #expect(result.status == .success)
        #expect(result.out.contains("\"program\": \"pension-county-112\""))
        #expect(result.out.contains("\"policy\": \"county-award\", \"unit\": \"臺東縣\""))
    }

    @Test func aTypoInOneCellIsExit65NamingTheCellAndWritesNothing() throws {
        let folder = try temporaryFolder()
        let text = try countySampleText().replacingOccurrences(of: "\"57,811\"", with: "\"57,8l1\"")
        try Data(text.utf8).write(to: folder.appendingPathComponent("county-rates.csv"))
        let out = folder.appendingPathComponent("out")
        let result = pingbi("run", "pension-county-112", "--data", folder.path, "--out", out.path, "--format", "json")
        #expect(result.status == .dataError)
        #expect(result.err.contains("county-rates.csv 第 3 行「本期平均每月應繳人數」欄：值「57,8l1」"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func big5FileSavedByExcelGivesTheSameResult() throws {
        let folder = try temporaryFolder()
        let text = try countySampleText()
        let big5 = try cp950(text)
        #expect(big5.count < text.utf8.count)
        try big5.write(to: folder.appendingPathComponent("county-rates.csv"))
        let fromBig5 = pingbi("run", "pension-county-112", "--data", folder.path, "--format", "json")
        let fromSample = pingbi("run", "pension-county-112", "--format", "json")
        #expect(fromBig5.status == .success)
        // Everything but the provenance is the same; the provenance names the Big5 bytes read.
        let results = [fromBig5.out, fromSample.out].map(withoutProvenance)
        #expect(results[0].replacingOccurrences(of: "\"county-rates.csv", with: "\"範例資料/county-rates.csv") == results[1])
        #expect(fromBig5.out.contains("\"sha256\": \"\(SHA256.hexDigest([UInt8](big5)))\", \"bytes\": \(big5.count)"))
    }

    @Test func outWritesOneFilePerProgramAndNoTemporaryFiles() throws {
        let out = try temporaryFolder()
        let result = pingbi("run", "--format", "json", "--out", out.path)
        #expect(result.status == .success)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == Catalog.programs.map { "\($0.id).json" }.sorted())
        let json = try String(contentsOf: out.appendingPathComponent("pension-county-112.json"), encoding: .utf8)
        #expect(json.contains("\"unit\": \"連江縣\""))
    }

    @Test func templateWritesHeadersWithBOM() throws {
        let out = try temporaryFolder()
        #expect(pingbi("template", "pension-county-112", "--out", out.path).status == .success)
        let bytes = try Data(contentsOf: out.appendingPathComponent("county-rates.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("地區,本期平均每月應繳人數,本期平均每月已繳人數,本期收繳率,"))
        #expect(text.hasSuffix("\r\n"))
    }

    @Test func validateChecksOnly() throws {
        #expect(pingbi("validate", "pension-county-112").status == .usage)
        let folder = try temporaryFolder()
        try Data(try countySampleText().utf8).write(to: folder.appendingPathComponent("county-rates.csv"))
        let ok = pingbi("validate", "pension-county-112", "--data", folder.path)
        #expect(ok.status == .success)
        #expect(ok.out.contains("資料檢查通過"))
        try Data(try countySampleText().replacingOccurrences(of: "68.70%", with: "168.70%").utf8)
            .write(to: folder.appendingPathComponent("county-rates.csv"))
        let bad = pingbi("validate", "pension-county-112", "--data", folder.path)
        #expect(bad.status == .dataError)
        #expect(bad.err.contains("第 2 行「本期收繳率」欄：值「168.70%」"))
    }

    @Test func explainShowsTheChainForOneUnit() {
        let result = pingbi("explain", "pension-county-112", "--unit", "台南市")
        #expect(result.status == .success)
        #expect(result.out.contains("單位：臺南市"))
        #expect(result.out.contains("代入：57.7 − 57.77 = -0.07"))
        #expect(result.out.contains("特優"))
        let unknown = pingbi("explain", "pension-county-112", "--unit", "火星市")
        #expect(unknown.status == .usage)
    }

    @Test(arguments: [
        ["run", "--reading", "rank-method=alphabetical"], ["run", "--reading", "no-such=1"], ["run", "--format", "pdf"],
        ["frobnicate"], ["run", "no-such-program"], ["run", "--period", "111-13"], ["run", "--bogus"], ["explain", "pension-county-112"],
        ["template", "pension-county-112"], ["run", "--data", "/no/such/folder"],
    ])
    func badUsageIsExit64(arguments: [String]) {
        let captured = Captured()
        let status = Pingbi(programs: Catalog.programs, console: captured.console).main(arguments)
        #expect(status == .usage)
        #expect(!captured.err.isEmpty)
    }

    @Test func helpAndVersion() {
        #expect(pingbi("--version").out == "pingbi \(Pingbi.version)\n")
        // Every command's name whole in the overview, its summary after it.
        let overview = pingbi("--help").out
        #expect(overview.contains("\n  sensitivity  判讀敏感度"))
        #expect(overview.contains("\n  run          計算評比"))
        let help = pingbi("run", "--help")
        #expect(help.status == .success)
        #expect(help.out.contains("--reading NAME=VALUE"))
        #expect(pingbi("list").out.contains("pension-county-112"))
        #expect(pingbi("readings", "pension-county-112").out.contains("last-five"))
    }
}

/// The text encoded as CP950 with iconv (Foundation on Linux has no Big5 encoder).
func cp950(_ text: String) throws -> Data {
    let folder = try temporaryFolder()
    let source = folder.appendingPathComponent("in.csv")
    try Data(text.utf8).write(to: source)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", "CP950", source.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
}

@Suite struct ExplainExcludedTests {
    @Test func aNomineeExcludedAtPreliminaryReviewIsExplainedByItsOutcome() {
        let result = pingbi("explain", "pension-exemplary-112", "--unit", "範例吳雅婷")
        #expect(result.status == .success)
        #expect(result.out.contains("此單位未列入計分"))
        #expect(result.out.contains("非現任"))
    }
}

/// `explain` of a nominee excluded at 初審 finds the name as written (issue 11: a person's
/// name is never altered).
@Test func explainFindsAnExcludedNomineeByTheNameAsWritten() throws {
    let folder = try temporaryFolder()
    let sample = try #require(Catalog.program("pension-exemplary-112")).sampleData
    let text = try String(contentsOf: sample.appendingPathComponent("nominations.csv"), encoding: .utf8)
        .replacingOccurrences(of: "範例吳雅婷", with: "範例吳台婷")
    try Data(text.utf8).write(to: folder.appendingPathComponent("nominations.csv"))
    let result = pingbi("explain", "pension-exemplary-112", "--unit", "範例吳台婷", "--data", folder.path)
    #expect(result.status == .success, "\(result.err)")
    #expect(result.out.contains("單位：範例吳台婷\n"))
    #expect(result.out.contains("非現任人員"))
}

/// `gap` names a unit not in the data as a usage error with the names that come close.
@Test func gapForAnUnknownUnitIsAUsageErrorWithSuggestions() {
    let result = pingbi("gap", "pension-staff-112", "--unit", "宜蘭")
    #expect(result.status == .usage)
    #expect(result.err.contains("pension-staff-112 沒有單位「宜蘭」。是否指：宜蘭縣？"))
}

/// A 行動服務貢獻獎 winner that a step would give 菁英獎 (and so take 行動服務貢獻獎 from: a
/// 菁英獎 winner is left out of it) is told why it would lose the award it holds.
@Test func aStepThatWinsAnotherAwardSaysSo() {
    let result = pingbi("gap", "kaoping-111", "--unit", "屏東縣屏東市")
    #expect(result.status == .success)
    #expect(result.out.contains("菁英獎：目前未獲得。單獨改變一項件數即可獲得的最小幅度：\n  ・活動宣導 再增加 2 件（合計 6 → 8）\n"))
    #expect(result.out.contains("行動服務貢獻獎：目前獲得。單獨改變一項件數就會失去的最小幅度：\n  ・活動宣導 再增加 2 件（合計 6 → 8）（此時改獲菁英獎）\n"))
}

/// A name one character off, whole or as the end of a name, is suggested too: 潮洲 for 潮州,
/// 風山區 for 鳳山區 (and the other names one character off it).
@Test func aUnitNameOneCharacterOffIsSuggested() {
    let whole = pingbi("gap", "kaoping-111", "--unit", "屏東縣潮洲鎮")
    #expect(whole.status == .usage)
    #expect(whole.err.contains("kaoping-111 沒有單位「屏東縣潮洲鎮」。是否指：屏東縣潮州鎮？"))
    let end = pingbi("explain", "kaoping-111", "--unit", "風山區")
    #expect(end.status == .usage)
    // Every name one character off is named: 鳳山區, and 鼓山區, 岡山區 and 旗山區 as well.
    #expect(end.err.contains("是否指：高雄市鳳山區、高雄市鼓山區、高雄市岡山區、高雄市旗山區？"))
    // A character left out of the end: 那瑪區 for 高雄市那瑪夏區.
    #expect(pingbi("gap", "kaoping-111", "--unit", "那瑪區").err.contains("是否指：高雄市那瑪夏區？"))
    // Two characters off is not suggested.
    #expect(pingbi("gap", "kaoping-111", "--unit", "屏東縣潮洲市").err.contains("請用 pingbi run kaoping-111 --all 查看所有單位。"))
}

/// `gap` on the staff sample: a county outside the award is told what it would take, in words.
@Test func gapOnTheStaffSampleSpeaksChinese() {
    let result = pingbi("gap", "pension-staff-112", "--unit", "宜蘭縣")
    #expect(result.status == .success)
    #expect(result.out.contains("宜蘭縣（B 組（縣(市)），第 16 名）\n督導員及服務員績效獎勵：目前未獲得。"))
    // Grouped, but ranked by a sum of ranks: no group mean is computed again.
    #expect(result.out.contains("（每次只改變一項件數或人數，其他單位的資料不變；上限、同分與比序都依程式重新計算。）"))
}

/// A program whose counts are all of people says 人數, not 件數; without groups, no 組平均.
@Test func gapOnTheCountySampleSpeaksOfPeople() {
    let result = pingbi("gap", "pension-county-112", "--unit", "屏東縣")
    #expect(result.status == .success)
    #expect(result.out.contains("單獨改變任何一項人數都無法獲得。"))
    #expect(result.out.contains("（每次只改變一項人數，其他單位的資料不變；上限、同分與比序都依程式重新計算。）"))
    #expect(!result.out.contains("件數"))
}

/// `rules` prints every registered program's rules; `--compare` with itself has no row.
@Test(arguments: Catalog.programs.map(\.id))
func rulesPrintsEveryProgramsDocument(_ id: String) throws {
    let program = try #require(Catalog.program(id))
    let result = pingbi("rules", id)
    #expect(result.status == .success)
    #expect(result.out.hasPrefix("═══ 評比規定：\(program.title)（\(id)）═══\n"))
    for policy in program.policies { #expect(result.out.contains(policy.clause)) }
    let same = pingbi("rules", id, "--compare", id)
    #expect(same.out.hasSuffix("兩版規定相同，沒有修正。\n"))
    let csv = pingbi("rules", id, "--compare", id, "--format", "csv")
    #expect(csv.out == "\u{FEFF}修正規定,現行規定,說明\r\n")
}

/// Two different programs compared give a row for each differing rule, as CSV for Word.
@Test func rulesCompareWritesTheAmendmentTableAsCSV() {
    let result = pingbi("rules", "pension-staff-112", "--compare", "pension-county-112", "--format", "csv")
    #expect(result.status == .success)
    #expect(result.out.hasPrefix("\u{FEFF}修正規定,現行規定,說明\r\n\"【計畫】名稱\n國民年金督導員及服務員績效評核"))
    #expect(pingbi("rules", "kaoping-111", "--compare", "kaoping-999").status == .usage)
}

/// `template` lists the roster ready to fill: 77 offices × 8 months for kaoping-111, the 22
/// counties for pension, and no made-up nominees.
@Test func templateListsTheRosterReadyToFill() throws {
    let folder = try temporaryFolder()
    #expect(pingbi("template", "kaoping-111", "--out", folder.path).status == .success)
    let activity = try String(contentsOf: folder.appendingPathComponent("activity.csv"), encoding: .utf8)
    let lines = activity.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 1 + 77 * 8)
    #expect(lines[1] == "高雄市楠梓區,111-02" + String(repeating: ",", count: 20))
    let nominees = try temporaryFolder()
    #expect(pingbi("template", "pension-exemplary-112", "--out", nominees.path).status == .success)
    let nominations = try String(contentsOf: nominees.appendingPathComponent("nominations.csv"), encoding: .utf8)
    #expect(nominations.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1)
}

/// `template --format xlsx` writes one workbook that `--data` reads back: a sheet per input
/// with the roster, and the column notes.
@Test func templateWorkbookReadsBackAsInput() throws {
    let folder = try temporaryFolder()
    let result = pingbi("template", "pension-county-112", "--out", folder.path, "--format", "xlsx")
    #expect(result.status == .success)
    #expect(result.out.hasPrefix("已寫出 \(folder.path)/pension-county-112-輸入範本.xlsx"))
    let program = try #require(Catalog.program("pension-county-112"))
    let table = try DataSource(path: folder.path).table(program.inputs[0])
    #expect(table.rows.count == 23)
    #expect(table.rows.first?.text("地區") == "臺北市")
    #expect(table.rows.first?.text("本期收繳率") == "")
    // Filled in, it would be read; empty, the run names the first empty cell.
    let run = pingbi("run", "pension-county-112", "--data", folder.path)
    #expect(run.status == .dataError)
    #expect(run.err.contains("工作表「county-rates」儲存格"))
}

/// `gap` changes counts in an .xlsx input too: the changed data replaces the workbook's sheet.
@Test func gapWorksOnAWorkbookInput() throws {
    let sample = try #require(Catalog.program("pension-staff-112")).sampleData
    let files = ["county-rates.csv", "visits.csv"]
    let workbooks = try XLSXFixtures.folderOfWorkbooks(from: sample, files: files)
    let fromXLSX = pingbi("gap", "pension-staff-112", "--unit", "臺中市", "--data", workbooks.path)
    let fromCSV = pingbi("gap", "pension-staff-112", "--unit", "臺中市", "--data", sample.path)
    #expect(fromXLSX.status == .success, "\(fromXLSX.err)")
    #expect(fromXLSX.out == fromCSV.out)
    #expect(fromCSV.out.contains("目前"))
}

import Foundation
import PingbiCommandLine
import PingbiCore
import ProgramCatalog
import Testing

/// `validate` and `run` list every problem of every input file at once (issue 12, item 3).
@Suite struct ValidationListTests {
    /// The national-pension sample files in a new folder, each changed by `edits` (file name →
    /// replacements of unique texts).
    func pensionFolder(_ edits: [String: [(String, String)]]) throws -> URL {
        let sample = try #require(Catalog.program("pension-staff-112")).sampleData
        let folder = try temporaryFolder()
        for name in ["county-rates.csv", "visits.csv", "nominations.csv"] {
            var text = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
            for (old, new) in edits[name] ?? [] {
                #expect(text.components(separatedBy: old).count == 2, "\(old) is not unique in \(name)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static let rate = CellExpectation.rate.description
    static let count = CellExpectation.count.description

    @Test func threeMistakesInOneFileAreAllListedInOrderAndNothingIsWritten() throws {
        // Written bottom-up and right-to-left: listed by line, then column.
        let folder = try pensionFolder(["county-rates.csv": [("61.59%", "161.59%"), ("\"57,811\"", "\"57,8l1\""), ("68.93%", "6893%%")]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let expected = """
            資料錯誤：共 3 項
            county-rates.csv 第 2 行「前期收繳率」欄：值「6893%%」，應為\(Self.rate)
            county-rates.csv 第 3 行「本期平均每月應繳人數」欄：值「57,8l1」，應為\(Self.count)
            county-rates.csv 第 5 行「本期收繳率」欄：值「161.59%」，應為\(Self.rate)
            未寫出任何檔案。

            """
        let run = pingbi("run", "pension-county-112", "--data", folder.path, "--format", "json", "--out", out.path)
        #expect(run.status == .dataError)
        #expect(run.err == expected)
        #expect(run.out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        let validate = pingbi("validate", "pension-county-112", "--data", folder.path)
        #expect(validate.status == .dataError)
        #expect(validate.err == expected)
    }

    @Test func twoBadFilesAreListedFileByFile() throws {
        let folder = try pensionFolder([
            "visits.csv": [("臺北市,\"10,800\",\"10,863\",\"8,145\",\"1,257\",,2,", "臺北市,\"10,800\",\"10,863\",\"8,145\",\"1,257\",,兩,"),
                           ("\n桃園市,", "\n台北市,")],
            "county-rates.csv": [("-0.40%", "負0.40%")],
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = pingbi("validate", "--data", folder.path)
        #expect(result.status == .dataError)
        #expect(result.out.isEmpty)
        let lines = result.err.split(separator: "\n").map(String.init)
        // Every registered program without its files is skipped: these two, and any program added later.
        let skipped = Array(lines.prefix { $0.hasPrefix("略過 ") })
        #expect(skipped.count == Catalog.programs.count - 3)  // the three pension programs have their files
        #expect(Array(skipped.prefix(2)) == [
            "略過 kaoping-111：資料夾中沒有 offices.csv、activity.csv",
            "略過 indigenous-112：資料夾中沒有 indigenous-rates.csv",
        ])
        #expect(Array(lines.dropFirst(skipped.count)) == [
            "資料錯誤：共 3 項",
            "county-rates.csv 第 5 行「收繳率比較」欄：值「負0.40%」，應為\(CellExpectation.percentDifference.description)",
            "visits.csv 第 2 行「督導員人數」欄：值「兩」，應為\(Self.count)",
            "visits.csv 第 4 行「縣市」欄：值「臺北市」，應為不重複的名稱（第 2 行已有「臺北市」）",
            "未寫出任何檔案。",
        ])
    }

    @Test func moreThanFiftyProblemsAreCutAndCounted() throws {
        // Every one of the 22 visits rows gets three bad counts: 66 problems.
        let sample = try #require(Catalog.program("pension-staff-112")).sampleData
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: sample.appendingPathComponent("county-rates.csv"), to: folder.appendingPathComponent("county-rates.csv"))
        var records = try CSV.parse(String(contentsOf: sample.appendingPathComponent("visits.csv"), encoding: .utf8), file: "visits.csv").map(\.fields)
        for row in records.indices.dropFirst() {
            for column in 6...8 { records[row][column] = "x\(row)" }
        }
        let text = records.map { $0.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("visits.csv"))
        let result = pingbi("run", "pension-staff-112", "--data", folder.path)
        #expect(result.status == .dataError)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.first == "資料錯誤：共 66 項")
        #expect(lines.count == 1 + 50 + 2)
        #expect(lines[1] == "visits.csv 第 2 行「督導員人數」欄：值「x1」，應為\(Self.count)")
        #expect(lines[2].hasPrefix("visits.csv 第 2 行「服務員人數」欄：值「x1」"))
        #expect(lines[3].hasPrefix("visits.csv 第 2 行「宣導場次」欄：值「x1」"))
        #expect(lines[49] == "visits.csv 第 18 行「督導員人數」欄：值「x17」，應為\(Self.count)")
        #expect(lines[51] == "另有 16 項錯誤未列出")
        #expect(lines[52] == "未寫出任何檔案。")
    }

    @Test(arguments: [["explain", "--unit", "臺南市"], ["announce"], ["sensitivity"], ["gap", "--unit", "臺南市"]])
    func everyCommandThatReadsTheDataListsItsProblems(_ words: [String]) throws {
        let folder = try pensionFolder(["county-rates.csv": [("61.59%", "161.59%"), ("\"57,811\"", "\"57,8l1\"")]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = pingbi([words[0], "pension-county-112", "--data", folder.path] + words.dropFirst())
        #expect(result.status == .dataError)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("資料錯誤：共 2 項\ncounty-rates.csv 第 3 行"))
    }

    @Test func aDatedSnapshotIsCheckedWithTheCurrentTable() throws {
        let sample = try #require(Catalog.program("indigenous-112")).sampleData
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path) where name.hasSuffix(".csv") {
            var text = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
            var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
            if name == "indigenous-rates-111-05.csv" || name == "indigenous-rates.csv" {
                var fields = lines[3].components(separatedBy: ",")
                fields[fields.count - 1] = "x"
                lines[3] = fields.joined(separator: ",")
            }
            text = lines.joined(separator: "\n")
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        let result = pingbi("validate", "indigenous-112", "--data", folder.path)
        #expect(result.status == .dataError)
        let lines = result.err.split(separator: "\n").map(String.init)
        try #require(lines.count == 4, "\(result.err)")
        #expect(lines[0] == "資料錯誤：共 2 項")
        #expect(lines[1].hasPrefix("indigenous-rates-111-05.csv 第 4 行「收繳率比較」欄：值「x」"))
        #expect(lines[2].hasPrefix("indigenous-rates.csv 第 4 行「收繳率比較」欄：值「x」"))
    }

    @Test func withoutTheCurrentTableTheSnapshotsAreCheckedAndTheProgramSaysWhatIsMissing() throws {
        let sample = try #require(Catalog.program("indigenous-112")).sampleData
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: sample.appendingPathComponent("indigenous-rates-111-09.csv"), to: folder.appendingPathComponent("indigenous-rates-111-09.csv"))
        let result = pingbi("validate", "indigenous-112", "--data", folder.path)
        #expect(result.status == .dataError)
        #expect(result.err.hasPrefix("資料錯誤：indigenous-rates.csv：找不到本期資料檔 indigenous-rates.csv（找到的歷次快照 indigenous-rates-111-09.csv"))
    }

    @Test func oneProblemReadsAsBefore() throws {
        let folder = try pensionFolder(["county-rates.csv": [("61.59%", "161.59%")]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = pingbi("run", "pension-county-112", "--data", folder.path)
        #expect(result.status == .dataError)
        #expect(result.err == "資料錯誤：county-rates.csv 第 5 行「本期收繳率」欄：值「161.59%」，應為\(Self.rate)\n未寫出任何檔案。\n")
    }

    @Test func aRepeatedRowReadsAsTheProgramSaysIt() throws {
        let folder = try pensionFolder(["county-rates.csv": [("新竹市,\"57,811\"", "臺北市,\"57,811\"")]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = try #require(Catalog.program("pension-county-112"))
        var thrown: DataError?
        do { _ = try program.evaluate(EvaluationContext(data: DataSource(path: folder.path))) } catch let error as DataError { thrown = error }
        let error = try #require(thrown)
        #expect(error.expected == "不重複的地區（第 2 行已有「臺北市」）")
        let result = pingbi("validate", "pension-county-112", "--data", folder.path)
        #expect(result.err == "資料錯誤：\(error)\n未寫出任何檔案。\n")
    }

    @Test func aProblemOnlyTheProgramSeesIsReportedAsBeforeOnceTheCellsAreGood() throws {
        // 收繳率比較 that does not equal 本期 − 前期: every cell is well formed.
        let folder = try pensionFolder(["county-rates.csv": [("-0.40%", "-0.41%")]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = pingbi("validate", "pension-county-112", "--data", folder.path)
        #expect(result.status == .dataError)
        #expect(result.err == "資料錯誤：county-rates.csv 第 5 行「收繳率比較」欄：值「-0.41%」，應為本期收繳率 − 前期收繳率 = 61.59 − 61.99 = -0.4\n未寫出任何檔案。\n")
    }

    @Test func validateOnGoodDataPrintsWhatItAlwaysHas() throws {
        let folder = try pensionFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = pingbi("validate", "pension-county-112", "pension-staff-112", "pension-exemplary-112", "--data", folder.path)
        #expect(result.status == .success)
        #expect(result.err.isEmpty)
        let checked = result.out.split(separator: "\n").filter { !$0.hasPrefix("  ⚠") }
        #expect(checked == [
            "✓ pension-county-112：資料檢查通過（county-rates.csv）",
            "✓ pension-staff-112：資料檢查通過（county-rates.csv、visits.csv）",
            "✓ pension-exemplary-112：資料檢查通過（nominations.csv）",
        ])
    }

    @Test func theSamplesAndTheSeedTablesHaveNoProblem() throws {
        for program in Catalog.programs {
            let source = DataSource(directory: program.sampleData, label: "")
            #expect(InputValidation.check(program.inputFiles(EvaluationContext(data: source))) == nil, "\(program.id)")
        }
        let seed = DataSource(path: seedFolder.path)
        let inputs = Catalog.programs.flatMap(\.inputs).filter { seed.exists($0.fileName) }
        #expect(inputs.count >= 3)
        #expect(InputValidation.check(inputs.map { InputFile($0, in: seed) }) == nil)
    }

    /// Random damage to the samples (the fuzz target's mutations): whatever the validator
    /// refuses, the program refuses too — it never rejects data a program would accept.
    @Test(arguments: Catalog.programs.map(\.id))
    func theValidatorNeverRefusesWhatTheProgramAccepts(_ id: String) throws {
        let program = try #require(Catalog.program(id))
        let base = try SampleCopy(program)
        let folder = try base.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = program.inputFiles(EvaluationContext(data: DataSource(path: folder.path))).map(\.fileName)
        let originals = try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        var generator = SplitMix64(seed: 0x5A11_0003 &+ UInt64(id.utf8.count))
        var refused = 0
        for _ in 0..<(id == "kaoping-111" ? 60 : 150) {
            let index = Int.random(in: 0..<names.count, using: &generator)
            let url = folder.appendingPathComponent(names[index])
            let mutated = FuzzTests.mutate(originals[index], allowed: FuzzTests.Mutation.allCases, using: &generator)
            try Data(mutated).write(to: url)
            defer { try? Data(originals[index]).write(to: url) }
            let source = DataSource(path: folder.path)
            guard let problems = InputValidation.check(program.inputFiles(EvaluationContext(data: source))) else { continue }
            refused += 1
            #expect(throws: DataError.self, "\(id): \(problems.errors[0])") { try program.evaluate(EvaluationContext(data: source)) }
        }
        #expect(refused > 0)
    }
}

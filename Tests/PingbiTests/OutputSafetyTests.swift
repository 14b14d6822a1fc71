import Foundation
import PingbiCommandLine
import PingbiReports
import ProgramCatalog
import Testing

/// Outputs never destroy or half-write anything: `template` keeps a user's input, a failed
/// write ends with 73/74 and a Chinese message, `--out` is all or nothing, and usage mistakes
/// are usage errors (issue 11, "Crashes and lost data").
@Suite struct OutputSafetyTests {
    @Test func templateNeverOverwritesAFilledInInput() throws {
        // Before: activity.csv (42 KB of a user's counts) became a 367-byte header, exit 0.
        let folder = try temporaryFolder()
        let activity = folder.appendingPathComponent("activity.csv")
        try "公所,月份\n高雄市三民區,111-02\n".write(to: activity, atomically: true, encoding: .utf8)
        let run = pingbi("template", "kaoping-111", "--out", folder.path)
        #expect(run.status == .cannotCreate)
        #expect(run.status.rawValue == 73)
        #expect(run.err.contains("不覆寫既有的檔案"))
        #expect(run.err.contains("已有 activity.csv"))
        #expect(try String(contentsOf: activity, encoding: .utf8) == "公所,月份\n高雄市三民區,111-02\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["activity.csv"])
        #expect(run.out == "")
    }

    @Test func aFailingConsoleEndsWith74AndAChineseMessage() {
        let captured = Captured()
        let console = Console(
            out: { _ throws(WriteError) in throw WriteError("無法寫出輸出：磁碟空間已滿", status: .ioError) },
            err: captured.console.err)
        let status = Pingbi(programs: Catalog.programs, console: console).main(["pension-county-112"])
        #expect(status == .ioError)
        #expect(status.rawValue == 74)
        #expect(captured.err == "pingbi：無法寫出輸出：磁碟空間已滿\n")
    }

    @Test func writingToDevFullExits74WithoutATrap() throws {
        // Before: `try!` in FileHandle.write trapped (signal 4, a backtrace).
        let run = try subprocess(["pension-county-112"], stdout: "/dev/full")
        #expect(run.status == 74)
        #expect(run.err == "pingbi：無法寫出輸出：磁碟空間已滿\n")
    }

    @Test func outIsAllOrNothingUnderAFileSizeLimit() throws {
        // Before: the small files were replaced, the large one failed, and a hidden .tmp stayed
        // behind with an English message.
        let folder = try temporaryFolder()
        let names = ["kaoping-111.json", "pension-county-112.json", "pension-staff-112.json", "pension-exemplary-112.json", "indigenous-112.json"]
        for name in names { try "old\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        // 20 blocks (10 or 20 KB, by shell): the county file (about 4 KB) fits, kaoping's (about 23 KB) does not.
        let run = try subprocess(["--format", "json", "--out", folder.path], limitBlocks: 20)
        #expect(run.status == 74)
        #expect(run.err.contains("超過檔案大小上限。未寫出任何檔案，原有檔案未變動。"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == names.sorted())
        for name in names {
            #expect(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) == "old\n")
        }
    }

    @Test func outRefusesBeforeWritingWhenOneTargetIsAFolder() throws {
        let folder = try temporaryFolder()
        try "old\n".write(to: folder.appendingPathComponent("pension-county-112.json"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pension-staff-112.json"), withIntermediateDirectories: false)
        let run = pingbi("pension-county-112", "pension-staff-112", "--format", "json", "--out", folder.path)
        #expect(run.status == .cannotCreate)
        #expect(run.err.contains("pension-staff-112.json 不是一般檔案"))
        #expect(try String(contentsOf: folder.appendingPathComponent("pension-county-112.json"), encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["pension-county-112.json", "pension-staff-112.json"])
    }

    @Test func anEmptyOutIsAUsageError() {
        // Before: `--out ''` wrote into the current folder.
        for arguments in [["pension-county-112", "--out", ""], ["template", "pension-county-112", "--out", " "]] {
            let run = pingbi(arguments)
            #expect(run.status == .usage)
            #expect(run.err.contains("--out 需要一個資料夾名稱，不可空白"))
        }
    }

    @Test func aPeriodOutsideTheProgramOrReversedIsAUsageError() {
        // Before: outside the program's period exited 65 (a data error), reversed 64.
        let outside = pingbi("kaoping-111", "--period", "111-01..111-05")
        #expect(outside.status == .usage)
        #expect(outside.err == "pingbi：期間 111-01..111-05 超出 kaoping-111 的計畫期間 111-02..111-09：請指定其中的期間，例如 111-02..111-05\n")
        let reversed = pingbi("kaoping-111", "--period", "111-05..111-03")
        #expect(reversed.status == .usage)
        #expect(reversed.err == "pingbi：期間「111-05..111-03」的起月在迄月之後：請寫成 111-03..111-05\n")
        #expect(pingbi("kaoping-111", "--period", "111-02..111-05").status == .success)
    }

    @Test func aFileGivenAsTheDataFolderIsNamedSo() throws {
        let file = try temporaryFolder().appendingPathComponent("county-rates.csv")
        try countySampleText().write(to: file, atomically: true, encoding: .utf8)
        let run = pingbi("pension-county-112", "--data", file.path)
        #expect(run.status == .usage)
        #expect(run.err.contains("--data 應為資料夾"))
    }

    @Test func helpListsEveryExitStatus() {
        let help = pingbi("--help").out
        for code in ["0 完成", "64 用法錯誤", "65 資料錯誤", "73 無法建立輸出檔", "74 寫出時失敗"] {
            #expect(help.contains(code))
        }
    }

    /// Runs the built `pingbi` with standard output to `stdout` (a pipe when nil), under a
    /// file-size limit of `limitBlocks` 512-byte blocks when given.
    func subprocess(_ arguments: [String], stdout: String? = nil, limitBlocks: Int? = nil) throws -> (status: Int32, err: String) {
        let binary = packageRoot.appendingPathComponent(".build/debug/pingbi").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "swift test builds pingbi")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", (limitBlocks.map { "ulimit -f \($0); " } ?? "") + "exec \"$0\" \"$@\"", binary] + arguments
        let errors = Pipe()
        process.standardError = errors
        let output = stdout.map { FileHandle(forWritingAtPath: $0) } ?? nil
        process.standardOutput = output ?? FileHandle.nullDevice
        try process.run()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }
}

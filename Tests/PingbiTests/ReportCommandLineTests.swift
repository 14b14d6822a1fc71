import Foundation
import PingbiCommandLine
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

@Suite("report formats on the command line")
struct ReportCommandLineTests {
    /// `pingbi` in-process: the status, and what it wrote to standard output and error.
    func run(_ arguments: [String]) -> (PingbiCommandLine.ExitStatus, (out: String, err: String)) {
        let captured = Captured()
        let status = Pingbi(programs: Catalog.programs, console: captured.console).main(arguments)
        return (status, (captured.out, captured.err))
    }

    @Test("the terminal table shows the top 10 and every unit with an outcome; --all shows all")
    func allFlag() {
        let (status, short) = run(["run", "pension-county-112"])
        #expect(status == .success)
        #expect(short.out.contains("（另有 7 個單位未列出；加上 --all 顯示全部）"))
        #expect(short.out.contains("南投縣"))  // rank 10
        #expect(!short.out.contains("臺北市"))  // rank 11, no outcome
        #expect(!short.out.contains("新北市"))
        #expect(short.out.contains("連江縣"))  // rank 22, on the review list
        let (allStatus, all) = run(["run", "pension-county-112", "--all"])
        #expect(allStatus == .success)
        #expect(!all.out.contains("未列出"))
        #expect(all.out.contains("臺北市"))
        #expect(all.out.contains("新北市"))
    }

    @Test("--format html --out writes one report covering every registered program")
    func htmlOut() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, console) = run(["run", "--format", "html", "--out", folder.path])
        #expect(status == .success)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pingbi-report.html"])
        #expect(console.out == "已寫出 \(folder.path)/pingbi-report.html\n")
        let html = try String(contentsOf: folder.appendingPathComponent("pingbi-report.html"), encoding: .utf8)
        for program in Catalog.programs {
            #expect(html.contains("data-program=\"\(program.id)\""))
        }
        #expect(html.components(separatedBy: "<section class=\"program\"").count - 1 == Catalog.programs.count)
    }

    @Test("--format html without --out prints the report")
    func htmlStdout() {
        let (status, console) = run(["run", "pension-county-112", "--format", "html"])
        #expect(status == .success)
        #expect(console.out.hasPrefix("<!DOCTYPE html>"))
        #expect(console.out.hasSuffix("</html>\n"))
    }

    @Test("--format csv --out writes one CSV per program with a BOM")
    func csvOut() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(["run", "pension-county-112", "--format", "csv", "--out", folder.path]).0 == .success)
        let data = try Data(contentsOf: folder.appendingPathComponent("pension-county-112.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: data, as: UTF8.self).contains(",1,臺南市,57.70,57.77,-0.07,特優,消長 -0.07；承辦人員記小功一次\r\n"))
    }

    @Test("--format text and pingbi announce print the announcement")
    func announce() throws {
        let expected = AnnouncementRenderer.render(try ReportFixtures.pensionCounty(recorded: true))
        let (status, console) = run(["announce", "pension-county-112"])
        #expect(status == .success)
        #expect(console.out == expected)
        let (textStatus, text) = run(["run", "pension-county-112", "--format", "text"])
        #expect(textStatus == .success)
        #expect(text.out == expected)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(["run", "pension-county-112", "--format", "text", "--out", folder.path]).0 == .success)
        #expect(try String(contentsOf: folder.appendingPathComponent("pension-county-112-announce.txt"), encoding: .utf8) == expected)
    }

    @Test("announce takes readings and needs exactly one program")
    func announceUsage() {
        let (status, console) = run(["announce"])
        #expect(status == .usage)
        #expect(console.err.contains("請指定一個程式"))
        let (dense, denseOut) = run(["announce", "pension-county-112", "--reading", "rank-method=dense"])
        #expect(dense == .success)
        // dense ranks: 臺南市 and 臺東縣 1, 嘉義縣 2 (優), 屏東縣 3 (良).
        #expect(denseOut.out.contains("　優　嘉義縣（第2名，收繳率消長(百分點) -0.10）\n"))
        #expect(denseOut.out.contains("　良　屏東縣（第3名，收繳率消長(百分點) -0.11）\n"))
        #expect(run(["announce", "pension-county-112", "--format", "html"]).0 == .usage)
    }
}

import Foundation
import PingbiCommandLine
import ProgramCatalog
import Testing

/// `pingbi verify RESULT.json --data DIR`: 0 when a published result still matches its data,
/// 1 naming the first difference.
@Suite struct VerifyTests {
    /// A copy of a program's sample folder and a JSON result written from it with `extra` arguments.
    func published(_ id: String, _ extra: [String] = []) throws -> (folder: URL, json: URL) {
        let program = try #require(Catalog.program(id))
        let folder = try temporaryFolder()
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: program.sampleData, to: data)
        let run = pingbi(["run", id, "--data", data.path, "--format", "json", "--out", folder.appendingPathComponent("out").path] + extra)
        #expect(run.status == .success, "\(run.err)")
        return (data, folder.appendingPathComponent("out/\(id).json"))
    }

    @Test(arguments: Catalog.programs.map(\.id))
    func aFreshResultMatchesItsData(_ id: String) throws {
        let (data, json) = try published(id)
        let verify = pingbi("verify", json.path, "--data", data.path)
        #expect(verify.status == .success, "\(verify.out)\(verify.err)")
        #expect(verify.out.hasPrefix("✓ \(id)：發布的結果與資料相符（"))
    }

    @Test func recordedReadingsAndPeriodAreUsed() throws {
        let (data, json) = try published("kaoping-111", ["--reading", "line-cap=3", "--period", "111-02..111-05"])
        #expect(pingbi("verify", json.path, "--data", data.path).status == .success)
        // The same data under the default readings and whole period differs: the readings matter.
        var text = try String(contentsOf: json, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"line-cap\": \"3\"", with: "\"line-cap\": \"2\"")
        try Data(text.utf8).write(to: json)
        let verify = pingbi("verify", json.path, "--data", data.path)
        #expect(verify.status == .differs)
        #expect(verify.out.contains("第一個不同之處：單位 "))
    }

    @Test func anEditedValueInThePublishedJSONIsNamed() throws {
        let (data, json) = try published("pension-county-112")
        let text = try String(contentsOf: json, encoding: .utf8)
        #expect(text.contains("{\"unit\": \"臺南市\", \"group\": null, \"rank\": 1, \"values\": {\"rate\": 57.7, "))
        let edited = text.replacingOccurrences(of: "\"unit\": \"臺南市\", \"group\": null, \"rank\": 1, \"values\": {\"rate\": 57.7, ", with: "\"unit\": \"臺南市\", \"group\": null, \"rank\": 1, \"values\": {\"rate\": 57.8, ")
        try Data(edited.utf8).write(to: json)
        let verify = pingbi("verify", json.path, "--data", data.path)
        #expect(verify.status == .differs)
        #expect(verify.out == "✗ pension-county-112：發布的結果與資料不符。第一個不同之處：單位 臺南市 的「本期收繳率(%)」：發布為 57.8，重算為 57.7\n")
    }

    @Test func anAwardMovedInThePublishedJSONIsNamed() throws {
        let (data, json) = try published("pension-county-112")
        let text = try String(contentsOf: json, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "{\"policy\": \"county-award\", \"unit\": \"臺南市\"", with: "{\"policy\": \"county-award\", \"unit\": \"臺北市\"")
        #expect(edited != text)
        try Data(edited.utf8).write(to: json)
        let verify = pingbi("verify", json.path, "--data", data.path)
        #expect(verify.status == .differs)
        #expect(verify.out.contains("第一個不同之處：獎項與名單第 1 項：發布為「"))
        #expect(verify.out.contains("臺北市"))
    }

    @Test func anEditedInputFileIsNamed() throws {
        let (data, json) = try published("pension-staff-112")
        let visits = data.appendingPathComponent("visits.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: visits.path)
        let text = try String(contentsOf: visits, encoding: .utf8)
        try Data((text + "\n").utf8).write(to: visits)
        let verify = pingbi("verify", json.path, "--data", data.path)
        #expect(verify.status == .differs)
        #expect(verify.out.contains("第一個不同之處：資料檔 visits.csv 與結果記錄的不同：SHA-256 記錄為 "))
    }

    @Test func aMissingInputFileIsNamed() throws {
        let (data, json) = try published("pension-staff-112")
        try FileManager.default.removeItem(at: data.appendingPathComponent("visits.csv"))
        let verify = pingbi("verify", json.path, "--data", data.path)
        #expect(verify.status == .differs)
        #expect(verify.out.contains("資料夾中沒有結果所用的資料檔 visits.csv"))
    }

    @Test func severalProgramsInOneFile() throws {
        let folder = try temporaryFolder()
        let run = pingbi("run", "--data", seedFolder.path, "--format", "json")
        try Data(run.out.utf8).write(to: folder.appendingPathComponent("all.json"))
        let verify = pingbi("verify", folder.appendingPathComponent("all.json").path, "--data", seedFolder.path)
        #expect(verify.status == .success)
        #expect(verify.out.components(separatedBy: "\n").filter { $0.hasPrefix("✓ ") }.count == 2)
    }

    @Test func usageAndBadFiles() throws {
        #expect(pingbi("verify").status == .usage)
        #expect(pingbi("verify", "x.json").status == .usage)
        let folder = try temporaryFolder()
        let bad = folder.appendingPathComponent("bad.json")
        try Data("{\"program\": ".utf8).write(to: bad)
        let verify = pingbi("verify", bad.path, "--data", folder.path)
        #expect(verify.status == .dataError)
        #expect(verify.err.contains("bad.json"))
        #expect(pingbi("verify", "--help").out.contains("用法：pingbi verify RESULT.json --data DIR"))
    }
}

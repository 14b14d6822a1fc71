import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// `pingbi run … --format html --previous RESULT.json`: the report's 與前次結果比較 section.
@Suite struct ReportPreviousTests {
    /// `id`'s result on its sample with `extra` arguments, written as JSON to a temporary folder.
    func previous(_ id: String, _ extra: [String] = []) throws -> URL {
        let out = try temporaryFolder()
        let run = pingbi(["run", id, "--format", "json", "--out", out.path] + extra)
        #expect(run.status == .success, "\(run.err)")
        return out.appendingPathComponent("\(id).json")
    }

    /// The report's comparison section, from its heading to its end.
    func section(_ html: String) -> String? {
        guard let start = html.range(of: "<section class=\"comparison\">") else { return nil }
        return String(html[start.lowerBound...]).components(separatedBy: "</section>")[0]
    }

    @Test func anotherReadingMovesTheAwardsAndTheRanks() throws {
        let json = try previous("pension-county-112", ["--data", seedFolder.path, "--reading", "rank-method=dense"])
        let run = pingbi("run", "pension-county-112", "--data", seedFolder.path, "--format", "html", "--date", "2022-10-14", "--previous", json.path)
        #expect(run.status == .success, "\(run.err)")
        let text = try #require(section(run.out))
        // A published report names the reading by its question and its values by their labels.
        #expect(text.contains("<h3>與前次結果比較</h3>\n<p>解讀：「名次排列」同分者不占用名次（1、1、2） → 同分者占用名次（1、1、3）</p>\n"
            + "<p>輸入資料：兩份結果所讀的資料檔相同（SHA-256 相同）。</p>\n<p>20 個單位與前次不同：</p>"))
        #expect(!text.contains("rank-method") && !text.contains("dense"))
        // No groups in this program: no 組別 column.
        #expect(text.contains("<thead><tr><th>單位</th><th>獎項（前次 → 本次）</th><th>名次</th><th>數值</th><th>原因</th></tr></thead>"))
        #expect(text.contains("<tr data-unit=\"嘉義縣\"><td>嘉義縣</td><td>優 → 良</td><td>2 → 3</td><td>不變</td><td>兩份結果所讀的資料檔相同；因解讀或期間不同</td></tr>"))
        #expect(text.contains("<tr data-unit=\"屏東縣\"><td>屏東縣</td><td>良 → 無</td><td>3 → 4</td>"))
        #expect(text.contains("<tr data-unit=\"連江縣\"><td>連江縣</td><td>不變</td><td>20 → 22</td>"))
        // The section sits in the program's part of the report, before the appendix.
        #expect(run.out.range(of: "與前次結果比較")!.lowerBound < run.out.range(of: "<h3>附錄</h3>")!.lowerBound)
    }

    /// Every program's result read back from its JSON equals the result itself: value for
    /// value, rank for rank, outcome for outcome (the numbers round-trip exactly).
    @Test(arguments: Catalog.programs.map(\.id))
    func aResultComparedWithItsOwnFileHasNoDifference(_ id: String) throws {
        let json = try previous(id)
        let run = pingbi("run", id, "--format", "html", "--date", "2022-10-14", "--previous", json.path)
        #expect(run.status == .success, "\(run.err)")
        let text = try #require(section(run.out))
        #expect(text.contains("<p>輸入資料：兩份結果所讀的資料檔相同（SHA-256 相同）。</p>\n<p class=\"robust\">✓ 各單位的數值、名次與獎項都與前次相同。</p>"), "\(text)")
        // Without --previous the report has no such section.
        #expect(section(pingbi("run", id, "--format", "html", "--date", "2022-10-14").out) == nil)
    }

    @Test func aCorrectedFileIsNamedInTheReport() throws {
        let json = try previous("pension-staff-112")
        let program = try #require(Catalog.program("pension-staff-112"))
        let data = try temporaryFolder().appendingPathComponent("data")
        try FileManager.default.copyItem(at: program.sampleData, to: data)
        let visits = data.appendingPathComponent("visits.csv")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: visits.path)
        let text = try String(contentsOf: visits, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "臺北市,\"10,800\",\"10,863\",\"8,145\",\"1,257\"", with: "臺北市,\"10,800\",\"10,863\",\"8,145\",\"1,757\"").utf8).write(to: visits)
        let run = pingbi("run", "pension-staff-112", "--data", data.path, "--format", "html", "--previous", json.path)
        let shown = try #require(section(run.out))
        #expect(shown.contains("<p>輸入資料：依兩份結果記錄的 SHA-256，1 個資料檔不同（僅比較結果，未比對儲存格）</p>\n<ul>\n<li>visits.csv：SHA-256 "))
        #expect(shown.contains("<tr data-unit=\"臺北市\"><td>臺北市</td><td>A 組（直轄市）</td><td>無 → 每人最高 3,000 元（合計 36,000 元）</td><td>5 → 3</td><td>訪視後補繳率(%) 15.43 → 21.57；補繳率排名 3 → 1；積分 3.65 → 3.25</td><td>僅比較結果；資料檔 visits.csv 不同（未比對儲存格）</td></tr>"))
    }

    @Test func aPreviousResultOfAnotherProgramOrPeriodIsRefused() throws {
        let county = try previous("pension-county-112")
        let other = pingbi("run", "pension-staff-112", "--format", "html", "--previous", county.path)
        #expect(other.status == .usage)
        #expect(other.err == "pingbi：前次結果檔 \(county.path) 中沒有 pension-staff-112 的結果（其中有：pension-county-112），無法與本次比較\n")
        #expect(other.out.isEmpty)

        let march = try previous("kaoping-111", ["--period", "111-03..111-09"])
        let period = pingbi("run", "kaoping-111", "--format", "html", "--previous", march.path)
        #expect(period.status == .usage)
        #expect(period.err == "pingbi：kaoping-111 前次結果檔 \(march.path) 的期間為 111-03..111-09，本次為 111-02..111-09，不是同一期的結果，無法比較\n")

        #expect(pingbi("run", "pension-county-112", "--format", "json", "--previous", county.path).err == "pingbi：--previous 只用於 --format html\n")
        #expect(pingbi("run", "pension-county-112", "--format", "html", "--per-unit", "--previous", county.path).status == .usage)
        let missing = pingbi("run", "pension-county-112", "--format", "html", "--previous", "沒有這個檔.json")
        #expect(missing.status == .usage)
        #expect(missing.err == "pingbi：找不到結果檔 沒有這個檔.json\n")
    }
}

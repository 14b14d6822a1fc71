import Foundation
import PingbiCommandLine
import PingbiCore
import PingbiTesting
import Testing

/// `pingbi run --format html --gap`: the report's 與獎項的距離 section and each unit page's gap
/// lines, on five group-4 offices whose 宣導 A is 10, 8, 6, 4, 2 (four 菁英獎 places; 戊鄉 is fifth).
@Suite struct ReportGapTests {
    static let columns = [
        "健保櫃檯加保", "健保櫃檯轉出", "健保櫃檯停保", "健保櫃檯復保", "承保異動量", "電子繳款單_健保櫃檯", "電子繳款單_網路",
        "約定轉帳", "AREA分期", "健保櫃檯分期", "紓困代收", "靜態宣導", "活動宣導", "系統檢核錯誤", "人工審核錯誤",
        "LINE文字交流", "LINE已讀回應", "跨區收件", "補換發健保卡", "在地製卡件數",
    ]

    /// The folder: each office's 靜態宣導 in 111-02, every other count 0.
    static func folder() throws -> String {
        var offices = ["公所,組別,110年月平均異動筆數,在地製卡"]
        var activity = ["公所,月份," + columns.joined(separator: ",")]
        for (name, promotion) in [("甲鄉", 10), ("乙鄉", 8), ("丙鄉", 6), ("丁鄉", 4), ("戊鄉", 2)] {
            offices.append("\(name),4,10,N")
            for month in 2...9 {
                activity.append("\(name),111-0\(month)," + columns.map { $0 == "靜態宣導" && month == 2 ? "\(promotion)" : "0" }.joined(separator: ","))
            }
        }
        return try temporaryFolder(holding: [
            "offices.csv": offices.joined(separator: "\n") + "\n", "activity.csv": activity.joined(separator: "\n") + "\n",
        ]).path
    }

    /// The `<tr>` of `unit` in the section.
    static func row(_ html: String, _ unit: String) throws -> Substring {
        let section = try #require(html.range(of: "<section class=\"gaps\">"))
        let start = try #require(html.range(of: "<tr data-unit=\"\(unit)\">", range: section.upperBound..<html.endIndex))
        return html[start.lowerBound..<html.range(of: "</tr>", range: start.upperBound..<html.endIndex)!.upperBound]
    }

    @Test func theReportHasALineOnEveryOffice() throws {
        let run = pingbi("run", "kaoping-111", "--data", try Self.folder(), "--format", "html", "--gap", "--date", "2022-10-14")
        #expect(run.status == .success, "\(run.err)")
        #expect(run.out.contains("<h3>與獎項的距離</h3>"))
        // 戊鄉 (fifth): one AREA分期 lifts item (3) from B = 0 to the cap and the total past 丁鄉's;
        // 行動量 is 0 everywhere, so 戊鄉 is in the 行動服務 pool and, outside 菁英獎, wins it — the same
        // AREA分期 would take it into 菁英獎 and so out of 行動服務貢獻獎.
        let fifth = try Self.row(run.out, "戊鄉")
        #expect(fifth.contains("<td>AREA分期 再增加 1 件（合計 0 → 1）即可獲得</td><td class=\"holds\">目前獲得；AREA分期 再增加 1 件（合計 0 → 1）就會失去（此時改獲菁英獎）</td>"))
        // 丁鄉 (fourth) holds: removing two 靜態宣導 ties 戊鄉 (still in), three drop it, and
        // out of 菁英獎 it wins 行動服務貢獻獎.
        let fourth = try Self.row(run.out, "丁鄉")
        #expect(fourth.contains("<td class=\"holds\">目前獲得；靜態宣導 減少 3 件（合計 4 → 1）就會失去（此時改獲行動服務貢獻獎）</td>"))
        // A cell for each of the two awards on every office's row.
        for unit in ["甲鄉", "乙鄉", "丙鄉", "丁鄉", "戊鄉"] {
            #expect(try Self.row(run.out, unit).components(separatedBy: "<td").count == 5, "\(unit)")
        }
    }

    @Test func eachUnitPageListsItsSmallestSteps() throws {
        let run = pingbi("run", "kaoping-111", "--data", try Self.folder(), "--format", "html", "--per-unit", "--gap", "--date", "2022-10-14")
        #expect(run.status == .success, "\(run.err)")
        let page = try #require(run.out.range(of: "data-unit=\"戊鄉\"")).upperBound
        let list = run.out[page...]
        let gap = try #require(list.range(of: "<h3>與獎項的距離</h3>"))
        let text = list[gap.upperBound...].prefix(600)
        // The three smallest (ties by column name): one AREA分期, 健保櫃檯分期 (×2 in item 3's A) or
        // 活動宣導 (×2 in item 4's A, tying 丁鄉 at the cut) each win 菁英獎 and lose 行動服務貢獻獎.
        let columns = ["AREA分期", "健保櫃檯分期", "活動宣導"]
        let steps = "<ul>" + columns.map { "<li>\($0) 再增加 1 件（合計 0 → 1）</li>" }.joined() + "</ul>"
        let lost = "<ul>" + columns.map { "<li>\($0) 再增加 1 件（合計 0 → 1）（此時改獲菁英獎）</li>" }.joined() + "</ul>"
        #expect(text.contains("<li data-policy=\"elite\">菁英獎：目前未獲得。單獨改變一項件數即可獲得的最小幅度：" + steps + "</li>"))
        #expect(text.contains("<li data-policy=\"mobile\">行動服務貢獻獎：目前獲得。單獨改變一項件數就會失去的最小幅度：" + lost + "</li>"))
    }

    @Test func withoutTheFlagThereIsNoSection() throws {
        let run = pingbi("run", "kaoping-111", "--data", try Self.folder(), "--format", "html", "--date", "2022-10-14")
        #expect(run.status == .success)
        #expect(!run.out.contains("與獎項的距離"))
    }

    @Test func theFlagIsOnlyForTheReport() {
        let run = pingbi("run", "pension-county-112", "--gap")
        #expect(run.status == .usage)
        #expect(run.err.contains("--gap 只用於 --format html"))
    }
}

import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

/// The HTML report as a document to publish (issue 12, item 6) and the page per unit (item 7).
@Suite("Report to publish and unit pages")
struct ReportPublishTests {
    /// `text` between the first `start` and the following `end`.
    func slice(_ text: String, from start: String, to end: String) throws -> String {
        let from = try #require(text.range(of: start))
        let to = try #require(text.range(of: end, range: from.upperBound..<text.endIndex))
        return String(text[from.lowerBound..<to.lowerBound])
    }

    @Test("letterhead and heading: agency, title, period and the 製表日期 given by --date")
    func heading() {
        let run = pingbi("run", "kaoping-111", "--format", "html", "--date", "2022-10-14")
        #expect(run.status == .success)
        #expect(run.out.contains("<p class=\"agency\">衛生福利部中央健康保險署高屏業務組</p>\n<h1>評比結果報告</h1>"))
        #expect(run.out.contains("製表日期：<time datetime=\"2022-10-14\">中華民國111年10月14日</time>"))
        #expect(run.out.contains("<h2>111年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比</h2>"))
        #expect(run.out.contains("<dt>期間</dt><dd>111-02..111-09</dd>"))
        #expect(run.out.contains("<th>承辦人</th><th>覆核</th><th>單位主管</th><th>機關首長</th>"))
        // The English program id is no longer a line of the heading.
        #expect(!run.out.contains("<p class=\"program-id\">"))
    }

    @Test("results first: awards, then the group tables, the charts, the appendix, the sign-off")
    func order() throws {
        let html = pingbi("run", "kaoping-111", "--format", "html", "--date", "2022-10-14").out
        let marks = ["<h3>一、評比結果</h3>", "<table class=\"outcomes\" data-policy=\"elite\">", "<h3>二、各組排名</h3>",
                     "<h3>三、圖表</h3>", "<h4>附錄一、解讀", "<h4>附錄二、資料檔案</h4>", "<h4>附錄三、評比規定</h4>",
                     "<h4>附錄四、各單位計算說明</h4>", "<table class=\"sign-off\">"]
        let positions = try marks.map { try #require(html.range(of: $0), "\($0)").lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test("each award with its clause (the quota), places, units, scores and reasons")
    func awards() throws {
        let html = pingbi("run", "kaoping-111", "--format", "html", "--date", "2022-10-14").out
        let elite = try slice(html, from: "<h4>菁英獎（14）</h4>", to: "</table>")
        #expect(elite.contains("規定：以總得分高低分組進行排名，第一、二分組各錄取前 3名，第三、四分組各錄取前 4 名，合計錄取 14 家。"))
        #expect(elite.contains("<tr data-unit=\"高雄市前鎮區\"><td>第一組</td><td class=\"num\">1</td><td class=\"unit\">高雄市前鎮區</td><td class=\"num\">93.2</td></tr>"))
        let staff = pingbi("run", "pension-exemplary-112", "--format", "html", "--date", "2022-10-14").out
        let excluded = try slice(staff, from: "data-policy=\"excluded\"", to: "</table>")
        #expect(excluded.contains("<th>說明</th>"))
    }

    @Test("warnings for the 承辦人 only in the internal report; notes for the public in both")
    func internalWarnings() throws {
        let publicReport = pingbi("run", "pension-county-112", "--format", "html", "--date", "2022-10-14").out
        let internalReport = pingbi("run", "pension-county-112", "--format", "html", "--date", "2022-10-14", "--internal").out
        let county = try ReportFixtures.pensionCounty()
        #expect(!county.warnings.isEmpty)
        for warning in county.warnings {
            // A place left empty is public (從缺與不遞補); every other warning is internal only.
            #expect(publicReport.contains(HTMLText.escape(warning)) == county.vacancies.map(\.sentence).contains(warning))
            #expect(internalReport.contains("<li>\(HTMLText.escape(warning))</li>"))
        }
        for vacancy in county.vacancies {
            #expect(publicReport.contains("<li>\(HTMLText.escape(vacancy.sentence))</li>"))
        }
        #expect(!publicReport.contains("承辦人檢核事項"))
        #expect(internalReport.contains("<p class=\"internal-mark\">內部版：含承辦人檢核事項，請勿對外公布</p>"))
        for note in try ReportFixtures.pensionCounty().notes {
            #expect(publicReport.contains("<li>\(HTMLText.escape(note))</li>"))
        }
    }

    @Test("appendix: readings by their Chinese question, the rules with their clauses, the data files")
    func appendix() throws {
        let html = pingbi("run", "kaoping-111", "--format", "html", "--date", "2022-10-14").out
        let readings = try slice(html, from: "<h4>附錄一、解讀", to: "</table>")
        #expect(readings.contains("<tr data-reading=\"line-cap\"><td>項目(6)LINE群組活躍度上限：公式的 2 分，或標題的 3 分</td><td class=\"chosen\">公式的 2 分（預設）</td><td>標題的 3 分</td></tr>"))
        // The values by their labels, not by what --reading takes.
        #expect(readings.contains("<tr data-reading=\"group-bounds\">"))
        #expect(readings.contains("<td class=\"chosen\">半開區間（預設）</td><td>照文件</td></tr>"))
        #expect(readings.contains("<td class=\"chosen\">×100（照文件）（預設）</td><td>×10（與其他項目相同）</td></tr>"))
        #expect(!readings.contains("<code>"))
        let chosen = readings.components(separatedBy: "<td class=\"chosen\">").dropFirst().map { $0.components(separatedBy: "</tr>")[0] }
        #expect(chosen.count == 10)
        for cells in chosen {
            let text = cells.replacingOccurrences(of: "</td>", with: "").replacingOccurrences(of: "<td>", with: "")
            #expect(!text.contains { $0.isASCII && $0.isLetter }, "\(text)")
        }
        // A value other than the default names the default by its label too.
        let other = pingbi("run", "kaoping-111", "--format", "html", "--date", "2022-10-14", "--reading", "promotion-factor=10").out
        #expect(try slice(other, from: "<h4>附錄一、解讀", to: "</table>").contains(
            "<td class=\"chosen\">×10（與其他項目相同）（非預設；預設為×100（照文件））</td><td>×100（照文件）</td></tr>"))
        let rules = try slice(html, from: "<h4>附錄三、評比規定</h4>", to: "</table>")
        let program = try #require(Catalog.program("kaoping-111"))
        #expect(rules.components(separatedBy: "<tr><td class=\"unit\">").count - 1 == program.indicators.count + program.policies.count)
        for policy in program.policies { #expect(rules.contains(HTMLText.escape(policy.clause))) }
        let files = try slice(html, from: "<h4>附錄二、資料檔案</h4>", to: "<h4>附錄三")
        #expect(files.contains("<td class=\"unit\">offices.csv</td>"))
        #expect(files.contains("<code>pingbi verify</code>"))
    }

    @Test("a rerun with the same --date is byte-identical; the date is the only difference otherwise")
    func rerun() {
        let first = pingbi("run", "--format", "html", "--date", "2022-10-14").out
        let second = pingbi("run", "--format", "html", "--date", "2022-10-14").out
        #expect(first == second)
        let other = pingbi("run", "--format", "html", "--date", "2023-01-02").out
        #expect(other.replacingOccurrences(of: "中華民國112年1月2日", with: "中華民國111年10月14日")
            .replacingOccurrences(of: "2023-01-02", with: "2022-10-14") == first)
    }

    @Test("--date must be a real day; --date, --internal and --per-unit only with --format html")
    func usage() {
        for bad in ["2022-02-30", "2022-2-3", "111-10-14", "2022-10-14x", ""] {
            let run = pingbi("run", "pension-county-112", "--format", "html", "--date", bad)
            #expect(run.status == .usage, "\(bad)")
            #expect(run.out.isEmpty)
        }
        #expect(pingbi("run", "pension-county-112", "--format", "json", "--per-unit").status == .usage)
        #expect(pingbi("run", "pension-county-112", "--internal").status == .usage)
        #expect(ReportDate("2024-02-29")?.text == "中華民國113年2月29日")
    }

    @Test("--per-unit --out writes pingbi-units.html: a page per unit")
    func perUnitFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = pingbi("run", "kaoping-111", "--format", "html", "--per-unit", "--date", "2022-10-14", "--out", folder.path)
        #expect(run.status == .success)
        let html = try String(contentsOf: folder.appendingPathComponent("pingbi-units.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<section class=\"unit-page\"").count - 1 == 77)
        #expect(html.contains("section.program + section.program, section.unit-page + section.unit-page { break-before: page;"))
    }

    @Test("a unit page: rank, the group's cut and how far the unit stood from it, values in plain numbers")
    func unitPage() throws {
        let html = pingbi("run", "kaoping-111", "--format", "html", "--per-unit", "--date", "2022-10-14").out
        let page = try slice(html, from: "<section class=\"unit-page\" data-program=\"kaoping-111\" data-unit=\"屏東縣屏東市\">", to: "</section>")
        #expect(page.contains("<dt>組別</dt><dd>第一組</dd>"))
        #expect(page.contains("<dt>名次</dt><dd>第 4 名（本組 10 個單位）</dd>"))
        #expect(page.contains("菁英獎切線：第 3 名 高雄市鳳山區，總得分 <span class=\"value\" title=\"計算值 90.3\">90.3</span>。本單位 <span class=\"value\" title=\"計算值 90.1\">90.1</span>，差 <strong class=\"shortfall\"><span class=\"value\" title=\"計算值 0.2\">0.2</span></strong>。"))
        #expect(page.contains("<dt>製表日期</dt><dd>中華民國111年10月14日</dd>"))
        // Plain numbers outside the exact chain: no fractions, no ≈, no column keys.
        let plain = page.replacingOccurrences(of: #"(?s)<details class="exact">.*?</details>"#, with: "", options: .regularExpression)
        #expect(!plain.contains("≈"))
        #expect(!plain.contains("（S1）") && !plain.contains("（total）"))
        #expect(plain.contains("<h4>總得分：90.1</h4>"))
    }

    @Test("a lower-is-better score: the distance is how much lower it had to be")
    func lowerIsBetter() throws {
        let html = pingbi("run", "pension-staff-112", "--format", "html", "--per-unit", "--date", "2022-10-14").out
        #expect(html.contains("（越低越好）"))
        #expect(html.contains("（須再低）"))
        #expect(!html.contains("r_change"))
    }

    @Test("the cut is the last ranked holder of the main award in the unit's group")
    func awardCut() throws {
        let result = ReportFixtures.grouped()
        let third = try #require(AwardCut(result.units[2], in: result))
        #expect(third.cutUnit == "乙" && third.cutRank == 2 && third.cutValue == Decimal(85))
        #expect(!third.holds && third.shortfall == Decimal(15))
        let first = try #require(AwardCut(result.units[0], in: result))
        #expect(first.holds && first.shortfall == nil)
        let second = try #require(AwardCut(result.units[4], in: result))
        #expect(second.cutUnit == "丁" && second.shortfall == Decimal(5))
        // A unit without a rank (a national total row) has no distance to a cut.
        var total = result.units[2]
        total.rank = nil
        #expect(AwardCut(total, in: result) == nil)
        var none = result
        none.primaryPolicy = nil
        #expect(AwardCut(result.units[2], in: none) == nil)
    }
}

/// The group means kaoping-111 records, and the unit pages that show them.
@Suite("Group means beside a unit's items")
struct GroupMeanTests {
    @Test("B of items (1)–(5) per group (items (2)–(4): the mean of A); a 組平均 column on every unit page")
    func kaopingMeans() throws {
        let program = try #require(Catalog.program("kaoping-111"))
        let result = try program.evaluate(EvaluationContext(data: DataSource(directory: program.sampleData, label: "範例資料")))
        #expect(Set(result.groupMeans.keys) == ["1", "2", "3", "4"])
        for (group, means) in result.groupMeans {
            #expect(Set(means.keys) == ["A1", "A2", "A3", "A4", "A5"])
            // Items (2)–(4): B is the plain mean of the group's A (whole counts), exactly.
            let units = result.units.filter { $0.group == group }
            for key in ["A2", "A3", "A4"] {
                let sum = units.compactMap { $0.values[key] }.reduce(Decimal(0), +)
                #expect((means[key]! * Decimal(units.count) - sum).magnitude < Decimal.exact("0.0001"), "\(group) \(key)")
            }
        }
        let html = pingbi("run", "kaoping-111", "--format", "html", "--per-unit", "--date", "2022-10-14").out
        #expect(html.components(separatedBy: "<th>項目</th><th>本單位</th><th>組平均</th>").count - 1 == 77)
        // The county program compares with no group mean: no such column.
        let county = pingbi("run", "pension-county-112", "--format", "html", "--per-unit", "--date", "2022-10-14").out
        #expect(!county.contains("<th>組平均</th>"))
    }

    @Test("under rate-average=pooled, item (1)'s B is the group's pooled rate")
    func pooled() throws {
        let program = try #require(Catalog.program("kaoping-111"))
        let data = DataSource(directory: program.sampleData, label: "範例資料")
        let mean = try program.evaluate(EvaluationContext(data: data)).groupMeans["1"]?["A1"]
        let pooled = try program.evaluate(EvaluationContext(data: data, readings: ReadingChoices(["rate-average": "pooled"])))
            .groupMeans["1"]?["A1"]
        #expect(mean != nil && pooled != nil && mean != pooled)
    }
}

/// kaoping-111's monthly A of items (1)–(4), and the unit pages' month-by-month table.
@Suite("Month by month on a unit's page")
struct MonthlyTests {
    @Test("every office has the period's 8 months; items (2)–(4) add up to the period's A")
    func sums() throws {
        let program = try #require(Catalog.program("kaoping-111"))
        let result = try program.evaluate(EvaluationContext(data: DataSource(directory: program.sampleData, label: "範例資料")))
        #expect(result.units.count == 77)
        for unit in result.units {
            #expect(unit.months.map(\.month.description) == ["111-02", "111-03", "111-04", "111-05", "111-06", "111-07", "111-08", "111-09"])
            for key in ["A2", "A3", "A4"] {
                #expect(unit.months.compactMap { $0.values[key] }.reduce(Decimal(0), +) == unit.values[key], "\(unit.unit) \(key)")
            }
            #expect(unit.months.allSatisfy { $0.values["A5"] == nil })
        }
        // A June run has the months it covers.
        let june = try program.evaluate(EvaluationContext(
            data: DataSource(directory: program.sampleData, label: "範例資料"),
            period: PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 5))))
        #expect(june.units[0].months.count == 4)
    }

    @Test("the unit page's monthly table: each month, then the period")
    func page() throws {
        let html = pingbi("run", "kaoping-111", "--format", "html", "--per-unit", "--date", "2022-10-14").out
        #expect(html.components(separatedBy: "<h3>各月數值</h3>").count - 1 == 77)
        #expect(html.contains("<thead><tr><th>月份</th><th>申辦率A(%)</th><th>無紙化A</th><th>欠費A</th><th>宣導A</th></tr></thead>"))
        let county = pingbi("run", "pension-county-112", "--format", "html", "--per-unit", "--date", "2022-10-14").out
        #expect(!county.contains("各月數值"))
    }
}

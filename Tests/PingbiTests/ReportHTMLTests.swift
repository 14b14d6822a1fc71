import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

@Suite("HTML report")
struct ReportHTMLTests {
    @Test("escaping replaces the five characters that markup gives meaning to")
    func escaping() {
        #expect(HTMLText.escape(ReportFixtures.nastyName) == "&lt;b&gt;&quot;甲&amp;乙&quot;&lt;/b&gt;&#39;")
        #expect(HTMLText.escape("臺南市") == "臺南市")
    }

    @Test("a combining mark after a quote or bracket does not keep it from being replaced")
    func escapingBeforeCombiningMarks() {
        // Read as characters, `"` + U+0301 is one character that is not `"`: it closed an attribute.
        #expect(HTMLText.escape("甲\"\u{301} onclick=x") == "甲&quot;\u{301} onclick=x")
        #expect(HTMLText.escape("<\u{338}&\u{20DD}'\u{301}>") == "&lt;\u{338}&amp;\u{20DD}&#39;\u{301}&gt;")
        #expect(HTMLText.escape("a\u{202E}b<") == "a[U+202E]b&lt;")
    }

    @Test("every unit's cut, found once per result, is the last ranked holder of its group's main award")
    func cutsFoundOnce() throws {
        var results = [ReportFixtures.grouped()]
        for program in Catalog.programs { results.append(try program.sampleResult()) }
        var found = 0
        for result in results {
            let find = AwardCut.finder(in: result)
            for unit in result.units {
                // Found the slow way: the holders of the unit's group, the first of the largest rank.
                var expected: AwardCut.Parts?
                if unit.rank != nil, let policy = result.primaryPolicy, let column = result.rankingColumn {
                    let holders = Set(result.outcomes(of: policy).map(\.unit))
                    let cut = result.units.filter { $0.group == unit.group && holders.contains($0.unit) && $0.rank != nil }
                        .max { ($0.rank ?? 0) < ($1.rank ?? 0) }
                    if let cut, let value = cut.values[column.key] {
                        expected = .init(cutUnit: cut.unit, cutRank: cut.rank!, cutValue: value, holds: holders.contains(unit.unit))
                    }
                }
                let cut = find(unit)
                #expect(cut.map { AwardCut.Parts(cutUnit: $0.cutUnit, cutRank: $0.cutRank, cutValue: $0.cutValue, holds: $0.holds) } == expected)
                #expect(cut == AwardCut(unit, in: result))
                if cut != nil { found += 1 }
            }
        }
        #expect(found > 100)
    }

    @Test("unit names, titles, warnings and explanations from data are escaped everywhere")
    func escapedEverywhere() {
        let html = HTMLRenderer.render([ReportFixtures.grouped()], options: ReportOptions(internalWarnings: true))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("\"甲&乙\""))
        #expect(!html.contains("<script"))
        #expect(html.contains("示範評比 &lt;分組&gt;"))
        #expect(html.contains("第二組 &lt;人數&gt; 與文件不符"))
        #expect(html.contains("金額為上限 &amp; 等值商品"))
        #expect(html.contains("data-unit=\"&lt;b&gt;&quot;甲&amp;乙&quot;&lt;/b&gt;&#39;\""))
        #expect(html.contains("0.30×S1 + … &lt; 100 &amp; &gt; 0"))
    }

    @Test("one document in Traditional Chinese, self-contained, with print CSS for A4")
    func document() throws {
        let html = HTMLRenderer.render([try ReportFixtures.pensionCounty()])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("@import"))
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("section.program + section.program, section.unit-page + section.unit-page { break-before: page;"))
        // Printed, every explanation is expanded and wide tables shrink rather than being cut.
        #expect(html.contains("details::details-content { content-visibility: visible; display: block; }"))
        #expect(html.contains("table.ranking { table-layout: fixed; }"))
    }

    @Test("every program evaluated has its section")
    func everyProgram() throws {
        let html = HTMLRenderer.render([try ReportFixtures.pensionCounty(), ReportFixtures.grouped()])
        #expect(html.components(separatedBy: "<section class=\"program\"").count - 1 == 2)
        #expect(html.contains("data-program=\"pension-county-112\""))
        #expect(html.contains("data-program=\"demo-grouped\""))
        #expect(html.contains("本報告涵蓋 2 項評比"))
    }

    @Test("the county sample: period-free heading, sources, readings with alternatives, winners marked")
    func countySample() throws {
        let result = try ReportFixtures.pensionCounty()
        let html = HTMLRenderer.render([result], options: ReportOptions(internalWarnings: true))
        #expect(html.contains("範例資料/county-rates.csv"))
        // The alternatives by their labels (dense, from-top, refer).
        for alternative in ["<td>同分者不占用名次（1、1、2）</td>", "<td>依名次判定（名次大於總數減名額）</td>", "<td>同分者交評審決定</td>"] {
            #expect(html.contains(alternative))
        }
        let winners = html.components(separatedBy: "<tr class=\"winner\" data-unit=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(winners.map(String.init) == ["臺南市", "臺東縣", "嘉義縣"])
        let listed = html.components(separatedBy: "<tr class=\"listed\" data-unit=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(listed == ["基隆市", "苗栗縣", "澎湖縣", "新竹縣", "宜蘭縣", "連江縣"])
        #expect(html.contains("<tr class=\"reference\" data-unit=\"總計\">"))
        #expect(html.contains("<h4>績優直轄市、縣(市)政府（3）</h4>"))
        #expect(html.contains("<h4>提出檢討報告（6）</h4>"))
        #expect(html.contains("第 2 名（優）從缺"))
    }

    @Test("every unit has a folded explanation: plain steps per value, then the exact chain pingbi explain prints")
    func explanations() throws {
        let result = try ReportFixtures.pensionCounty()
        let html = HTMLRenderer.render([result])
        #expect(html.components(separatedBy: "<details class=\"explain\"").count - 1 == result.units.count)
        let tainan = try #require(result.unit(named: "臺南市"))
        #expect(html.contains("<summary>臺南市　第 1 名</summary>"))
        let explanation = try #require(tainan.explanations["change"])
        #expect(html.contains("<div class=\"step\"><h4>收繳率消長(百分點)：\(try #require(tainan.values["change"]).fixed(2))</h4>"))
        #expect(html.contains("<details class=\"exact\"><summary>精確計算過程</summary><pre>"
            + HTMLText.escape(explanation.lines.dropFirst().joined(separator: "\n")) + "</pre></details>"))
    }

    @Test("a diverging chart of 收繳率消長 and a rate chart with the previous rate as tick")
    func countyCharts() throws {
        let figures = ReportCharts.figures(try ReportFixtures.pensionCounty())
        #expect(figures.count == 2)
        let diverging = figures[0].chart
        #expect(diverging.diverging)
        #expect(diverging.bars.count == 23)
        #expect(diverging.bars.last?.style == .reference)
        #expect(diverging.bars.filter { $0.style == .winner }.map(\.label) == ["臺南市", "臺東縣", "嘉義縣"])
        #expect(diverging.cutAfter == 2)
        let svg = diverging.svg()
        // All changes are negative: the zero axis is at the right end of the plot, bars go left from it.
        #expect(svg.contains("data-after=\"嘉義縣\""))
        #expect(svg.contains("<text class=\"value\" x=\"678\" y=\"22\">-0.07</text>"))
        let rates = figures[1].chart
        #expect(rates.bars[0].text == "57.70 ▼0.07")
        #expect(rates.bars[0].tick == Decimal.exact("57.77"))
        #expect(rates.bars[0].value == Decimal.exact("57.70"))
    }

    @Test("each group's totals as bars with the cut line under the last winner of the main award")
    func groupCutLine() {
        let figures = ReportCharts.figures(ReportFixtures.grouped())
        #expect(figures.count == 2)
        let first = figures[0].chart, second = figures[1].chart
        #expect(first.bars.map(\.label) == ["甲", "乙", "丙"])
        #expect(first.bars.map(\.text) == ["90.0", "85.0", "70.0"])
        // 丙 holds 行動服務貢獻獎, not the main award: marked ◆, below the cut line.
        #expect(first.bars.map(\.style) == [.winner, .winner, .listed])
        #expect(first.cutAfter == 1)
        #expect(first.cutLabel == "菁英獎切線")
        #expect(figures[0].caption == "第一組：總分；虛線為菁英獎切線；★ 菁英獎　◆ 行動服務貢獻獎")
        #expect(figures[1].caption == "第二組：總分；虛線為菁英獎切線；★ 菁英獎")
        // 8 (top) + 2 rows × 20 + 2 = 50.
        #expect(first.cutY(after: 1) == 50)
        #expect(first.svg().contains("<line class=\"cut-line\" data-after=\"乙\" x1=\"4\" x2=\"756\" y1=\"50\" y2=\"50\""))
        #expect(second.cutAfter == 0)
        #expect(first.rowHeight == 20)
        #expect(second.svg().contains("data-after=\"丁\" x1=\"4\" x2=\"756\" y1=\"30\" y2=\"30\""))
        // The row below the cut line moves down by the gap left for the line's label:
        // 8 + 2 × 20 + 18 = 66, text baseline 14 lower; labels end at (2 + 2) × 7 + 12 − 6 = 34.
        #expect(first.svg().contains("<text class=\"label\" x=\"34\" y=\"80\" text-anchor=\"end\">◆ 丙</text>"))
        #expect(first.svg().contains("★ 甲"))
    }

    @Test("charts of more than 30 bars use 15-unit rows; the cut line follows")
    func longChart() {
        let bars = (1...55).map { BarChart.Bar(label: "地區\($0)", value: Decimal($0), text: "\($0)") }
        let chart = BarChart(caption: "55 原鄉", bars: bars, cutAfter: 2)
        #expect(chart.rowHeight == 15)
        // 8 + 3 × 15 + 2 = 55.
        #expect(chart.svg().contains("y1=\"55\" y2=\"55\""))
        // 55 rows, the cut line's gap and the scale: 8 + 55 × 15 + 18 + 26 = 877.
        #expect(chart.svg().contains("viewBox=\"0 0 760 877\""))
    }

    @Test("ties referred to the panel are not the main award")
    func tiedAtCutIsNotTheAward() {
        var result = ReportFixtures.grouped()
        result.outcomes.insert(Outcome(policy: "tied-at-cut", unit: "丙"), at: 0)
        #expect(ReportCharts.mainAward(result, units: Array(result.units.prefix(3))) == "elite")
        #expect(ReportCharts.figures(result)[0].chart.cutAfter == 1)
    }

    @Test("without a declared ranking column the group bars show the last column, with no cut line")
    func lastColumn() {
        let figures = ReportCharts.figures(ReportFixtures.grouped(withTotal: false))
        #expect(figures[0].caption == "第一組：積分；★ 菁英獎　◆ 行動服務貢獻獎")
        #expect(figures[0].chart.cutAfter == nil)
        #expect(figures[0].chart.bars.map(\.value) == [Decimal(90), Decimal(85), Decimal(70)])
    }

    @Test("grouped tables mark each group's winners; other outcomes are listed")
    func groupedTables() {
        let html = HTMLRenderer.render([ReportFixtures.grouped()])
        #expect(html.contains("<h4>第一組（3 個單位）</h4>"))
        #expect(html.contains("<tr class=\"winner\" data-unit=\"乙\">"))
        #expect(html.contains("<tr class=\"listed\" data-unit=\"丙\">"))
        #expect(html.contains("<tr class=\"winner\" data-unit=\"丁\">"))
        // Each award's row: group, place, unit, the unit's score in the ranking column, amount.
        #expect(html.contains("<tr data-unit=\"丙\"><td>第一組</td><td class=\"num\">1</td><td class=\"unit\">丙</td><td class=\"num\">70.0</td><td class=\"num\">5,000</td></tr>"))
    }
}

extension AwardCut {
    /// What a test compares of a cut.
    struct Parts: Equatable {
        let cutUnit: String
        let cutRank: Int
        let cutValue: Decimal
        let holds: Bool
    }
}

import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

/// The charts of every registered program's sample, as the full report draws them.
@Suite("Report charts on every sample")
struct ReportChartsTests {
    func sample(_ id: String) throws -> ProgramResult {
        let program = try #require(Catalog.program(id))
        return try program.sampleResult()
    }

    @Test("direction is what the program declared: higher, lower, or a column the ranks do not follow")
    func order() {
        #expect(ReportCharts.order(ValueColumn("v", "值", ranks: true)) == .higherIsBetter)
        #expect(ReportCharts.order(ValueColumn("v", "值", ranks: true, lowerIsBetter: true)) == .lowerIsBetter)
        #expect(ReportCharts.order(ValueColumn("v", "值")) == nil)
    }

    @Test("pension-staff-112: 積分 is lower-is-better, drawn on a reversed scale so the best bar is longest")
    func staff() throws {
        let figures = ReportCharts.figures(try sample("pension-staff-112"))
        #expect(figures.count == 3)
        let a = figures[0].chart
        #expect(a.reversed)
        #expect(a.bars.map(\.label) == ["臺中市", "高雄市", "新北市", "臺南市", "臺北市", "桃園市"])
        #expect(a.cutAfter == 2)
        #expect(figures[0].caption.hasPrefix("A 組（直轄市）：積分；越低越好"))
        let svg = a.svg()
        // Labels 6 columns wide: x0 = (6 + 2) × 7 + 12 = 68; x1 = 760 − 90 = 670; the scale runs
        // from 6 (5.60's next integer) at the left to 0 at the right: 臺中市 2.60 ends at
        // 670 − 2.6 × 602 ÷ 6 = 409.13, a bar 341.1 long; 桃園市 5.60 ends at 108.13, 40.1 long.
        // The scale sits under 6 rows and the cut line's gap: 8 + 6 × 20 + 18 + 16 = 162.
        #expect(svg.contains(#"<rect x="68" y="11" width="341.1" height="14""#))
        #expect(svg.contains(##"width="40.1" height="14" fill="#b86b5a"/>"##))
        #expect(svg.contains(#"<text class="scale" x="68" y="162" text-anchor="start">6</text>"#))
        #expect(svg.contains(#"<text class="scale" x="670" y="162" text-anchor="end">0</text>"#))
        // B 組: 8 winners above the line, down to 彰化縣 8.85.
        #expect(figures[1].chart.cutAfter == 7)
        #expect(figures[1].chart.bars[7].label == "彰化縣")
        // The change chart spans both groups, whose ranks do not follow 消長: no cut line.
        #expect(figures[2].chart.cutAfter == nil)
        #expect(!figures[2].chart.reversed)
    }

    @Test("kaoping-111: four groups' totals with the 菁英獎 cut line; 行動服務貢獻獎 marked ◆")
    func kaoping() throws {
        let figures = ReportCharts.figures(try sample("kaoping-111"))
        #expect(figures.count == 4)
        #expect(figures.map(\.chart.cutAfter) == [2, 2, 3, 3])
        #expect(figures.map { $0.chart.bars.count }.reduce(0, +) == 77)
        #expect(figures.allSatisfy { $0.chart.cutLabel == "菁英獎切線" && !$0.chart.reversed })
        let first = figures[0].chart
        #expect(first.bars.filter { $0.style == .listed }.map(\.label) == ["屏東縣屏東市", "高雄市楠梓區"])
        #expect(figures[0].caption == "第一組：總得分；虛線為菁英獎切線；★ 菁英獎　◆ 行動服務貢獻獎")
        #expect(first.svg().contains("◆ 屏東縣屏東市"))
    }

    @Test("indigenous-112: no cut line under 合計; the watch list marked ◆ in both charts")
    func indigenous() throws {
        let figures = ReportCharts.figures(try sample("indigenous-112"))
        #expect(figures.count == 2)
        #expect(figures.map(\.chart.cutAfter) == [nil, nil])
        #expect(figures.map { $0.chart.bars.count } == [56, 56])
        let watched = Set(["新竹縣關西鎮", "苗栗縣泰安鄉", "臺東縣蘭嶼鄉", "南投縣仁愛鄉"])
        for figure in figures {
            #expect(Set(figure.chart.bars.filter { $0.style == .listed }.map(\.label)) == watched)
            #expect(figure.chart.bars.last?.style == .reference)
            #expect(figure.caption.contains("◆ 連續下降列入關注"))
            #expect(!figure.caption.contains("★"))
        }
    }

    @Test("pension-county-112: the cut line on the 消長 chart only, which the ranks follow")
    func county() throws {
        let figures = ReportCharts.figures(try ReportFixtures.pensionCounty())
        #expect(figures.map(\.chart.cutAfter) == [2, nil])
        #expect(figures[1].chart.bars.prefix(3).allSatisfy { $0.style == .winner })
    }

    @Test("outcome tables: no 等第 column that repeats the award, no empty 組別 column")
    func outcomeTables() throws {
        let kaoping = HTMLRenderer.render([try sample("kaoping-111")])
        #expect(kaoping.contains("<table class=\"outcomes\" data-policy=\"elite\">\n<thead><tr><th>組別</th><th>名次</th><th>單位</th><th>總得分</th></tr></thead>"))
        #expect(kaoping.contains("<tr data-unit=\"高雄市前鎮區\"><td>第一組</td><td class=\"num\">1</td><td class=\"unit\">高雄市前鎮區</td><td class=\"num\">93.2</td></tr>"))
        // Nominees excluded at the preliminary review are in no group.
        let exemplary = HTMLRenderer.render([try sample("pension-exemplary-112")])
        #expect(exemplary.contains("<table class=\"outcomes\" data-policy=\"excluded\">\n<thead><tr><th>單位</th><th>等第</th><th>說明</th></tr></thead>"))
    }

    @Test("a per-person award's total reads as a total: 每人最高 5,000 元（合計 65,000 元）")
    func perPerson() throws {
        let result = try sample("pension-staff-112")
        let taichung = result.outcomes.filter { $0.unit == "臺中市" }
        #expect(OutcomeText.summary(taichung, titles: result.policyTitles) == "每人最高 5,000 元（合計 65,000 元）；列入年度考核")
        // 臺中市: 13 people (督導員 2、服務員 11) × 5,000 = 65,000.
        #expect(taichung.first?.amount == Decimal(65000))
    }

    @Test("pension-exemplary-112: two roles, every 服務員 above the line (one place 從缺)")
    func exemplary() throws {
        let figures = ReportCharts.figures(try sample("pension-exemplary-112"))
        #expect(figures.map(\.chart.cutAfter) == [1, 8])
        #expect(figures[0].caption.hasPrefix("督導員：複審分數；虛線為標竿學習獎切線"))
    }
}

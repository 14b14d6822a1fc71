import Foundation
import PingbiCore
import PingbiReports
import Testing

/// Text columns (``ProgramResult/textColumns``) in every format, on the real indigenous-112
/// sample. 臺東縣蘭嶼鄉 by hand: rates 47.67, 47.95, 47.81, 47.67, 47.50 over the five
/// snapshots; low 47.50, high 47.95, levels (v − 47.50) × 7 ÷ 0.45 rounded = 3, 7, 5, 3, 0, so
/// the trend is `▄█▆▄▁`; 47.50 − 48.14 = −0.64, so 下降.
@Suite("Text columns")
struct ReportTextColumnsTests {
    @Test("the sample carries 提升與否 and 趨勢 for every area and 合計")
    func sample() throws {
        let result = try ReportFixtures.indigenous()
        #expect(result.textColumns.map(\.key) == ["direction", "trend"])
        let lanyu = try #require(result.unit(named: "臺東縣蘭嶼鄉"))
        #expect(lanyu.texts == ["direction": "下降", "trend": "▄█▆▄▁"])
        #expect(result.units.count == 56)
        #expect(result.units.allSatisfy { $0.texts["trend"]?.count == 5 })
    }

    @Test("terminal table: the text columns after the value columns, before 結果")
    func table() throws {
        let text = TableRenderer.render(try ReportFixtures.indigenous(), options: .init(all: true))
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("名次") })
        #expect(header.hasSuffix("期數  提升與否  趨勢   結果"))
        #expect(text.contains("   1  臺東縣蘭嶼鄉            47.50          48.14               -0.64          47.67          47.50             -0.17                 3     5  下降      ▄█▆▄▁  ★ 列入關注\n"))
        #expect(text.contains("  27  新竹縣關西鎮            35.12          35.86               -0.74          38.28          35.12             -3.16                 4     5  下降      █▆▅▃▁  ★ 列入關注\n"))
    }

    @Test("JSON: `texts` beside `values` in each unit; programs without text columns unchanged")
    func json() throws {
        let json = JSONRenderer.render(try ReportFixtures.indigenous())
        #expect(json.contains(#"{"unit": "臺東縣蘭嶼鄉", "group": null, "rank": 1, "values": {"rate": 47.5, "base": 48.14, "change": -0.64, "first": 47.67, "last": 47.5, "series_change": -0.17, "declines": 3, "periods": 5}, "texts": {"direction": "下降", "trend": "▄█▆▄▁"}}"#))
        #expect(json.components(separatedBy: "\"texts\": {").count - 1 == 56)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let units = try #require(decoded?["units"] as? [[String: Any]])
        #expect((units[0]["texts"] as? [String: String])?["trend"] == "▄█▆▄▁")
        let county = JSONRenderer.render(try ReportFixtures.pensionCounty())
        #expect(!county.contains("\"texts\""))
        #expect(county.contains(#"{"unit": "臺南市", "group": null, "rank": 1, "values": {"rate": 57.7, "base": 57.77, "change": -0.07}}"#))
        // A unit missing a text is `null`, as a missing value is.
        var result = try ReportFixtures.indigenous()
        result.units[0].texts["trend"] = nil
        #expect(JSONRenderer.render(result).contains(#""texts": {"direction": "下降", "trend": null}"#))
    }

    @Test("CSV: Chinese-headed text columns after the values, empty where missing")
    func csv() throws {
        var result = try ReportFixtures.indigenous()
        let lines = CSVRenderer.render(result).dropFirst().components(separatedBy: "\r\n")
        // After 評比, the reading and a blank row.
        #expect(lines[3] == "組別,名次,單位,本期收繳率(%),前期收繳率(%),收繳率消長(百分點),首期收繳率(%),末期收繳率(%),期間變動(百分點),期末連續下降期數,期數,提升與否,趨勢,結果,理由")
        #expect(lines[4] == ",1,臺東縣蘭嶼鄉,47.50,48.14,-0.64,47.67,47.50,-0.17,3,5,下降,▄█▆▄▁,列入關注,期末連續下降 3 期（111-05 起）")
        result.units[0].texts = [:]
        #expect(CSVRenderer.render(result).contains("\r\n,1,臺東縣蘭嶼鄉,47.50,48.14,-0.64,47.67,47.50,-0.17,3,5,,,列入關注,期末連續下降 3 期（111-05 起）\r\n"))
        #expect(CSVRenderer.render(try ReportFixtures.pensionCounty()).contains("\r\n\r\n組別,名次,單位,本期收繳率(%),前期收繳率(%),收繳率消長(百分點),結果,理由\r\n"))
    }

    @Test("HTML: a cell per text column, and the trend drawn in the rate chart")
    func html() throws {
        let result = try ReportFixtures.indigenous()
        let html = HTMLRenderer.render([result])
        #expect(html.contains("<th>期數</th><th>提升與否</th><th>趨勢</th><th>結果</th>"))
        #expect(html.contains(#"<td class="num">5</td><td class="text">下降</td><td class="text" data-role="trend">▄█▆▄▁</td><td class="result">列入關注</td></tr>"#))
        let rates = try #require(ReportCharts.figures(result).last)
        #expect(rates.caption.contains("其後小長條為各期收繳率趨勢"))
        // The chart draws the unit's typed series, not its text.
        #expect(rates.chart.bars[0].spark == result.units[0].series)
        #expect(rates.chart.bars[0].spark?.count == 5)
        #expect(rates.chart.bars[0].spark.map(Sparkline.render) == "▄█▆▄▁")
        #expect(rates.chart.bars[0].text == "47.50 ▼0.64")
        let svg = rates.chart.svg()
        #expect(svg.contains(#"<g class="spark" data-trend="▄█▆▄▁">"#))
        // 55 bars: rows of 15; ▁ (level 0) is 2 high, █ (level 7) 2 + 7 × 8 ÷ 7 = 10.
        let first = try #require(svg.components(separatedBy: #"data-trend="▄█▆▄▁">"#).dropFirst().first?.components(separatedBy: "</g>").first)
        #expect(first.components(separatedBy: "<rect").count - 1 == 5)
        #expect(first.contains(#"height="10" fill"#))
        #expect(first.contains(#"height="2" fill"#))
        // Programs without text columns get no extra cells.
        #expect(!HTMLRenderer.render([try ReportFixtures.pensionCounty()]).contains("class=\"text\""))
    }

    @Test("explain: each text with its explanation after the values")
    func explain() throws {
        let result = try ReportFixtures.indigenous()
        let text = ExplainRenderer.render(try #require(result.unit(named: "臺東縣蘭嶼鄉")), in: result)
        #expect(text.contains("\n提升與否（direction）= 下降\n  提升與否\n    輸入：收繳率消長 = -0.64\n    結果：下降\n"))
        #expect(text.contains("\n趨勢（trend）= ▄█▆▄▁\n"))
        let direction = try #require(text.range(of: "提升與否（direction）"))
        let periods = try #require(text.range(of: "期數（periods）"))
        #expect(periods.upperBound < direction.lowerBound)
    }
}

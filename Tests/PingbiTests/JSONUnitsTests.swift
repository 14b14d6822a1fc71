import Foundation
import PingbiCore
import PingbiReports
import Testing

/// The units of a JSON result, written into one string: every unit and value laid out as
/// before, and a name escaped only where it must be.
@Suite struct JSONUnitsTests {
    @Test func unitsAreLaidOutAndEscaped() {
        var result = ProgramResult(program: "p", title: "標題", readings: [], columns: [ValueColumn("total", "總得分"), ValueColumn("A1", "A")])
        result.textColumns = [ValueColumn("missing", "缺資料月份")]
        result.units = [
            UnitResult(unit: "高雄市三民區", group: "1", rank: 1, values: ["total": Decimal.exact("88.6"), "A1": 12], texts: ["missing": "111-03"]),
            UnitResult(unit: "名\"稱\\\u{200E}", values: ["total": -3]),
        ]
        let json = JSONRenderer.render(result)
        #expect(json.contains("""
              "units": [
                {"unit": "高雄市三民區", "group": "1", "rank": 1, "values": {"total": 88.6, "A1": 12}, "texts": {"missing": "111-03"}},
                {"unit": "名\\"稱\\\\\\u200e", "group": null, "rank": null, "values": {"total": -3, "A1": null}, "texts": {"missing": null}}
              ],
            """))
        result.units = []
        #expect(JSONRenderer.render(result).contains("\"units\": [],"))
    }
}

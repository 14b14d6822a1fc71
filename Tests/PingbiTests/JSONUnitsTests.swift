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

/// A large result's units are written in pieces, two at a time on two threads, and handed on
/// piece by piece: every unit once, in order, separated exactly as a small result's are; the
/// pieces, the bytes and the text the same JSON.
@Suite struct JSONPiecesTests {
    @Test func piecesJoinIntoTheSameLayout() {
        var result = ProgramResult(program: "p", title: "標題", readings: [], columns: [ValueColumn("total", "總得分")])
        let keys = ValueKeys(["total"])
        result.units = (0..<25_001).map { UnitResult(unit: "第\($0)所", group: "1", rank: $0 + 1, values: UnitValues(keys: keys, leading: [Decimal($0)])) }
        let bytes = JSONRenderer.bytes([result])
        let text = JSONRenderer.render([result])
        #expect(Array(text.utf8) == bytes)
        var pieces: [[UInt8]] = []
        JSONRenderer.write([result]) { pieces.append($0) }
        // The object's start, eleven pieces of units (2,500 each, the last of one unit), then the object's end.
        #expect(pieces.count == 13)
        #expect(String(decoding: pieces[0], as: UTF8.self).hasSuffix("\"units\": "))
        #expect(Array(pieces.joined()) == bytes)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex { $0.hasSuffix("\"units\": [") }!
        for index in [0, 2_499, 2_500, 2_501, 4_999, 5_000, 5_001, 9_999, 10_000, 12_500, 24_999, 25_000] {
            let comma = index < 25_000 ? "," : ""
            #expect(lines[start + 1 + index] == "    {\"unit\": \"第\(index)所\", \"group\": \"1\", \"rank\": \(index + 1), \"values\": {\"total\": \(index)}}\(comma)")
        }
        #expect(lines[start + 25_002] == "  ],")
    }
}

import Foundation
import PingbiCore
import Synchronization
import Testing

/// How a result stores what 100,000 units need little memory for: explanations deferred per
/// unit, and monthly values beside shared keys. Reading them gives what was stored.
@Suite struct ResultStorageTests {
    @Test func deferredExplanationsAreMadeWhenReadAndKeptWhenChanged() {
        let builds = Mutex(0)
        let total = {
            var total = Explanation("總得分")
            total.add(.result, "88.6")
            return total
        }()
        var row = UnitResult(unit: "高雄市三民區", values: ["total": Decimal.exact("88.6")], explanations: ["total": Explanation("舊")])
        row.deferExplanations {
            builds.withLock { $0 += 1 }
            return ["total": total, "S1": Explanation("S1 健保櫃檯承保申辦率")]
        }
        #expect(builds.withLock { $0 } == 0)
        #expect(row.explanations["total"]?.steps.map(\.text) == ["88.6"])
        #expect(row.explanations.keys.sorted() == ["S1", "total"])
        // Equal to the same explanations stored.
        #expect(row == UnitResult(unit: "高雄市三民區", values: ["total": Decimal.exact("88.6")], explanations: ["total": total, "S1": Explanation("S1 健保櫃檯承保申辦率")]))
        // Changing one keeps the others, and the closure is not asked again.
        row.explanations["assist"] = Explanation("協助件數")
        let asked = builds.withLock { $0 }
        #expect(row.explanations.keys.sorted() == ["S1", "assist", "total"])
        #expect(row.explanations["total"] == total)
        #expect(builds.withLock { $0 } == asked)
    }

    /// Rows deferring to one shared source read their own row's explanations from it, only when
    /// read, and keep them once changed.
    @Test func explanationsDeferredToASourceAreReadByRow() {
        final class ByRow: UnitExplanationsSource {
            let reads = Mutex(0)
            func explanations(ofRow row: Int) -> [String: Explanation] {
                reads.withLock { $0 += 1 }
                return ["total": Explanation("第 \(row) 列")]
            }
        }
        let source = ByRow()
        var rows = (0..<3).map { UnitResult(unit: "公所\($0)", explanations: ["total": Explanation("舊")]) }
        for index in rows.indices { rows[index].deferExplanations(to: source, row: index) }
        #expect(source.reads.withLock { $0 } == 0)
        #expect(rows.map { $0.explanations["total"]?.title } == ["第 0 列", "第 1 列", "第 2 列"])
        #expect(rows[1] == UnitResult(unit: "公所1", explanations: ["total": Explanation("第 1 列")]))
        rows[2].explanations["assist"] = Explanation("協助件數")
        let asked = source.reads.withLock { $0 }
        #expect(rows[2].explanations.keys.sorted() == ["assist", "total"])
        #expect(rows[2].explanations["total"]?.title == "第 2 列")
        #expect(source.reads.withLock { $0 } == asked)
    }

    @Test func monthValuesReadByKey() {
        let keys = ["A2", "A3", "A1"]
        let march = MonthValues(month: YearMonth(year: 111, month: 3), keys: keys, values: [235, 12, nil])
        #expect(march.value("A2") == 235)
        #expect(march.value("A1") == nil)
        #expect(march.value("A9") == nil)
        #expect(march.values == ["A2": 235, "A3": 12])
        // The same values given as a dictionary are the same month.
        #expect(march == MonthValues(month: YearMonth(year: 111, month: 3), values: ["A3": 12, "A2": 235]))
        #expect(march != MonthValues(month: YearMonth(year: 111, month: 3), values: ["A3": 12, "A2": 236]))
        let missing = MonthValues(month: YearMonth(year: 111, month: 4), keys: [], values: [], missing: true)
        #expect(missing.values.isEmpty && missing.missing)
    }

    /// A month worked out by a source: its values read from the source, with the source's keys,
    /// in 40 bytes (800,000 of them at 100,000 offices took 64 each).
    @Test func sourcedMonthsReadTheSourceAndStaySmall() {
        final class Doubling: MonthValuesSource {
            let keys = ["A1", "A2"]
            func value(_ index: Int, of entry: Int) -> Decimal? { index == 0 ? Decimal(2 * entry) : nil }
        }
        let source = Doubling()
        let month = MonthValues(month: YearMonth(year: 111, month: 5), keys: source.keys, source: source, entry: 21)
        #expect(month.value("A1") == 42 && month.value("A2") == nil && !month.missing)
        #expect(month == MonthValues(month: YearMonth(year: 111, month: 5), values: ["A1": 42]))
        #expect(MemoryLayout<MonthValues>.stride <= 40)
    }
}

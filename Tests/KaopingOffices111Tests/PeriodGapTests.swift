import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// An office whose rows all lie outside `--period` (SPEC §1): not an error; every month of the
/// period is missing, its item (5) A is undefined, it is left out of B and scores 80.
@Suite("kaoping-111 an office with no month in the period")
struct PeriodGapTests {
    /// 甲 and 乙 in group 1 with rows in every month; 丙 only in 111-06..111-09.
    static let data = MiniData(
        offices: ["甲鄉,1,250,N", "乙鄉,1,250,N", "丙鄉,1,250,N"],
        activity: [
            "甲鄉": [2: [.enrol: 1, .volume: 2]],
            "乙鄉": [2: [.enrol: 1, .volume: 2, .systemErrors: 1], 3: [.systemErrors: 1]],
            "丙鄉": [6: [.enrol: 1, .volume: 2, .systemErrors: 9]],
        ],
        skip: ["丙鄉 2", "丙鄉 3", "丙鄉 4", "丙鄉 5"])

    @Test func allMonthsMissingIsWarnedAndScores80OnItem5() throws {
        let result = try Self.data.run(period: "111-02..111-05")
        #expect(result.provisional)
        #expect(result.warnings.contains { $0.contains("丙鄉 缺 111-02、111-03、111-04、111-05") })
        #expect(result.warnings.contains { $0.contains("丙鄉 在期間 111-02..111-05 內沒有任何月份的資料") })
        #expect(result.value("丙鄉", "A5") == nil)
        #expect(result.value("丙鄉", "S5") == Decimal.exact("80"))
        // B over 甲 (102) and 乙 ((98 + 98 + 102 + 102) / 4 = 100) only: 甲 ((2×102 − 202)×10)/202 + 80 = 80.099… → 80.1.
        #expect(result.value("乙鄉", "A5") == Decimal.exact("100"))
        #expect(result.value("甲鄉", "S5") == Decimal.exact("80.1"))
        // Every other count is zero over the period: 丙's A2–A4 are 0 and its 承保異動量 is 0.
        #expect(result.value("丙鄉", "A2") == 0)
        #expect(result.value("丙鄉", "S1") == Decimal.exact("80"))
        for quality in ["monthly", "period"] {
            #expect(try Self.data.run(["quality-basis": quality], period: "111-02..111-05").value("丙鄉", "S5") == Decimal.exact("80"))
        }
    }
}

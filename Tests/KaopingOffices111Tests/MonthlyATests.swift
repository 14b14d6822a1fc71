import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// The monthly A's are worked out from the offices' counts when read, each month from its own
/// office's own counts, a missing month in its place with none.
@Suite("kaoping-111 monthly A")
struct MonthlyATests {
    @Test func eachMonthReadsItsOwnCounts() {
        let (february, march, april) = (YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 3), YearMonth(year: 111, month: 4))
        let first = OfficeActivity(
            office: Office(name: "甲", group: 1),
            months: [
                (february, Counts([.enrol: 3, .transferOut: 1, .volume: 8, .eBillCounter: 3, .autoDebit: 1, .counterInstalment: 5, .eventPromotion: 1])),
                (april, Counts([.autoDebit: 4])),
            ],
            missing: [march])
        let second = OfficeActivity(office: Office(name: "乙", group: 1), months: [(march, Counts([.autoDebit: 9, .volume: 10, .enrol: 1]))])
        let monthly = MonthlyA([first, second], items: Kaoping111().items)
        let months = [monthly.months(of: 0), monthly.months(of: 1)]

        #expect(months[0].map(\.month) == [february, march, april])
        #expect(months[0].map(\.missing) == [false, true, false])
        // 申辦率 (3+1)/8×100; 無紙化 2×3+1; 欠費 2×5; 宣導 2×1.
        #expect(months[0][0].values == ["A1": 50, "A2": 7, "A3": 10, "A4": 2])
        #expect(months[0][0] == MonthValues(month: february, values: ["A1": 50, "A2": 7, "A3": 10, "A4": 2]))
        #expect(months[0][1].values.isEmpty)
        // No 承保異動量: the rate is undefined that month.
        #expect(months[0][2].value("A1") == nil)
        #expect(months[0][2].value("A2") == 4)
        #expect(months[1].map(\.month) == [march])
        #expect(months[1][0].values == ["A1": 10, "A2": 9, "A3": 0, "A4": 0])
    }

    /// A row given its months by the source reads them when asked, equal to a row storing them.
    @Test func aRowReadsItsMonthsFromTheSource() {
        let (february, march) = (YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 3))
        let first = OfficeActivity(office: Office(name: "甲", group: 1), months: [(february, Counts([.autoDebit: 2]))], missing: [march])
        let second = OfficeActivity(office: Office(name: "乙", group: 1), months: [(march, Counts([.autoDebit: 9]))])
        let monthly = MonthlyA([first, second], items: Kaoping111().items)
        var row = UnitResult(unit: "乙")
        row.deferMonths(to: monthly, unit: 1)

        #expect(row.months.map(\.month) == [march])
        #expect(row.months[0].value("A2") == 9)
        // No 承保異動量: the rate is undefined that month.
        #expect(row.months[0].value("A1") == nil)
        var stored = UnitResult(unit: "乙")
        stored.months = monthly.months(of: 1)
        #expect(row == stored)
    }
}

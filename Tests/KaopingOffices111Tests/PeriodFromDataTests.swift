import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// The June trap (issue 12, item 4): a file of 111-02..111-05 run without `--period` is the
/// June round — provisional, over the months it holds — not October's with four months of zeros.
@Suite struct PeriodFromDataTests {
    /// The readings set of MiniData with every office's rows for 111-06..111-09 left out.
    static let june: MiniData = {
        var data = MiniData.readings
        for office in data.activity.keys { for month in 6...9 { data.skip.insert("\(office) \(month)") } }
        return data
    }()

    @Test func theRunIsForTheMonthsTheDataHolds() throws {
        let result = try Self.june.run()
        #expect(result.period?.description == "111-02..111-05")
        #expect(result.provisional)
        #expect(result.outcomes.allSatisfy { $0.provisional })
        #expect(result.notes.contains("資料只涵蓋 111-02 至 111-05 的月份（共 4 個月）：本次依資料以 111-02..111-05 計算，不足的月份不以 0 補計"))
        // No office is told it lacks 111-06..111-09.
        #expect(!result.warnings.contains { $0.contains("111-06") })
    }

    @Test func itEqualsTheSameRunWithThePeriodGiven() throws {
        let fromData = try Self.june.run()
        let given = try Self.june.run(period: "111-02..111-05")
        #expect(fromData.units == given.units)
        #expect(fromData.outcomes == given.outcomes)
        #expect(!given.notes.contains { $0.hasPrefix("資料只涵蓋") })
    }

    @Test func aMonthMissingInsideTheSpanStaysAWarning() throws {
        var data = Self.june
        data.skip.insert("甲鄉 3")
        let result = try data.run()
        #expect(result.period?.description == "111-02..111-05")
        #expect(result.warnings.contains { $0.hasPrefix("甲鄉 缺 111-03 的資料") })
    }

    @Test func aWholePeriodIsFinal() throws {
        let result = try MiniData.readings.run()
        #expect(result.period?.description == "111-02..111-09")
        #expect(!result.provisional)
    }
}

extension PeriodFromDataTests {
    @Test func aMissingMonthShowsOnTheOfficesRow() throws {
        var data = Self.june
        data.skip.insert("甲鄉 3")
        data.skip.insert("甲鄉 4")
        let result = try data.run()
        #expect(result.textColumns.map(\.title) == ["缺資料月份"])
        #expect(result.unit(named: "甲鄉")?.texts["missing"] == "111-03、111-04")
        #expect(result.unit(named: "乙鄉")?.texts["missing"] == nil)
        #expect(try Self.june.run().textColumns.isEmpty)
    }
}

import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import KaopingOffices111

/// Bad input: each case a DataError naming file, line, column and value; warnings for the
/// rest. Two offices × 8 months less 甲鄉 111-03 fill lines 2–16 of activity.csv; an extra line is line 17.
@Suite("kaoping-111 bad input")
struct BadInputTests {
    static let base = MiniData(
        offices: ["甲鄉,1,250,N", "乙鄉,1,300,N"],
        activity: ["甲鄉": [2: [.enrol: 1, .volume: 5]], "乙鄉": [2: [.enrol: 2, .volume: 5]]])

    /// The DataError a run on `data` throws; no error fails the test.
    static func error(_ data: MiniData, period: String? = nil) throws -> DataError {
        try #require(thrownDataError { _ = try data.run(period: period) })
    }

    static func withExtraLine(_ line: String) -> MiniData {
        var data = base
        data.skip = ["甲鄉 3"]  // leaves 15 generated rows: the extra line is line 17
        data.extraActivityLines = [line]
        return data
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let data: MiniData
        let file: String, line: Int?, column: String, value: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "office not in offices.csv", data: withExtraLine(MiniData.line("丙鄉", "111-02", [:])),
             file: "activity.csv", line: 17, column: "公所", value: "丙鄉"),
        Case(name: "duplicate office-month", data: withExtraLine(MiniData.line("甲鄉", "111-04", [:])),
             file: "activity.csv", line: 17, column: "月份", value: "111-04"),
        Case(name: "negative count", data: withExtraLine(MiniData.line("甲鄉", "111-03", [.enrol: -1])),
             file: "activity.csv", line: 17, column: "健保櫃檯加保", value: "-1"),
        Case(name: "month outside the program period", data: withExtraLine(MiniData.line("甲鄉", "111-10", [:])),
             file: "activity.csv", line: 17, column: "月份", value: "111-10"),
        Case(name: "unparseable month", data: withExtraLine(MiniData.line("甲鄉", "111年3月", [:])),
             file: "activity.csv", line: 17, column: "月份", value: "111年3月"),
        Case(name: "part larger than its whole", data: withExtraLine(MiniData.line("甲鄉", "111-10", [.enrol: 9, .volume: 3]).replacingOccurrences(of: "111-10", with: "111-03")),
             file: "activity.csv", line: 17, column: "承保異動量", value: "3"),
        Case(name: "unknown 組別", data: MiniData(offices: ["甲鄉,5,250,N", "乙鄉,1,300,N"], activity: base.activity),
             file: "offices.csv", line: 2, column: "組別", value: "5"),
        Case(name: "no 組別 and no average", data: MiniData(offices: ["甲鄉,1,250,N", "乙鄉,,,N"], activity: base.activity),
             file: "offices.csv", line: 3, column: "組別", value: ""),
        Case(name: "bad 在地製卡", data: MiniData(offices: ["甲鄉,1,250,是", "乙鄉,1,300,N"], activity: base.activity),
             file: "offices.csv", line: 2, column: "在地製卡", value: "是"),
        Case(name: "duplicate office in offices.csv", data: MiniData(offices: ["甲鄉,1,250,N", "乙鄉,1,300,N", "甲鄉,1,250,N"], activity: base.activity),
             file: "offices.csv", line: 4, column: "公所", value: "甲鄉"),
        Case(name: "office with no activity row", data: MiniData(offices: ["甲鄉,1,250,N", "乙鄉,1,300,N", "丙鄉,2,100,N"], activity: base.activity),
             file: "activity.csv", line: nil, column: "公所", value: "丙鄉"),
    ]

    @Test("each bad input names file, line, column and value", arguments: cases)
    func badInput(_ test: Case) throws {
        let error = try BadInputTests.error(test.data)
        #expect(error.file.hasSuffix(test.file), "\(error)")
        #expect(error.line == test.line, "\(error)")
        #expect(error.column == test.column, "\(error)")
        #expect(error.value == test.value, "\(error)")
        #expect(!error.expected.isEmpty)
    }

    @Test func nonIntegerCount() throws {
        var line = MiniData.line("甲鄉", "111-03", [:]).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        line[2 + CountColumn.allCases.firstIndex(of: .crossDistrict)!] = "1.5"
        let error = try BadInputTests.error(BadInputTests.withExtraLine(line.joined(separator: ",")))
        #expect(error.line == 17 && error.column == "跨區收件" && error.value == "1.5")
        #expect(error.description.contains("整數"))
    }

    @Test func missingMonthIsAWarningAndLeftOutOfItem5() throws {
        var data = BadInputTests.base
        data.activity["甲鄉"]![3] = [.systemErrors: 5]  // 111-03: 90
        data.skip = ["甲鄉 4", "甲鄉 5"]
        let result = try data.run()
        #expect(result.warnings.contains { $0.contains("甲鄉 缺 111-04、111-05") })
        // Six months present: five error-free (102) and one at 90 → (510 + 90) / 6 = 100.
        #expect(result.value("甲鄉", "A5") == Decimal.exact("100"))
        #expect(result.unit(named: "甲鄉")!.explanations["A5"]!.lines.joined().contains("不列入月平均"))
    }

    @Test func warnings() throws {
        var data = BadInputTests.base
        data.offices = ["甲鄉,2,250,N", "乙鄉,1,300,N"]  // 250 → 第一組, stated 2
        data.activity["乙鄉"]![6] = [.localCards: 12]
        let result = try data.run()
        #expect(result.unit(named: "甲鄉")?.group == "2")
        #expect(result.warnings.contains { $0.contains("甲鄉") && $0.contains("以組別（附件1）為準") })
        #expect(result.warnings.contains { $0.contains("乙鄉 不是在地製卡據點公所") })
        #expect(result.warnings.contains { $0.contains("第一組有 1 家公所") })
    }

    @Test func volumeZeroWarns() throws {
        var data = BadInputTests.base
        data.activity["乙鄉"] = [:]
        let result = try data.run()
        #expect(result.warnings.contains { $0.contains("乙鄉 承保異動量為 0") })
        #expect(result.value("乙鄉", "S1") == Decimal.exact("80"))
        #expect(result.value("甲鄉", "S1") == Decimal.exact("80"))  // alone in B
    }

    @Test func missingColumnAndBom() throws {
        let data = BadInputTests.base
        let header = "\u{FEFF}" + MiniData.header.replacingOccurrences(of: ",跨區收件", with: "")
        do {
            _ = try data.write(activityText: header + "\n").table(KaopingInputs.activity)
            Issue.record("expected an error")
        } catch let error as DataError {
            #expect(error.line == 1 && error.column == "跨區收件")
        }
        // 在地製卡件數 may be left out entirely.
        let text = data.activityText.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",") }.joined(separator: "\n")
        let source = try data.write(activityText: "\u{FEFF}" + text + "\n")
        let result = try Kaoping111().evaluate(EvaluationContext(data: source))
        #expect(result.units.count == 2)
    }
}

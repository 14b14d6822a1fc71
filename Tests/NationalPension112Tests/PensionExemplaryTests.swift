import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

@Suite("pension-exemplary-112")
struct PensionExemplaryTests {
    let program = PensionExemplary112()
    static let header = "推薦機關,姓名,職稱,現任,事蹟概述,照片數,評審1,評審2,評審3,評審4,評審5"

    /// A nominations.csv from rows written as `agency,name,title,serving,summary,photos,s1,…,s5`.
    static func files(_ rows: [String], header: String = header) -> [String: String] {
        ["nominations.csv": ([header] + rows).joined(separator: "\n") + "\n"]
    }

    static func row(_ agency: String, _ name: String, _ title: String = "服務員", scores: [Int]) -> String {
        "\(agency),\(name),\(title),是,事蹟,2," + scores.map(String.init).joined(separator: ",")
    }

    func run(_ files: [String: String], _ readings: [String: String] = [:]) throws -> ProgramResult {
        try Fixture.run(program, try Fixture.folder(files), readings)
    }

    @Test func sampleRunMatchesHandComputation() throws {
        let result = try Fixture.runSample(program)
        let excluded = Dictionary(uniqueKeysWithValues: result.outcomes(of: "excluded").map { ($0.unit, $0.reason!) })
        #expect(excluded.count == 5)
        #expect(excluded["範例黃建國"]!.hasPrefix("超額"))
        #expect(excluded["範例吳雅婷"] == "非現任人員")
        #expect(excluded["範例劉家豪"] == "事蹟概述 640 字，超過 500 字")
        #expect(excluded["範例蔡佩君"] == "服務照片 1 張，少於 2 張")
        #expect(excluded["範例洪雅惠"] == "事蹟概述空白")
        // 22 agencies, 12 nominated.
        #expect(result.warnings.filter { $0.contains("未推薦任何人") }.count == 10)
        #expect(result.warnings.contains { $0.hasPrefix("基隆市未推薦任何人") })
        #expect(result.units.count == 13)
        #expect(result.unit(named: "範例王大明")?.values["mean"] == Decimal(90))
        #expect(result.unit(named: "範例張志明")?.values["mean"] == Decimal.exact("85.6"))
        #expect(result.unit(named: "範例陳美玲")?.values["mean"] == Decimal.exact("90.2"))
        #expect(result.unit(named: "範例陳美玲")?.rank == 1 && result.unit(named: "範例陳美玲")?.group == "服務員")
        let winners = result.outcomes(of: "benchmark-award")
        #expect(winners.filter { $0.label == "標竿學習獎（督導員）" }.map(\.unit) == ["範例王大明", "範例許淑惠"])
        #expect(winners.count == 11 && winners.allSatisfy { $0.amount == Decimal(5000) })
        #expect(result.warnings.contains("標竿學習獎服務員名額 10 名，達獲獎標準（0 分）者 9 人，1 名從缺。"))
        #expect(result.notes.contains { $0.contains("55,000") })
        #expect(result.notes.contains { $0.contains("等值商品") && $0.contains("5,000") })
        #expect(result.notes.contains { $0.hasPrefix("範例資料") })
    }

    @Test(arguments: Excess.allCases)
    func excess(_ excess: Excess) throws {
        let result = try Fixture.run(program, program.sampleData, ["excess": excess.rawValue])
        let newTaipei = result.outcomes(of: "excluded").filter { $0.reason!.hasPrefix("超額") }.map(\.unit)
        switch excess {
        case .firstThree: #expect(newTaipei == ["範例黃建國"])
        case .wholeAgency: #expect(newTaipei == ["範例陳美玲", "範例張志明", "範例李淑芬", "範例黃建國"])
        }
        #expect(result.warnings.contains("新北市推薦 4 人，超過至多 3 人之規定（超額部分不予納入複審）。"))
    }

    @Test func checksStopAtTheFirstReasonInOrder() throws {
        let long = String(repeating: "字", count: 501)
        let result = try run(Self.files([
            "臺北市,甲,服務員,是,事蹟,2,80,80,80,80,80",
            "臺北市,乙,服務員,是,事蹟,2,80,80,80,80,80",
            "臺北市,丙,服務員,是,事蹟,2,80,80,80,80,80",
            "臺北市,丁,服務員,否,,0,,,,,",  // 超額 before 非現任
            "新北市,戊,服務員,否,,0,,,,,",  // 非現任 before the rest
            "新北市,己,服務員,是,\(long),0,,,,,",  // 501 characters before photos
            "新北市,庚,服務員,是,\(String(repeating: "字", count: 500)),1,,,,,",
        ]))
        #expect(result.outcomes(of: "excluded").map { "\($0.unit):\($0.reason!)" } == [
            "丁:超額：臺北市推薦 4 人，此為第 4 位（至多推薦 3 人）", "戊:非現任人員", "己:事蹟概述 501 字，超過 500 字",
            "庚:服務照片 1 張，少於 2 張",
        ])
    }

    @Test(arguments: PanelScore.allCases)
    func panelScore(_ method: PanelScore) throws {
        let result = try Fixture.run(program, program.sampleData, ["panel-score": method.rawValue])
        let chen = try #require(result.unit(named: "範例陳美玲"))
        let cheng = try #require(result.unit(named: "範例鄭文彬"))
        switch method {
        case .mean:
            #expect(chen.values["mean"] == Decimal.exact("90.2") && cheng.values["mean"] == Decimal(90))
            #expect(chen.rank == 1 && cheng.rank == 2)
        case .trimmed:
            // (90+91+89) ÷ 3 and (91+89+90) ÷ 3: both 90, tied first.
            #expect(chen.values["mean"] == Decimal(90) && cheng.values["mean"] == Decimal(90))
            #expect(chen.rank == 1 && cheng.rank == 1)
            #expect(chen.explanations["mean"]!.steps.contains { $0.text == "去掉最高 93、最低 88" })
        }
    }

    @Test(arguments: AwardThreshold.allCases)
    func awardThreshold(_ threshold: AwardThreshold) throws {
        let result = try Fixture.run(program, program.sampleData, ["award-threshold": threshold.rawValue])
        // 督導員 90, 88, 85.6, 71.8; 服務員 90.2, 90, 87, 86, 85, 84, 81, 80, 76.
        let expected: [AwardThreshold: (Int, Int)] = [
            .zero: (2, 9), .sixty: (2, 9), .seventy: (2, 9), .seventyFive: (2, 9), .eighty: (2, 8),
            .eightyFive: (2, 5), .ninety: (1, 2),
        ]
        let winners = result.outcomes(of: "benchmark-award")
        #expect(winners.filter { $0.label == "標竿學習獎（督導員）" }.count == expected[threshold]!.0)
        #expect(winners.filter { $0.label == "標竿學習獎（服務員）" }.count == expected[threshold]!.1)
        let vacant = 10 - expected[threshold]!.1
        #expect(result.warnings.contains { $0.hasPrefix("標竿學習獎服務員") && $0.hasSuffix("\(vacant) 名從缺。") })
        if threshold == .ninety {
            #expect(result.unit(named: "範例許淑惠")!.explanations["mean"]!.steps.last!.text.contains("未達獲獎標準 90 分"))
        }
    }

    @Test(arguments: CutTies.allCases)
    func cutTiesAtTheTenthServiceWorker(_ ties: CutTies) throws {
        // Eleven 服務員 from 4 agencies: the 10th and 11th tie at 70; 督導員 tie at 2nd.
        let agencies = ["臺北市", "新北市", "桃園市", "臺中市"]
        var rows = (0..<9).map { i in Self.row(agencies[i / 3], "員\(i)", scores: Array(repeating: 90 - i, count: 5)) }
        rows.append(Self.row("臺中市", "員甲", scores: [70, 70, 70, 70, 70]))
        rows.append(Self.row("臺南市", "員乙", scores: [60, 80, 70, 70, 70]))
        rows += [Self.row("臺南市", "督甲", "督導員", scores: [95, 95, 95, 95, 95]),
                 Self.row("高雄市", "督乙", "督導員", scores: [85, 85, 85, 85, 85]),
                 Self.row("高雄市", "督丙", "督導員", scores: [80, 90, 85, 85, 85])]
        let result = try run(Self.files(rows), ["cut-ties": ties.rawValue])
        #expect(result.unit(named: "員甲")?.rank == 10 && result.unit(named: "員乙")?.rank == 10)
        let winners = result.outcomes(of: "benchmark-award").map(\.unit)
        switch ties {
        case .include:
            #expect(winners.count == 14)
            #expect(winners.contains("員乙") && winners.contains("督丙"))
            #expect(result.warnings.contains { $0.contains("服務員第 10 名切線同分：共 11 人獲獎") })
        case .refer:
            #expect(winners.count == 10)
            #expect(result.outcomes(of: "tied-at-cut").map(\.unit) == ["督乙", "督丙", "員甲", "員乙"])
        }
    }

    @Test func contactDetailsNeverAppear() throws {
        let header = Self.header + ",聯絡電話,e-mail,服務區域"
        let result = try run(Self.files([
            "臺北市政府社會局,王小明,服務員,是,長期訪視秘密事蹟XYZ,3,80,80,80,80,80,0912-345-678,ming@example.com,大安區",
            "新北市,李小華,服務員,是,事蹟,2,70,70,70,70,70,02-2345-6789,hua@example.com,板橋區",
        ], header: header))
        #expect(result.units.map(\.unit) == ["王小明", "李小華"])
        let everything = String(describing: result)
        for secret in ["0912-345-678", "ming@example.com", "02-2345-6789", "hua@example.com", "大安區", "秘密事蹟XYZ"] {
            #expect(!everything.contains(secret), "\(secret) leaked")
        }
        #expect(result.unit(named: "王小明")!.explanations["mean"]!.steps.contains { $0.text.contains("推薦機關：臺北市") })
    }

    @Test func everyNomineeIsExplained() throws {
        let result = try Fixture.run(program, program.sampleData)
        for unit in result.units {
            let explanation = try #require(unit.explanations["mean"])
            #expect(explanation.steps.contains { $0.kind == .result && $0.text == unit.values["mean"]!.plainText })
            #expect(explanation.steps.filter { $0.kind == .input }.count == 5)
        }
        let wang = result.unit(named: "範例王大明")!.explanations["mean"]!.steps.map(\.text)
        #expect(wang.contains("(92 + 88 + 90 + 85 + 95) ÷ 5 = 450 ÷ 5 = 90"))
    }

    @Test func sameNameFromTwoAgenciesIsTold() throws {
        let result = try run(Self.files([
            Self.row("臺北市", "王小明", scores: [80, 80, 80, 80, 80]), Self.row("新北市", "王小明", scores: [70, 70, 70, 70, 70]),
        ]))
        #expect(result.units.map(\.unit) == ["王小明（臺北市）", "王小明（新北市）"])
    }

    /// 推薦機關 names its 縣市: 臺北市政府社會局, 台北市 and 臺北市 are one agency for the limit of 3.
    @Test func agencyIsItsCountyForTheLimitOfThree() throws {
        let result = try run(Self.files([
            Self.row("臺北市政府社會局", "甲", scores: [80, 80, 80, 80, 80]), Self.row("臺北市", "乙", scores: [80, 80, 80, 80, 80]),
            Self.row("台北市政府", "丙", scores: [80, 80, 80, 80, 80]), Self.row("臺北市社會局", "丁", scores: [80, 80, 80, 80, 80]),
        ]))
        #expect(result.outcomes(of: "excluded").map(\.unit) == ["丁"])
        #expect(result.outcomes(of: "excluded").first?.reason == "超額：臺北市推薦 4 人，此為第 4 位（至多推薦 3 人）")
        #expect(result.warnings.contains("臺北市推薦 4 人，超過至多 3 人之規定（超額部分不予納入複審）。"))
    }

    /// 姓名（縣市） only where two agencies nominate the same 姓名; two offices of one 縣市 are one agency.
    @Test func countyIsAddedOnlyWhereTwoAgenciesShareAName() throws {
        let result = try run(Self.files([
            Self.row("臺北市政府社會局", "王小明", scores: [80, 80, 80, 80, 80]),
            Self.row("新北市政府", "李大同", scores: [70, 70, 70, 70, 70]),
        ]))
        #expect(result.units.map(\.unit) == ["王小明", "李大同"])
        let folder = try Fixture.folder(Self.files([
            Self.row("臺北市政府社會局", "王小明", scores: [80, 80, 80, 80, 80]),
            Self.row("臺北市", "王小明", scores: [70, 70, 70, 70, 70]),
        ]))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 3 && error.column == "姓名" && error.value == "王小明")
    }

    /// A person's name is never altered: 王台生 is shown as written, and 王台生 and 王臺生 are two people.
    @Test func personNamesAreShownAsWritten() throws {
        let result = try run(Self.files([
            Self.row("臺北市", " 王台生 ", scores: [80, 80, 80, 80, 80]), Self.row("臺北市", "王臺生", scores: [70, 70, 70, 70, 70]),
        ]))
        #expect(result.units.map(\.unit) == ["王台生", "王臺生"])
        #expect(result.outcomes(of: "benchmark-award").map(\.unit) == ["王台生", "王臺生"])
        #expect(result.unit(named: "王台生")?.values["mean"] == 80)
        #expect(result.unit(named: "王臺生")?.values["mean"] == 70)
        let shared = try run(Self.files([
            Self.row("臺北市", "王台生", scores: [80, 80, 80, 80, 80]), Self.row("新北市", "王台生", scores: [70, 70, 70, 70, 70]),
        ]))
        #expect(shared.units.map(\.unit) == ["王台生（臺北市）", "王台生（新北市）"])
    }

    /// 事蹟概述 counts Unicode characters without line breaks (LF, CR, CRLF) or surrounding white space.
    @Test func summaryLengthIgnoresLineBreaksAndSurroundingSpace() throws {
        let body = String(repeating: "事", count: 250)
        #expect(NominationTable.summaryLength(body + "\r\n" + body) == 500)
        #expect(NominationTable.summaryLength(body + "\n" + body + "\n") == 500)
        #expect(NominationTable.summaryLength(body + "\r" + body + "\r") == 500)
        #expect(NominationTable.summaryLength("  " + body + body + " \n") == 500)
        #expect(NominationTable.summaryLength(body + " " + body) == 501)
        // A combining mark is a character of its own.
        #expect(NominationTable.summaryLength("e\u{301}") == 2)
        let quoted = { (text: String) in "臺北市,甲,服務員,是,\"\(text)\",2,80,80,80,80,80" }
        let crlf = try run(Self.files([quoted(body + "\r\n" + body + "\r\n")]))
        #expect(crlf.outcomes(of: "excluded").isEmpty)
        #expect(crlf.units.map(\.unit) == ["甲"])
        let over = try run(Self.files([quoted(body + "\n" + body + "事")]))
        #expect(over.outcomes(of: "excluded").first?.reason == "事蹟概述 501 字，超過 500 字")
    }

    // MARK: bad input

    @Test func scoreOutsideRange() throws {
        let folder = try Fixture.folder(Self.files([Self.row("臺北市", "甲", scores: [80, 80, 101, 80, 80])]))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.file.hasSuffix("nominations.csv") && error.line == 2 && error.column == "評審3" && error.value == "101")
    }

    @Test func unknownTitle() throws {
        let folder = try Fixture.folder(Self.files([
            Self.row("臺北市", "甲", scores: [80, 80, 80, 80, 80]), Self.row("臺北市", "乙", "組長", scores: [80, 80, 80, 80, 80]),
        ]))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 3 && error.column == "職稱" && error.value == "組長")
    }

    @Test func unknownAgency() throws {
        let folder = try Fixture.folder(Self.files([Self.row("火星市政府", "甲", scores: [80, 80, 80, 80, 80])]))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 2 && error.column == "推薦機關" && error.value == "火星市政府")
    }

    @Test func missingScoreOnlyMattersAfterPassing() throws {
        // An excluded nominee needs no scores; one who passed needs all five.
        _ = try run(Self.files(["臺北市,甲,服務員,否,事蹟,2,,,,,"]))
        let folder = try Fixture.folder(Self.files(["臺北市,甲,服務員,是,事蹟,2,80,80,80,,80"]))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 2 && error.column == "評審4")
    }

    /// Two trimmed means a thirty-eighth digit apart: as Decimals both round to the same value
    /// and would tie; ranked by the exact means, 甲 is ahead of 乙.
    @Test func meansAreRankedExactly() throws {
        let high = "9." + String(repeating: "9", count: 37), low = "9." + String(repeating: "9", count: 36) + "8"
        let result = try run(
            Self.files(["臺北市,甲,服務員,是,事蹟,2,10,10,\(high),100,0", "新北市,乙,服務員,是,事蹟,2,10,10,\(low),100,0"]),
            ["panel-score": "trimmed"])
        #expect(result.units.first { $0.unit == "甲" }?.rank == 1)
        #expect(result.units.first { $0.unit == "乙" }?.rank == 2)
    }
}

import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

@Suite("pension-staff-112")
struct PensionStaffTests {
    let program = PensionStaff112()

    /// Group A designed so that 臺北市 ranks (1,2,2,1) and 新北市 (1,1,1,4).
    static let tieA: [String: Fixture.Visit] = [
        "臺北市": .init(change: "0.50", actual: 1000, success: 800, paid: 300, supervisors: 2, workers: 10),
        "新北市": .init(change: "0.50", actual: 970, success: 873, paid: 437, supervisors: 3, workers: 15),
        "桃園市": .init(change: "0.10", actual: 990, success: 693, paid: 200, supervisors: 1, workers: 10),
        "臺中市": .init(change: "0", actual: 980, success: 588, paid: 150),
        "臺南市": .init(change: "-0.10", actual: 960, success: 480, paid: 100),
        "高雄市": .init(change: "-0.20", actual: 950, success: 380, paid: 50),
    ]

    @Test func sampleRunMatchesHandComputation() throws {
        let result = try Fixture.runSample(program)
        #expect(result.units.count == 22)
        #expect(result.units.filter { $0.group == "A" }.count == 6)
        let taichung = try #require(result.unit(named: "臺中市"))
        #expect(taichung.rank == 1)
        #expect(taichung.values["score"] == Decimal.exact("2.6"))
        #expect(taichung.values["success"] == Decimal.exact("83.88"))
        // 1,076 ÷ 10,761 = 9.99907… → 10.00
        #expect(result.unit(named: "高雄市")?.values["paid"] == Decimal(10))
        #expect(result.unit(named: "嘉義縣")?.values["score"] == Decimal(4))
        let amounts = Dictionary(uniqueKeysWithValues: result.outcomes(of: "staff-award").map { ($0.unit, $0.amount!) })
        #expect(amounts == [
            "臺中市": 65000, "高雄市": 56000, "新北市": 54000, "嘉義縣": 20000, "臺東縣": 12000, "嘉義市": 6000,
            "屏東縣": 18000, "新竹縣": 9000, "南投縣": 12000, "雲林縣": 15000, "彰化縣": 21000,
        ].mapValues { Decimal($0) })
        #expect(result.notes.contains { $0.contains("等值商品最高") && $0.contains("元/人") })
        #expect(result.notes.contains { $0.contains("288,000") })
        #expect(result.notes.contains { $0.hasPrefix("範例資料") })
        #expect(result.outcomes(of: "visit-target-missed").map(\.unit).contains("基隆市"))
        #expect(result.readings.map(\.reading.name) == ["rate-precision", "cut-ties"])
    }

    @Test func noSampleNoteOnUserData() throws {
        let result = try Fixture.run(program, program.sampleData, label: "/data/111")
        #expect(!result.notes.contains { $0.hasPrefix("範例資料") })
    }

    @Test func rankVectorsTieAtExactly145() throws {
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(a: Self.tieA)))
        let result = try Fixture.run(program, folder)
        let taipei = try #require(result.unit(named: "臺北市"))
        let newTaipei = try #require(result.unit(named: "新北市"))
        #expect([taipei.values["r_change"], taipei.values["r_success"], taipei.values["r_paid"], taipei.values["r_completion"]]
            == [1, 2, 2, 1].map { Decimal($0) })
        #expect([newTaipei.values["r_change"], newTaipei.values["r_success"], newTaipei.values["r_paid"],
                 newTaipei.values["r_completion"]] == [1, 1, 1, 4].map { Decimal($0) })
        #expect(taipei.values["score"] == Decimal.exact("1.45"))
        #expect(newTaipei.values["score"] == Decimal.exact("1.45"))
        #expect(taipei.rank == 1 && newTaipei.rank == 1)
        #expect(result.unit(named: "桃園市")?.rank == 3)
        #expect(result.unit(named: "桃園市")?.values["score"] == Decimal.exact("2.85"))
        let awards = result.outcomes(of: "staff-award").filter { Fixture.groupA.contains($0.unit) }
        #expect(awards.map { "\($0.unit):\($0.perPerson!):\($0.amount!)" } == [
            "臺北市:5000:60000", "新北市:5000:90000", "桃園市:3000:33000",
        ])
        #expect(result.warnings.contains("A 組（直轄市）第 2 名從缺：前面名次有同分縣市並列。"))
        let steps = taipei.explanations["score"]!.steps.map(\.text)
        #expect(steps.contains("0.4×1 + 0.25×2 + 0.2×2 + 0.15×1 = 0.4 + 0.5 + 0.4 + 0.15 = 1.45"))
        #expect(steps.contains { $0.contains("與 新北市 積分相同，並列") })
    }

    @Test func zeroDenominatorsRankLastWithNull() throws {
        var zero = Fixture.level(3)
        zero.actual = 0
        zero.success = 0
        zero.paid = 0
        var second = zero
        second.change = "-0.04"
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(b: ["嘉義市": zero, "新竹縣": second])))
        let result = try Fixture.run(program, folder)
        let unit = try #require(result.unit(named: "嘉義市"))
        #expect(unit.values["success"] == nil && unit.values.keys.contains("success") == false)
        #expect(unit.values["paid"] == nil)
        #expect(unit.values["completion"] == 0)
        // Two undefined values share the last place of 16: competition rank 15.
        #expect(unit.values["r_success"] == 15)
        #expect(result.unit(named: "新竹縣")?.values["r_success"] == 15)
        #expect(unit.values["r_completion"] == 15)
        #expect(unit.explanations["success"]!.steps.contains { $0.text.contains("實際訪視人數為 0") })
        #expect(unit.explanations["r_success"]!.steps.contains { $0.text.contains("同樣無數值而並列：新竹縣") })
    }

    @Test(arguments: RatePrecision.allCases)
    func ratePrecision(_ precision: RatePrecision) throws {
        var keelung = Fixture.level(1)
        (keelung.target, keelung.actual, keelung.success, keelung.paid) = (3, 3, 2, 0)
        var hsinchu = Fixture.level(2)
        (hsinchu.target, hsinchu.actual, hsinchu.success, hsinchu.paid) = (10000, 10000, 6667, 0)
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(b: ["基隆市": keelung, "新竹市": hsinchu])))
        let result = try Fixture.run(program, folder, ["rate-precision": precision.rawValue])
        #expect(result.readings.first { $0.reading.name == "rate-precision" }?.value == precision.rawValue)
        let k = try #require(result.unit(named: "基隆市"))
        let h = try #require(result.unit(named: "新竹市"))
        switch precision {
        case .two:
            #expect(k.values["success"] == Decimal.exact("66.67"))
            #expect(k.values["r_success"] == 1 && h.values["r_success"] == 1)
        case .exact:
            #expect(k.values["success"] == Decimal(200) / Decimal(3))
            #expect(h.values["r_success"] == 1 && k.values["r_success"] == 2)
        }
        #expect(h.values["success"] == Decimal.exact("66.67"))
    }

    /// 1190/1785 and 860/1290 are both exactly 2/3: under `rate-precision=exact` they tie
    /// (the 38-digit Decimal quotients differ in the last digit and ranked them apart).
    @Test func exactRatesEqualAsFractionsTie() throws {
        var keelung = Fixture.level(1)
        (keelung.target, keelung.actual, keelung.success, keelung.paid) = (1785, 1785, 1190, 0)
        var hsinchu = Fixture.level(2)
        (hsinchu.target, hsinchu.actual, hsinchu.success, hsinchu.paid) = (1290, 1290, 860, 0)
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(b: ["基隆市": keelung, "新竹市": hsinchu])))
        let result = try Fixture.run(program, folder, ["rate-precision": "exact"])
        let k = try #require(result.unit(named: "基隆市"))
        let h = try #require(result.unit(named: "新竹市"))
        #expect(k.values["r_success"] == 1 && h.values["r_success"] == 1)
        #expect(result.units.filter { $0.group == "B" && $0.values["r_success"] == 3 }.count == 1)
        #expect(k.explanations["r_success"]!.steps.contains { $0.text.contains("同值並列：新竹市") })
    }

    @Test(arguments: CutTies.allCases)
    func cutTiesAtBEighth(_ ties: CutTies) throws {
        // 新竹縣 and 苗栗縣 (B's 4th and 5th in roster order) both at level 8; the rest 1…16 skipping.
        var b: [String: Fixture.Visit] = [:]
        let levels = [1, 2, 3, 8, 8, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16]
        for (county, level) in zip(Fixture.groupB, levels) { b[county] = Fixture.level(level) }
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(b: b)))
        let result = try Fixture.run(program, folder, ["cut-ties": ties.rawValue])
        #expect(result.unit(named: "新竹縣")?.rank == 8 && result.unit(named: "苗栗縣")?.rank == 8)
        let bAwards = result.outcomes(of: "staff-award").filter { Fixture.groupB.contains($0.unit) }
        switch ties {
        case .include:
            #expect(bAwards.count == 9)
            #expect(bAwards.first { $0.unit == "苗栗縣" }?.amount == Decimal(15000))
            #expect(result.warnings.contains { $0.contains("第 8 名切線同分") })
        case .refer:
            #expect(bAwards.count == 7)
            #expect(result.outcomes(of: "tied-at-cut").map(\.unit) == ["新竹縣", "苗栗縣"])
            #expect(result.policyTitles["tied-at-cut"] != nil)
        }
    }

    @Test func visitTargetMissed() throws {
        var sessions = Fixture.level(2)
        sessions.target = 900
        sessions.sessions = 3
        sessions.sessionTarget = 4
        var reached = Fixture.level(3)
        reached.target = 900
        reached.sessions = 4
        reached.sessionTarget = 4
        var all = Fixture.visits(b: ["新竹市": sessions, "嘉義市": reached])
        for county in Fixture.counties where county != "新竹市" && county != "嘉義市" {
            all[county]!.target = all[county]!.actual
        }
        all["基隆市"]!.target = all["基隆市"]!.actual + 1
        let result = try Fixture.run(program, try Fixture.folder(Fixture.staffFiles(all)))
        let missed = result.outcomes(of: "visit-target-missed")
        #expect(missed.map(\.unit) == ["基隆市", "新竹市"])
        #expect(missed[0].reason!.contains("實際訪視人數 999 未達應訪視人數 1,000"))
        #expect(missed[1].reason!.contains("宣導場次 3 未達目標 4"))
    }

    @Test func analysedSuccessIsThePaidDenominator() throws {
        var v = Fixture.level(1)
        v.analysed = 400
        v.paid = 100
        let result = try Fixture.run(program, try Fixture.folder(Fixture.staffFiles(Fixture.visits(b: ["基隆市": v]))))
        #expect(result.unit(named: "基隆市")?.values["paid"] == Decimal(25))
    }

    @Test func everyValueIsExplained() throws {
        let result = try Fixture.run(program, program.sampleData)
        for unit in result.units {
            for key in ["change", "success", "paid", "completion", "r_change", "r_success", "r_paid", "r_completion", "score"] {
                let explanation = try #require(unit.explanations[key], "\(unit.unit) \(key)")
                let result = explanation.steps.last { $0.kind == .result }
                #expect(result?.text == unit.values[key]?.plainText ?? "無（未定義）", "\(unit.unit) \(key)")
            }
        }
    }

    // MARK: bad input

    @Test func countyMissingFromVisits() throws {
        var files = Fixture.staffFiles(Fixture.visits())
        files["visits.csv"] = files["visits.csv"]!.split(separator: "\n").filter { !$0.hasPrefix("澎湖縣") }
            .joined(separator: "\n") + "\n"
        let folder = try Fixture.folder(files)
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.file.hasSuffix("visits.csv"))
        #expect(error.column == "縣市" && error.value == "澎湖縣")
    }

    @Test func successAboveActual() throws {
        var v = Fixture.level(1)
        v.success = v.actual + 1
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(b: ["基隆市": v])))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        // 基隆市 is the 7th county: line 8.
        #expect(error.file.hasSuffix("visits.csv") && error.line == 8 && error.column == "訪視成功人數")
    }

    @Test func paidAboveSuccess() throws {
        var v = Fixture.level(1)
        v.paid = v.success + 1
        let folder = try Fixture.folder(Fixture.staffFiles(Fixture.visits(a: nil, b: ["連江縣": v])))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 23 && error.column == "訪視後補繳人數")
    }

    @Test func unknownCounty() throws {
        var files = Fixture.staffFiles(Fixture.visits())
        files["visits.csv"]! += "火星市,10,10,5,1,,1,1,,\n"
        let folder = try Fixture.folder(files)
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 24 && error.column == "縣市" && error.value == "火星市")
    }

    @Test func nonNumericCount() throws {
        var files = Fixture.staffFiles(Fixture.visits())
        files["visits.csv"] = files["visits.csv"]!.replacingOccurrences(of: "臺北市,1000,", with: "臺北市,12abc,")
        let folder = try Fixture.folder(files)
        let error = try #require(thrownDataError { _ = try Fixture.run(program, folder) })
        #expect(error.line == 2 && error.column == "應訪視人數" && error.value == "12abc")
    }

    /// 服務員人數 of 9223372036854775807 crashed (督導員 + 服務員 overflowed): now a data error naming the cell.
    @Test func hugeHeadCountIsADataError() throws {
        var files = Fixture.staffFiles(Fixture.visits())
        let line = try #require(files["visits.csv"]!.split(separator: "\n").first { $0.hasPrefix("臺北市,") })
        var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[7] = "9223372036854775807"
        files["visits.csv"] = files["visits.csv"]!.replacingOccurrences(of: line, with: cells.joined(separator: ","))
        let error = try #require(thrownDataError { _ = try Fixture.run(program, Fixture.folder(files)) })
        #expect(error.line == 2 && error.column == "服務員人數" && error.value == "9223372036854775807")
        #expect(error.expected.contains("不超過 1,000,000,000,000"))
    }

    /// Head counts at the limit: the award's amount (per person × heads) is computed exactly.
    @Test func headCountAtTheLimitIsComputed() throws {
        var visits = Fixture.visits()
        visits["臺北市"]!.workers = CountLimit.maximum
        let result = try Fixture.run(program, Fixture.folder(Fixture.staffFiles(visits)))
        let award = try #require(result.outcomes(of: "staff-award").first { $0.unit == "臺北市" })
        #expect(award.amount == Decimal(5000) * (Decimal(CountLimit.maximum) + 1))
    }
}

/// 積分's clause quotes the weights in force, so an edition's rules document and 修正對照表 show them.
@Suite struct StaffScoreClauseTests {
    @Test func theDocumentsWeightsGiveTheDocumentsText() {
        #expect(StaffScore().clause == "附件四 一、1.(3)：積分=【0.4*收繳率消長排名】+【0.25*訪視成功率排名】+【0.2*訪視後補繳率排名】+【0.15*訪視完成率排名】。各組依積分由低至高排名，如積分相同則並列同一排名。")
    }

    @Test func otherWeightsAreQuoted() {
        var weights = StaffScore.documentWeights
        weights["r_change"] = Decimal.exact("0.3")
        weights["r_completion"] = Decimal.exact("0.25")
        #expect(StaffScore(weights: weights).clause.contains("積分=【0.3*收繳率消長排名】+【0.25*訪視成功率排名】+【0.2*訪視後補繳率排名】+【0.25*訪視完成率排名】"))
    }
}

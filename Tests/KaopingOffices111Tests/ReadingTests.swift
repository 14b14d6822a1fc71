import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// Each reading in each of its values, end to end on ``MiniData/readings``. Expected values
/// were worked out by hand:
/// - S1 甲: rates 1/3 and 2/4 (丙 has 承保異動量 0 and is left out): mean-of-rates B = 125/3 →
///   ((2×100/3 − 250/3)×10)/(250/3)+80 = 78; pooled B = 300/7 → 77.777… → 77.8.
/// - S2 甲: A 0, 10, 20 → 70. S3 甲: A 0, 2, 4 → 70. S4 甲: A 0, 5, 10 → ×100: −20; ×10: 70.
/// - S5: monthly A 甲 = (94 + 7×102)/8 = 101, 乙 = 丙 = 102 → ((303−305)×10)/305+80 = 79.934… → 79.9;
///   period A 甲 = 94 → ((282−298)×10)/298+80 = 79.463… → 79.5.
/// - S6 甲 5 文字 = 2.5 → 2 (line-cap 2) or 2.5. S8 甲 3 件 = 0.75 → 0.8 (items) or 0.75.
/// - total 甲 = 0.3×78 + 0.15×70 + 0.2×70 + 0.15×(−20) + 0.2×79.9 + 2 + 0 + 0.8 = 63.68 → 63.7;
///   total-only: 23.4 + 10.5 + 14 − 3 + 0.2×(80 − 20/305) + 2 + 0.75 = 63.6368… → 63.6.
/// - total 丙 = 0.3×80 + 0.15×90 + 0.2×90 + 0.15×100 + 0.2×80.0 + 1.5 = 88.0; 乙 = 80.6.
@Suite("kaoping-111 readings, end to end")
struct ReadingTests {
    let data = MiniData.readings

    @Test func defaults() throws {
        let result = try data.run()
        let values = ["S1": "78", "S2": "70", "S3": "70", "S4": "-20", "S5": "79.9", "S6": "2", "S7": "0", "S8": "0.8", "total": "63.7", "A5": "101"]
        for (key, value) in values { #expect(result.value("甲鄉", key) == Decimal.exact(value), "\(key)") }
        #expect(result.value("丙鄉", "total") == Decimal.exact("88"))
        #expect(result.value("乙鄉", "total") == Decimal.exact("80.6"))
        #expect(result.value("丙鄉", "A1") == nil)
        #expect(result.value("丙鄉", "S1") == Decimal.exact("80"))
        #expect(result.warnings.contains { $0.contains("丙鄉") && $0.contains("承保異動量為 0") })
        #expect(result.readings.map(\.value) == ["half-open", "mean-of-rates", "100", "monthly", "2", "card-only", "items", "all-cases", "yes", "include"])
        #expect(!result.provisional)
        #expect(result.notes.contains { $0.contains("−20～100") })
    }

    @Test func rateAverage() throws {
        #expect(try data.run(["rate-average": "mean-of-rates"]).value("甲鄉", "S1") == Decimal.exact("78"))
        #expect(try data.run(["rate-average": "pooled"]).value("甲鄉", "S1") == Decimal.exact("77.8"))
    }

    @Test func promotionFactor() throws {
        let hundred = try data.run(["promotion-factor": "100"]), ten = try data.run(["promotion-factor": "10"])
        #expect(hundred.value("甲鄉", "S4") == Decimal.exact("-20"))
        #expect(ten.value("甲鄉", "S4") == Decimal.exact("70"))
        #expect(ten.value("甲鄉", "total") == Decimal.exact("77.2"))  // 63.68 + 0.15 × 90
        #expect(hundred.unit(named: "甲鄉")!.explanations["S4"]!.lines.joined().contains("−20～100"))
    }

    @Test func qualityBasis() throws {
        let monthly = try data.run(["quality-basis": "monthly"]), period = try data.run(["quality-basis": "period"])
        #expect(monthly.value("甲鄉", "A5") == Decimal.exact("101"))
        #expect(monthly.value("甲鄉", "S5") == Decimal.exact("79.9"))
        #expect(period.value("甲鄉", "A5") == Decimal.exact("94"))
        #expect(period.value("甲鄉", "S5") == Decimal.exact("79.5"))
    }

    @Test func lineCap() throws {
        #expect(try data.run(["line-cap": "2"]).value("甲鄉", "S6") == Decimal.exact("2"))
        let three = try data.run(["line-cap": "3"])
        #expect(three.value("甲鄉", "S6") == Decimal.exact("2.5"))
        #expect(three.value("甲鄉", "total") == Decimal.exact("64.2"))
    }

    @Test func localCard() throws {
        #expect(try data.run(["local-card": "card-only"]).value("丙鄉", "S8") == Decimal.exact("1.5"))
        #expect(try data.run(["local-card": "combined"]).value("丙鄉", "S8") == Decimal.exact("2"))
        // A non-site office's 補換發健保卡 is unaffected.
        #expect(try data.run(["local-card": "combined"]).value("甲鄉", "S8") == Decimal.exact("0.8"))
    }

    @Test func rounding() throws {
        let items = try data.run(["rounding": "items"]), totalOnly = try data.run(["rounding": "total-only"])
        #expect(items.value("甲鄉", "S8") == Decimal.exact("0.8"))
        #expect(items.value("甲鄉", "total") == Decimal.exact("63.7"))
        #expect(totalOnly.value("甲鄉", "S8") == Decimal.exact("0.75"))
        #expect(totalOnly.value("甲鄉", "total") == Decimal.exact("63.6"))
    }

    @Test func assistCount() throws {
        // 丁 and 戊 score alike; 協助件數: all-cases 8 vs 7, mobile 1 vs 7, arrears 2 vs 1.
        let all = try data.run(["assist-count": "all-cases"])
        #expect(all.value("丁鄉", "total") == all.value("戊鄉", "total"))
        #expect(all.value("丁鄉", "assist") == 8 && all.value("戊鄉", "assist") == 7)
        #expect(all.unit(named: "丁鄉")?.rank == 1 && all.unit(named: "戊鄉")?.rank == 2)
        let mobile = try data.run(["assist-count": "mobile"])
        #expect(mobile.value("丁鄉", "assist") == 1 && mobile.value("戊鄉", "assist") == 7)
        #expect(mobile.unit(named: "戊鄉")?.rank == 1 && mobile.unit(named: "丁鄉")?.rank == 2)
        let arrears = try data.run(["assist-count": "arrears"])
        #expect(arrears.value("丁鄉", "assist") == 2 && arrears.value("戊鄉", "assist") == 1)
        #expect(arrears.unit(named: "丁鄉")?.rank == 1)
    }

    @Test func cutTies() throws {
        // 子1…子5 are identical: tied at rank 1 in 第三組, whose quota is 4.
        let include = try data.run(["cut-ties": "include"])
        #expect(include.outcomes(of: "elite").filter { $0.unit.hasPrefix("子") }.count == 5)
        #expect(include.warnings.contains { $0.contains("第三組名額 4 名") })
        let refer = try data.run(["cut-ties": "refer"])
        #expect(refer.outcomes(of: "elite").filter { $0.unit.hasPrefix("子") }.isEmpty)
        #expect(refer.outcomes(of: "tied-at-cut").filter { $0.unit.hasPrefix("子") && $0.label == "菁英獎" }.count == 5)
        // Not 菁英獎 winners, they stay 行動服務貢獻獎 candidates: five tied for 2 places, referred too.
        #expect(refer.outcomes(of: "tied-at-cut").filter { $0.label == "行動服務貢獻獎" }.count == 5)
        #expect(refer.outcomes(of: "mobile").isEmpty)
    }

    @Test func exclusiveAwards() throws {
        // Ten offices, all in the 行動量 top 10; every one wins 菁英獎 (quotas 3/3/4+ties).
        let yes = try data.run(["exclusive-awards": "yes"])
        #expect(yes.outcomes(of: "elite").count == 10)
        #expect(yes.outcomes(of: "mobile").isEmpty)
        #expect(yes.warnings.contains { $0.contains("錄取少於 2 名") })
        let no = try data.run(["exclusive-awards": "no"])
        #expect(no.winners("mobile") == ["丙鄉:1", "乙鄉:2"])
    }

    @Test func groupBounds() throws {
        var data = MiniData.readings
        data.offices[4] = "戊鄉,,199.5,N"  // no 組別: half-open puts 199.5 in 第二組
        #expect(try data.run(["group-bounds": "half-open"]).unit(named: "戊鄉")?.group == "2")
        #expect(throws: DataError.self) { try data.run(["group-bounds": "as-written"]) }
        do {
            _ = try data.run(["group-bounds": "as-written"])
        } catch let error as DataError {
            #expect(error.file.hasSuffix("offices.csv") && error.line == 6 && error.column == "110年月平均異動筆數" && error.value == "199.5")
        }
        data.offices[4] = "戊鄉,,29.5,N"
        #expect(try data.run(["group-bounds": "half-open"]).unit(named: "戊鄉")?.group == "4")
        data.offices[4] = "戊鄉,2,199.5,N"  // 組別 given: it stands; the gap is only a warning
        let stated = try data.run(["group-bounds": "as-written"])
        #expect(stated.unit(named: "戊鄉")?.group == "2")
        #expect(stated.warnings.contains { $0.contains("戊鄉") && $0.contains("無對應組別") })
        data.offices[4] = "戊鄉,,79,N"
        #expect(try data.run(["group-bounds": "as-written"]).unit(named: "戊鄉")?.group == "3")
    }
}

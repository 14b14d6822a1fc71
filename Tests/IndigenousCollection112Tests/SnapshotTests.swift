import Foundation
import IndigenousCollection112
import PingbiCore
import Testing

@Test func publishedTableSnapshot() throws {
    let result = try run(folder(["indigenous-rates.csv": publishedTable]))
    #expect(result.program == "indigenous-112")
    #expect(result.units.count == 56)
    let lanyu = try #require(result.unit(named: "臺東縣蘭嶼鄉"))
    #expect(lanyu.rank == 1)
    #expect(lanyu.values["rate"] == Decimal.exact("47.50"))
    #expect(lanyu.values["base"] == Decimal.exact("48.14"))
    #expect(lanyu.values["change"] == Decimal.exact("-0.64"))
    #expect(lanyu.texts["direction"] == "下降")
    // 序號 17 and 18 share 38.25%: both rank 17; 19 and 20 share 38.00%: both 19; then 21.
    #expect(result.unit(named: "臺東縣臺東市")?.rank == 17)
    #expect(result.unit(named: "花蓮縣卓溪鄉")?.rank == 17)
    #expect(result.unit(named: "臺東縣東河鄉")?.rank == 19)
    #expect(result.unit(named: "花蓮縣吉安鄉")?.rank == 19)
    #expect(result.unit(named: "花蓮縣壽豐鄉")?.rank == 21)
    #expect(result.unit(named: "苗栗縣泰安鄉")?.rank == 55)
    #expect(result.unit(named: "臺東縣大武鄉")?.texts["direction"] == "提升")
    // Every value has its explanation.
    for unit in result.units {
        for key in unit.values.keys { #expect(unit.explanations[key] != nil, "\(unit.unit) \(key)") }
    }
    let total = try #require(result.units.last)
    #expect(total.unit == "合計")
    #expect(total.rank == nil)
    #expect(total.values["change"] == Decimal.exact("0.08"))
    #expect(result.outcomes.map { "\($0.policy):\($0.unit)" } == ["cip-commendation:合計"])
    // 55 areas: 31 improved, 24 declined, none unchanged (counted by hand from 附件七).
    #expect(result.notes.contains("消長提升 31 區、下降 24 區、持平 0 區。"))
    // No history: no tracking columns, no watch.
    #expect(!result.columns.map(\.key).contains("declines"))
    #expect(result.textColumns.map(\.key) == ["direction"])
    #expect(result.readings.map(\.value) == ["previous"])
}

@Test func publishedTableIsConsistent() throws {
    let result = try run(folder(["indigenous-rates.csv": publishedTable]))
    #expect(result.warnings == [])
    // The 合計 row's 35.02 lies outside its raw interval [35.0167, 35.0187] and inside it only
    // widened by 0.005: its explanation says so.
    let total = try #require(result.unit(named: "合計"))
    let lines = total.explanations["rate"]!.lines
    #expect(lines.contains { $0.contains("[35.0167, 35.0187]") })
    #expect(lines.contains { $0.contains("在範圍內：相符") })
    #expect(lines.contains { $0.contains("|67760 − 67761| = 1") })
}

@Test func inconsistentRateIsNamed() throws {
    // 臺東縣海端鄉 (line 3): 340 ÷ 777 = 43.76%, published 43.74%; say 44.74% (and 收繳率比較 to match).
    let table = replacing(line: 3, with: "2,臺東縣海端鄉,777,340,44.74%,771,336,43.53%,1.21%")
    let result = try run(folder(["indigenous-rates.csv": table]))
    #expect(result.warnings.count == 1)
    #expect(result.warnings.first?.contains("data/indigenous-rates.csv 第 3 行「臺東縣海端鄉」本期收繳率 44.74%") == true)
}

@Test func totalSumBeyondRoundingWarns() throws {
    // 合計 本期應繳 67,760 → 67,800: 39 from the sum 67,761, beyond (55 + 1) × 0.5 = 28.
    // Its rate 35.02 then also falls outside 23,728 ÷ 67,800: two warnings, both on line 57.
    let table = replacing(line: 57, with: ",合計,\"67,800\",\"23,728\",35.02%,\"67,486\",\"23,581\",34.94%,0.08%")
    let result = try run(folder(["indigenous-rates.csv": table]))
    #expect(result.warnings.count == 2)
    #expect(result.warnings.contains { $0.contains("第 57 行「合計」本期平均每月應繳人數 67800 與各地區之和 67761 相差 39") })
    // Within tolerance: 67,780 differs by 19 ≤ 28 (and 35.02 still fits 23,728 ÷ 67,780? no: 35.0074 max) —
    // so only the rate warning remains.
    let near = replacing(line: 57, with: ",合計,\"67,780\",\"23,728\",35.02%,\"67,486\",\"23,581\",34.94%,0.08%")
    let nearResult = try run(folder(["indigenous-rates.csv": near]))
    #expect(nearResult.warnings.count == 1)
    #expect(nearResult.warnings.first?.contains("本期收繳率 35.02%") == true)
}

@Test func declinedTotalGetsNoCommendation() throws {
    let table = replacing(line: 57, with: ",合計,,,34.90%,,,34.94%,-0.04%")
    let result = try run(folder(["indigenous-rates.csv": table]))
    #expect(result.outcomes(of: "cip-commendation").isEmpty)
    #expect(result.warnings == ["合計消長 -0.04，未提升：原民會人員不予敘獎。"])
}

import Foundation
import IndigenousCollection112
import PingbiCore
import Testing

/// The shipped sample's made-up snapshots, by file name.
func sampleSnapshots() throws -> [String: String] {
    let sample = IndigenousRates112().sampleData
    var files: [String: String] = [:]
    for period in ["111-03", "111-05", "111-07", "111-09"] {
        let name = "indigenous-rates-\(period).csv"
        files[name] = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
    }
    return files
}

@Test func sampleTracksWithPreviousBasis() throws {
    let result = try runSample()
    #expect(result.warnings == [])
    #expect(result.sources.count == 5)
    // The real 111 table is still the snapshot: ranks, values and the commendation are unchanged.
    let kuanhsi = try #require(result.unit(named: "新竹縣關西鎮"))
    #expect(kuanhsi.rank == 27)
    #expect(kuanhsi.values["rate"] == Decimal.exact("35.12"))
    #expect(kuanhsi.values["change"] == Decimal.exact("-0.74"))
    #expect(result.outcomes(of: "cip-commendation").map(\.unit) == ["合計"])
    // 38.28, 37.50, 36.72, 35.94 (made up), 35.12 (published).
    #expect(kuanhsi.values["first"] == Decimal.exact("38.28"))
    #expect(kuanhsi.values["last"] == Decimal.exact("35.12"))
    #expect(kuanhsi.values["series_change"] == Decimal.exact("-3.16"))
    #expect(kuanhsi.values["declines"] == Decimal(4))
    #expect(kuanhsi.values["periods"] == Decimal(5))
    // Levels (v − 35.12) × 7 / 3.16 = 7, 5.27, 3.54, 1.82, 0 → █▆▅▃▁.
    #expect(kuanhsi.texts["trend"] == "█▆▅▃▁")
    #expect(kuanhsi.explanations["declines"]?.lines.contains { $0.contains("35.12 較 111-09 35.94：下降") } == true)
    // 47.67, 47.95, 47.81, 47.67, 47.50: a rise, then three declines.
    #expect(result.unit(named: "臺東縣蘭嶼鄉")?.values["declines"] == Decimal(3))
    // 花蓮縣新城鄉 declines twice: not watched.
    #expect(result.unit(named: "花蓮縣新城鄉")?.values["declines"] == Decimal(2))
    let watch = result.outcomes(of: "watch")
    #expect(watch.map(\.unit) == ["新竹縣關西鎮", "苗栗縣泰安鄉", "臺東縣蘭嶼鄉", "南投縣仁愛鄉"])
    #expect(watch.first?.reason == "期末連續下降 4 期（111-03 起）")
    #expect(result.policyTitles["watch"] == "連續下降列入關注")
    #expect(result.textColumns.map(\.key) == ["direction", "trend"])
    #expect(result.notes.contains { $0.hasPrefix("範例資料：") })
    // 合計 is tracked too but never watched.
    #expect(result.unit(named: "合計")?.values["periods"] == Decimal(5))
    for unit in result.units {
        for key in unit.values.keys { #expect(unit.explanations[key] != nil, "\(unit.unit) \(key)") }
    }
}

@Test func sampleTracksWithPublishedBasis() throws {
    let result = try runSample(readings: ["decline-basis": "published"])
    #expect(result.readings.map(\.value) == ["published"])
    // 關西鎮's own 消長 is positive in every made-up table (above 35.86): only the last is negative.
    #expect(result.unit(named: "新竹縣關西鎮")?.values["declines"] == Decimal(1))
    let watch = result.outcomes(of: "watch")
    #expect(watch.map(\.unit) == [
        "臺東縣蘭嶼鄉", "臺東縣成功鎮", "臺東縣關山鎮", "臺東縣卑南鄉", "花蓮縣新城鄉", "臺東縣臺東市", "花蓮縣吉安鄉",
        "花蓮縣玉里鎮", "南投縣仁愛鄉", "苗栗縣泰安鄉",
    ])
    #expect(watch.first?.reason == "期末連續下降 5 期（111-03 起）")
    #expect(watch.last?.reason == "期末連續下降 3 期（111-07 起）")
}

@Test func historyFolderGivesTheSameSeries() throws {
    let data = try folder(["indigenous-rates.csv": publishedTable])
    let history = try folder(sampleSnapshots())
    let result = try run(data, history: history)
    #expect(result.warnings == [])
    #expect(result.outcomes(of: "watch").map(\.unit) == ["新竹縣關西鎮", "苗栗縣泰安鄉", "臺東縣蘭嶼鄉", "南投縣仁愛鄉"])
    #expect(result.sources.first == "indigenous-rates-111-03.csv")
}

@Test func withoutTheUndatedTableADatedSnapshotNeverStandsInForIt() throws {
    // Before: the latest snapshot (111-09) silently became the current table.
    var files = try sampleSnapshots()
    files.removeValue(forKey: "indigenous-rates-111-03.csv")
    files["Indigenous-Rates.csv"] = publishedTable  // misnamed: not the current table either
    let error = try #require(dataError(folder(files)))
    #expect(error.file.hasSuffix("indigenous-rates.csv"))
    #expect(error.description.contains("找不到本期資料檔 indigenous-rates.csv"))
    #expect(error.description.contains("indigenous-rates-111-05.csv、data/indigenous-rates-111-07.csv、data/indigenous-rates-111-09.csv"))
}

@Test func missingPeriodIsSkipped() throws {
    // Two areas only: 甲 drops 40 → 39, is missing in 111-05, then 38 → 37.
    let t = { (rows: [(String, String)]) in smallTable(rows) }
    let result = try run(folder([
        "indigenous-rates-111-01.csv": t([("甲", "40"), ("乙", "30"), ("丙", "20")]),
        "indigenous-rates-111-03.csv": t([("甲", "39"), ("乙", "30")]),
        "indigenous-rates-111-05.csv": t([("乙", "31")]),
        "indigenous-rates-111-07.csv": t([("甲", "38"), ("乙", "31")]),
        "indigenous-rates.csv": t([("甲", "37"), ("乙", "30")]),
    ]))
    let a = try #require(result.unit(named: "甲"))
    #expect(a.values["declines"] == Decimal(3))
    #expect(a.values["periods"] == Decimal(4))
    #expect(a.texts["trend"] == "█▆ ▃▁")
    #expect(result.outcomes(of: "watch").map(\.reason) == ["期末連續下降 3 期（111-01 起）"])
    #expect(result.unit(named: "乙")?.values["declines"] == Decimal(1))
    // 丙 appears only in an earlier table: not tracked, and said so.
    #expect(result.unit(named: "丙") == nil)
    #expect(result.warnings.contains("下列地區見於先前報送、不在 data/indigenous-rates.csv，未予追蹤：丙。"))
}

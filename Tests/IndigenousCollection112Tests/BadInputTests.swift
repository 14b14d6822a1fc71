import Foundation
import IndigenousCollection112
import PingbiCore
import Testing

@Test func areaTwiceIsAnError() throws {
    let table = replacing(line: 4, with: "3,臺東縣海端鄉,535,234,43.71%,524,228,43.48%,0.23%")
    let error = try #require(dataError(folder(["indigenous-rates.csv": table])))
    #expect(error.file == "data/indigenous-rates.csv")
    #expect(error.line == 4)
    #expect(error.column == "原鄉地區")
    #expect(error.value == "臺東縣海端鄉")
}

@Test func rateAboveHundredIsAnError() throws {
    let table = replacing(line: 5, with: "4,臺東縣鹿野鄉,641,276,100.01%,647,278,43.02%,56.99%")
    let error = try #require(dataError(folder(["indigenous-rates.csv": table])))
    #expect(error.line == 5)
    #expect(error.column == "本期收繳率")
    #expect(error.value == "100.01%")
}

@Test func countNotANumberIsAnError() throws {
    let table = replacing(line: 6, with: "5,臺東縣長濱鄉,985,41x5,42.11%,976,413,42.31%,-0.20%")
    let error = try #require(dataError(folder(["indigenous-rates.csv": table])))
    #expect(error.line == 6)
    #expect(error.column == "本期平均每月已繳人數")
    #expect(error.value == "41x5")
}

@Test func publishedChangeMismatchIsAnError() throws {
    let table = replacing(line: 7, with: "6,臺東縣延平鄉,697,292,41.93%,692,286,41.40%,0.35%")
    let error = try #require(dataError(folder(["indigenous-rates.csv": table])))
    #expect(error.line == 7)
    #expect(error.column == "收繳率比較")
}

@Test func unparseablePeriodIsAnError() throws {
    let data = try folder(["indigenous-rates.csv": publishedTable, "indigenous-rates-111-13.csv": publishedTable])
    let error = try #require(dataError(data))
    #expect(error.file == "data/indigenous-rates-111-13.csv")
    #expect(error.value == "111-13")
    #expect(error.line == nil)
    let history = try folder(["indigenous-rates-111年10月.csv": publishedTable])
    let historyError = try #require(dataError(folder(["indigenous-rates.csv": publishedTable]), history: history))
    #expect(historyError.file == "indigenous-rates-111年10月.csv")
}

@Test func samePeriodTwiceIsAnError() throws {
    let data = try folder(["indigenous-rates.csv": publishedTable, "indigenous-rates-111-09.csv": publishedTable])
    let history = try folder(["indigenous-rates-111-9.csv": publishedTable])
    let error = try #require(dataError(data, history: history))
    #expect(error.file == "indigenous-rates-111-9.csv")
    #expect(error.value == "111-09")
}

@Test func badCellInASnapshotNamesThatFile() throws {
    let snapshot = replacing(line: 10, with: "9,臺東縣成功鎮,\"1,710\",684,140.00%,\"1,718\",691,40.22%,99.78%")
    let error = try #require(dataError(folder(["indigenous-rates.csv": publishedTable, "indigenous-rates-111-09.csv": snapshot])))
    #expect(error.file == "data/indigenous-rates-111-09.csv")
    #expect(error.line == 10)
    #expect(error.column == "本期收繳率")
}

@Test func inconsistentSnapshotRowIsNamed() throws {
    // A made-up 111-09 table whose 臺東縣成功鎮 (line 10) rate 41.00% cannot come from 684 ÷ 1,710.
    let snapshot = replacing(line: 10, with: "9,臺東縣成功鎮,\"1,710\",684,41.00%,\"1,718\",691,40.22%,0.78%")
    let result = try run(folder(["indigenous-rates.csv": publishedTable, "indigenous-rates-111-09.csv": snapshot]))
    #expect(result.warnings.count == 1)
    #expect(result.warnings.first?.hasPrefix("data/indigenous-rates-111-09.csv 第 10 行「臺東縣成功鎮」本期收繳率 41%") == true)
}

/// Large counts in a table with a 合計 row crashed (the sum of the areas' counts overflowed):
/// a count beyond what the program can hold is now a data error naming its cell.
@Test func hugeCountWithATotalRowIsAnError() throws {
    let table = replacing(line: 2, with: "1,臺東縣蘭嶼鄉,\"5,000,000,000,000,000,000\",662,47.50%,\"1,398\",673,48.14%,-0.64%")
    let error = try #require(dataError(folder(["indigenous-rates.csv": table])))
    #expect(error.line == 2)
    #expect(error.column == "本期平均每月應繳人數")
    #expect(error.value == "5,000,000,000,000,000,000")
    #expect(error.expected.contains("不超過 1,000,000,000,000"))
}

/// Counts at the limit in every area and in 合計: summed exactly (a warning for the mismatch).
@Test func countsAtTheLimitAreSummed() throws {
    let limit = "1000000000000"
    let rows = (1...3).map { "臺東縣蘭嶼鄉\($0),\(limit),\(limit),100.00%,\(limit),\(limit),100.00%" }
    let table = "原鄉地區,本期平均每月應繳人數,本期平均每月已繳人數,本期收繳率,前期平均每月應繳人數,前期平均每月已繳人數,前期收繳率\n"
        + (rows + ["合計,\(limit),\(limit),100.00%,\(limit),\(limit),100.00%"]).joined(separator: "\n") + "\n"
    let result = try run(folder(["indigenous-rates.csv": table]))
    #expect(result.warnings.contains { $0.contains("與各地區之和 3000000000000") && $0.contains("相差 2000000000000") })
}

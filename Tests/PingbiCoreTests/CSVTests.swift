import Foundation
import PingbiCore
import Testing

@Suite struct CSVTests {
    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "地區,人數,備註\r\n臺北市,\"439,733\",\"他說\"\"好\"\"\"\r\n新竹市,\"57,811\",\"兩行\n備註\"\r\n連江縣,984,\r\n"
        let records = try CSV.parse(text, file: "t.csv")
        #expect(records.map(\.fields) == [
            ["地區", "人數", "備註"], ["臺北市", "439,733", "他說\"好\""], ["新竹市", "57,811", "兩行\n備註"], ["連江縣", "984", ""],
        ])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func lfAndNoFinalNewline() throws {
        let records = try CSV.parse("a,b\n1,2", file: "t.csv")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func trailingCommaMeansEmptyLastField() throws {
        #expect(try CSV.parse("a,b,\n", file: "t.csv").map(\.fields) == [["a", "b", ""]])
        #expect(try CSV.parse("a,b,", file: "t.csv").map(\.fields) == [["a", "b", ""]])
    }

    @Test func unclosedQuoteNamesItsLine() {
        #expect(throws: DataError(file: "t.csv", line: 2, expected: "引號未關閉：以 \" 開始的欄位須以 \" 結束")) {
            try CSV.parse("a,b\n\"x,1\n", file: "t.csv")
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: DataError.self) { try CSV.parse("a\n\"x\"y\n", file: "t.csv") }
    }

    /// Records are kept in stores of 4,096: fields and lines read the same across the stores.
    @Test func manyRecordsKeepTheirFieldsAndLines() throws {
        var text = "公所,備註,件數\n"
        for index in 1...10_000 { text += "第\(index)所,\"甲,\(index)\n乙\",\(index * 7)\r\n" }
        let records = try CSV.parse(text, file: "t.csv")
        #expect(records.count == 10_001)
        #expect(records[1].fields == ["第1所", "甲,1\n乙", "7"])
        #expect(records[4097].fields == ["第4097所", "甲,4097\n乙", "28679"])
        #expect(records[10_000].fields == ["第10000所", "甲,10000\n乙", "70000"])
        #expect(records[4097].line == 2 + 2 * 4096)
        #expect(records[10_000] == CSVRecord(line: 2 + 2 * 9999, fields: ["第10000所", "甲,10000\n乙", "70000"]))
        #expect(records.map(\.fieldCount).allSatisfy { $0 == 3 })
    }

    /// Wholly blank records (spaces, tabs, ideographic and no-break spaces) are dropped; a
    /// record with a name in it is kept. Plain digits are read from a cell's bytes.
    @Test func blankRecordsAreDroppedAndPlainDigitsRead() throws {
        let text = "公所,件數\n臺北市,12\n,\n\u{3000}, \u{00A0}\n 臺 ,\t\n新竹市, 7\n"
        let spec = TableSpec("t.csv", title: "t", columns: [ColumnSpec("公所"), ColumnSpec("件數")])
        let table = try Table(records: CSV.parse(text, file: "t.csv"), spec: spec, file: "t.csv")
        #expect(table.rows.map(\.line) == [2, 5, 6])
        let column = table.rows[0].position(of: "件數")
        #expect(column == 1)
        #expect(table.rows.map { $0.plainDigits(at: column) } == [12, nil, nil])
        #expect(table.rows.map { $0.text(at: column) } == ["12", "", "7"])
        #expect(table.rows[0].plainDigits(at: nil) == nil)
    }

    /// A scanning error after thousands of records: the records before it reach the reader first.
    @Test func anErrorAfterManyRecordsComesAfterThem() {
        var text = "a,b\n"
        for index in 1...5000 { text += "\(index),x\n" }
        text += "\"open,1\n"
        var seen = 0
        #expect(throws: DataError(file: "t.csv", line: 5002, expected: "引號未關閉：以 \" 開始的欄位須以 \" 結束")) {
            try CSV.forEachRecord(text, file: "t.csv") { _ in seen += 1 }
        }
        #expect(seen == 5001)
    }
}

@Suite struct TextDecodingTests {
    let sample = "地區,本期收繳率\n臺南市,57.70%\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoding.decode(Array(sample.utf8), file: "t.csv")
        let bom = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8), file: "t.csv")
        #expect(plain.text == sample && plain.encoding == .utf8)
        #expect(bom.text == sample && bom.encoding == .utf8)
    }

    @Test func big5AsExcelSavesIt() throws {
        // 臺南市 in CP950 is BB 4F AB 6E A5 AB; 地區 is A6 61 B0 CF.
        let bytes: [UInt8] = [0xA6, 0x61, 0xB0, 0xCF, 0x0A, 0xBB, 0x4F, 0xAB, 0x6E, 0xA5, 0xAB, 0x0A]
        let decoded = try TextDecoding.decode(bytes, file: "t.csv")
        #expect(decoded.text == "地區\n臺南市\n")
        #expect(decoded.encoding == .cp950)
    }

    @Test func undecodableBytesNameTheLine() {
        let bytes: [UInt8] = Array("a\nb\n".utf8) + [0xFF, 0xFF, 0x0A]
        #expect(throws: DataError(file: "t.csv", line: 3, expected: "檔案編碼須為 UTF-8 或 Big5（CP950），此行含無法辨識的位元組")) {
            try TextDecoding.decode(bytes, file: "t.csv")
        }
    }
}

@Suite struct TableTests {
    let spec = TableSpec("t.csv", title: "測試", columns: [ColumnSpec("地區"), ColumnSpec("人數"), ColumnSpec("備註", required: false)])

    func table(_ text: String) throws -> Table {
        try Table(records: CSV.parse(text, file: "t.csv"), spec: spec, file: "t.csv")
    }

    @Test func headersMatchByNameInAnyOrderAndExtraColumnsAreIgnored() throws {
        let t = try table("其他, 人數 ,地區\nx,\"1,520\",台南市\n,,\n")
        #expect(t.rows.count == 1)
        #expect(try t.rows[0].unit("地區") == "臺南市")
        #expect(try t.rows[0].count("人數") == 1520)
        #expect(t.rows[0].optionalText("備註") == nil)
        #expect(!t.rows[0].has("備註"))
    }

    @Test func missingRequiredColumnIsAnError() {
        #expect(throws: DataError.self) { try table("地區\n臺南市\n") }
        do {
            _ = try table("地區\n臺南市\n")
        } catch let error as DataError {
            #expect(error.line == 1)
            #expect(error.column == "人數")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func duplicateHeaderIsAnError() {
        #expect(throws: DataError(file: "t.csv", line: 1, column: "地區", expected: "標題列中此欄位重複出現")) {
            try table("地區,人數,地區\n")
        }
    }

    @Test func badCellNamesFileLineColumnValueAndExpectation() throws {
        let t = try table("地區,人數\n臺南市,12\n臺東縣,12abc\n")
        #expect(throws: DataError(file: "t.csv", line: 3, column: "人數", value: "12abc", expected: CellExpectation.count.description)) {
            try t.rows[1].count("人數")
        }
        #expect(throws: DataError(file: "t.csv", line: 3, column: "人數", value: "", expected: "不可空白")) {
            try table("地區,人數\n臺南市,12\n臺東縣,\n").rows[1].count("人數")
        }
    }

    @Test func duplicateUnitNamesBothLines() throws {
        let t = try table("地區,人數\n臺南市,1\n台南市,2\n")
        #expect(throws: DataError(file: "t.csv", line: 3, column: "地區", value: "臺南市", expected: "不重複的名稱（第 2 行已有「臺南市」）")) {
            try t.uniqueRows(by: "地區")
        }
    }

    @Test func errorMessageReadsInChinese() {
        let error = DataError(file: "county-rates.csv", line: 3, column: "本期收繳率", value: "12abc", expected: "百分比")
        #expect(error.description == "county-rates.csv 第 3 行「本期收繳率」欄：值「12abc」，應為百分比")
    }
}

@Suite struct RegistrySourceTests {
    @Test func importsAndListsEveryModuleQualified() {
        let source = RegistrySource.render(modules: ["KaopingOffices111", "NationalPension112"])
        #expect(source.contains("import KaopingOffices111\nimport NationalPension112\n"))
        #expect(source.contains("    KaopingOffices111.programs,\n    NationalPension112.programs,\n].flatMap { $0 }"))
        #expect(source.contains("(\"NationalPension112\", NationalPension112.programs),"))
    }

    @Test func noModulesGivesAnEmptyRegistry() {
        let source = RegistrySource.render(modules: [])
        #expect(source.contains("let registeredPrograms: [any Program] = [\n].flatMap { $0 }"))
    }
}

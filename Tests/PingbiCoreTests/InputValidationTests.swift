import Foundation
import PingbiCore
import Testing

@Suite struct InputValidationTests {
    static let spec = TableSpec("t.csv", title: "測試", columns: [
        ColumnSpec("地區", kind: .unit),
        ColumnSpec("人數", kind: .count),
        ColumnSpec("收繳率", kind: .rate),
        ColumnSpec("消長", required: false, kind: .percent),
        ColumnSpec("評分", kind: .range(0, 100), allowsBlank: true),
        ColumnSpec("備註", required: false),
    ])

    /// Every problem of `files` (file name → text), each read as `spec` names it.
    func problems(_ files: [String: String], specs: [TableSpec] = [spec]) -> [DataError] {
        var source = DataSource(directory: URL(fileURLWithPath: "/nonexistent"), label: "")
        source.replacements = files
        return InputValidation.check(specs.map { InputFile($0, in: source) })?.errors ?? []
    }

    @Test func goodDataHasNoProblem() {
        #expect(problems(["t.csv": "地區,人數,收繳率,評分\n臺南市,\"1,520\",68.70%,\n台東縣,0,0,100\n"]).isEmpty)
    }

    @Test func everyBadCellIsListedInLineAndColumnOrder() {
        // Column order in the file (評分, 收繳率, 人數, 地區), not in the spec, decides within a line.
        let text = "評分,收繳率,人數,地區\n101,68.70%,12abc,臺南市\n50,168%,1,臺東縣\n-1,50,,\n"
        #expect(problems(["t.csv": text]) == [
            DataError(file: "t.csv", line: 2, column: "評分", value: "101", expected: CellExpectation.range(0, 100).description),
            DataError(file: "t.csv", line: 2, column: "人數", value: "12abc", expected: CellExpectation.count.description),
            DataError(file: "t.csv", line: 3, column: "收繳率", value: "168%", expected: CellExpectation.rate.description),
            DataError(file: "t.csv", line: 4, column: "評分", value: "-1", expected: CellExpectation.range(0, 100).description),
            DataError(file: "t.csv", line: 4, column: "人數", value: "", expected: "不可空白"),
            DataError(file: "t.csv", line: 4, column: "地區", value: "", expected: "不可空白"),
        ])
    }

    @Test func blankIsAllowedOnlyWhereTheColumnSaysSo() {
        // 消長 is optional (blank allowed); 評分 is required but may be blank; 人數 may not.
        let text = "地區,人數,收繳率,消長,評分\n臺南市,1,50,,\n臺東縣, ,50,x,\n"
        #expect(problems(["t.csv": text]) == [
            DataError(file: "t.csv", line: 3, column: "人數", value: "", expected: "不可空白"),
            DataError(file: "t.csv", line: 3, column: "消長", value: "x", expected: CellExpectation.percentDifference.description),
        ])
    }

    @Test func headerProblemsAreAllListedAndCellsStillChecked() {
        let text = "地區,地區,評分,評分\n臺南市,臺南市,x,1\n"
        let found = problems(["t.csv": text])
        #expect(found.map(\.line) == [1, 1, 1, 1, 2])
        #expect(found[0] == DataError(file: "t.csv", line: 1, column: "地區", expected: "標題列中此欄位重複出現"))
        #expect(found[1] == DataError(file: "t.csv", line: 1, column: "評分", expected: "標題列中此欄位重複出現"))
        #expect(found[2].column == "人數" && found[2].expected.hasPrefix("缺少必要欄位「人數」"))
        #expect(found[3].column == "收繳率" && found[3].expected.hasPrefix("缺少必要欄位「收繳率」"))
        #expect(found[4] == DataError(file: "t.csv", line: 2, column: "評分", value: "x", expected: CellExpectation.number.description))
    }

    @Test func theFirstHeaderProblemIsWhatTableThrows() throws {
        let text = "地區,地區,評分\n"
        let first = try #require(problems(["t.csv": text]).first)
        #expect(throws: first) { try Table(records: CSV.parse(text, file: "t.csv"), spec: Self.spec, file: "t.csv") }
    }

    @Test func duplicateKeysAreListedWithTheFirstLine() {
        let text = "地區,人數,收繳率,評分\n臺南市,1,50,\n臺東縣,1,50,\n 台南市,2,50,\n臺東縣,3,50,\n,4,50,\n"
        #expect(problems(["t.csv": text]) == [
            DataError(file: "t.csv", line: 4, column: "地區", value: "臺南市", expected: "不重複的名稱（第 2 行已有「臺南市」）"),
            DataError(file: "t.csv", line: 5, column: "地區", value: "臺東縣", expected: "不重複的名稱（第 3 行已有「臺東縣」）"),
            DataError(file: "t.csv", line: 6, column: "地區", value: "", expected: "不可空白"),
        ])
    }

    @Test func keysEqualAsTextAreDuplicatesWhateverTheirCodePoints() {
        // A combining accent against the precomposed letter, and a CJK compatibility ideograph
        // (U+F907) against the unified one it stands for (U+9F9C): equal Strings, other bytes.
        let text = "地區,人數,收繳率,評分\nCafe\u{301},1,50,\n\u{F907}山區,1,50,\nCaf\u{E9},2,50,\n\u{9F9C}山區,3,50,\n龜山,4,50,\n"
        let found = problems(["t.csv": text])
        #expect(found.map(\.line) == [4, 5])
        #expect(found.allSatisfy { $0.expected.hasPrefix("不重複的名稱（第 \($0.line! - 2) 行已有") })
    }

    @Test func aKeyOfSeveralColumnsComparesTheirReadForms() {
        let period = PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 9))
        let spec = TableSpec("a.csv", title: "月", columns: [
            ColumnSpec("公所", kind: .unit), ColumnSpec("月份", kind: .month(period)), ColumnSpec("件數", kind: .count),
        ], key: ["公所", "月份"])
        let text = "公所,月份,件數\n甲區,111-03,1\n甲區,111-04,1\n甲區,111-3,1\n乙區,111-13,1\n乙區,111-10,1\n"
        #expect(problems(["a.csv": text], specs: [spec]) == [
            DataError(file: "a.csv", line: 4, column: "月份", value: "111-3", expected: "不重複的「公所、月份」（第 2 行已有「甲區 111-03」）"),
            DataError(file: "a.csv", line: 5, column: "月份", value: "111-13", expected: "民國年-月，例如 111-03"),
            DataError(file: "a.csv", line: 6, column: "月份", value: "111-10", expected: "計畫期間 111-02..111-09 內的月份"),
        ])
    }

    /// Each column remembers its 16 most recent cells: past them (20 units, 8 months cycling),
    /// a repeated key is still found by its read form (台 = 臺, 111-3 = 111-03), bad cells
    /// still named, on whichever row they fall.
    @Test func repeatedKeysAreFoundPastTheRecentCells() {
        let period = PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 9))
        let spec = TableSpec("a.csv", title: "月", columns: [
            ColumnSpec("公所", kind: .unit), ColumnSpec("月份", kind: .month(period)), ColumnSpec("件數", kind: .count),
        ], key: ["公所", "月份"])
        var text = "公所,月份,件數\n"
        for office in 1...20 { for month in 2...9 { text += "臺\(office)區,111-0\(month),\(office * month)\n" } }
        text += "台3區,111-3,1\n臺20區,111-09,x\n臺7區,111-10,2\n"
        #expect(problems(["a.csv": text], specs: [spec]) == [
            DataError(file: "a.csv", line: 162, column: "月份", value: "111-3", expected: "不重複的「公所、月份」（第 19 行已有「臺3區 111-03」）"),
            DataError(file: "a.csv", line: 163, column: "月份", value: "111-09", expected: "不重複的「公所、月份」（第 161 行已有「臺20區 111-09」）"),
            DataError(file: "a.csv", line: 163, column: "件數", value: "x", expected: CellExpectation.count.description),
            DataError(file: "a.csv", line: 164, column: "月份", value: "111-10", expected: "計畫期間 111-02..111-09 內的月份"),
        ])
    }

    @Test func aTableMaySayItsKeyRuleInItsOwnWords() {
        let spec = TableSpec("a.csv", title: "月", columns: [ColumnSpec("公所", kind: .unit), ColumnSpec("月份")],
                             key: ["公所", "月份"], keyRule: "每一公所每月一列")
        #expect(problems(["a.csv": "公所,月份\n甲區,111-03\n甲區,111-03\n"], specs: [spec]) == [
            DataError(file: "a.csv", line: 3, column: "月份", value: "111-03", expected: "每一公所每月一列（第 2 行已有「甲區 111-03」）"),
        ])
        // The key is said in the key's order, whatever the order of the columns.
        let reversed = TableSpec("b.csv", title: "月", columns: [ColumnSpec("月份"), ColumnSpec("公所", kind: .unit)], key: ["公所", "月份"])
        #expect(problems(["b.csv": "月份,公所\n111-03,甲區\n111-03,甲區\n"], specs: [reversed]) == [
            DataError(file: "b.csv", line: 3, column: "月份", value: "111-03", expected: "不重複的「公所、月份」（第 2 行已有「甲區 111-03」）"),
        ])
    }

    @Test func choicesNumbersAndPeopleSayWhatTheyExpect() {
        let spec = TableSpec("p.csv", title: "人", columns: [
            ColumnSpec("姓名", kind: .person),
            ColumnSpec("職稱", kind: .choice(["督導員", "服務員"])),
            ColumnSpec("平均", required: false, kind: .number(minimum: 0)),
            ColumnSpec("組別", required: false, kind: .accepted(description: "組別 1 到 4") { ["1", "2", "3", "4"].contains($0) }),
        ], key: ["姓名"])
        let text = "姓名,職稱,平均,組別\n王台生,督導員,1.5,1\n王臺生,主任,-1,5\n\" \n\",,abc,\n"
        #expect(problems(["p.csv": text], specs: [spec]) == [
            DataError(file: "p.csv", line: 3, column: "職稱", value: "主任", expected: CellExpectation.oneOf(["督導員", "服務員"]).description),
            DataError(file: "p.csv", line: 3, column: "平均", value: "-1", expected: "不小於 0 的數字"),
            DataError(file: "p.csv", line: 3, column: "組別", value: "5", expected: "組別 1 到 4"),
            DataError(file: "p.csv", line: 4, column: "姓名", value: "\n", expected: "不可空白"),
            DataError(file: "p.csv", line: 4, column: "職稱", value: "", expected: CellExpectation.oneOf(["督導員", "服務員"]).description),
            DataError(file: "p.csv", line: 4, column: "平均", value: "abc", expected: CellExpectation.number.description),
        ])
    }

    @Test func filesAreInNameOrderAndAnUnreadableFileIsOneProblem() {
        let other = TableSpec("a.csv", title: "甲", columns: [ColumnSpec("地區", kind: .unit)])
        let missing = TableSpec("b.csv", title: "乙", columns: [ColumnSpec("地區", kind: .unit)])
        let found = problems(["t.csv": "地區,人數,收繳率,評分\n臺南市,x,50,\n", "a.csv": ""], specs: [Self.spec, missing, other])
        #expect(found.map(\.file) == ["a.csv", "b.csv", "t.csv"])
        #expect(found[0].expected.hasPrefix("檔案是空的"))
        #expect(found[1].expected.hasPrefix("找不到檔案"))
        #expect(found[2].line == 2)
    }

    @Test func aFileWithVeryManyProblemsKeepsItsFirstRowsWholeAndCountsTheRest() throws {
        var source = DataSource(directory: URL(fileURLWithPath: "/nonexistent"), label: "")
        source.replacements = [
            "t.csv": "地區,人數,收繳率,評分\n" + (1...30).map { "甲\($0),x,y," }.joined(separator: "\n") + "\n",
            "u.csv": "地區,人數,收繳率,評分\n乙,x,50,\n",
        ]
        let u = TableSpec("u.csv", title: "u", columns: Self.spec.columns)
        let found = try #require(InputValidation.check([InputFile(Self.spec, in: source), InputFile(u, in: source)], kept: 5))
        #expect(found.count == 61)
        #expect(found.errors.count == 7)
        #expect(found.errors.map(\.line) == [2, 2, 3, 3, 4, 4, 2])
        #expect(found.errors.last?.file == "u.csv")
    }

    @Test func aFileSharedByTwoProgramsIsCheckedOnce() {
        let found = problems(["t.csv": "地區,人數,收繳率,評分\n臺南市,x,50,\n"], specs: [Self.spec, Self.spec])
        #expect(found.count == 1)
    }
}

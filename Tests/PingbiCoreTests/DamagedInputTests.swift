import Foundation
import PingbiCore
import PingbiTesting
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Damaged and hostile input files: each is read right or refused with a message that names
/// the right place and shows what it quotes safely (issue 11, "Crashes and lost data").
@Suite struct DamagedInputTests {
    @Test func crOnlyLineEndsAreLineEnds() throws {
        // Old Mac Excel ends lines with CR alone; before, the whole file was one header line.
        let records = try CSV.parse("地區,人數\r臺北市,\"439,733\"\r新竹市,\"兩行\r備註\"\r連江縣,984\r", file: "t.csv")
        #expect(records.map(\.fields) == [["地區", "人數"], ["臺北市", "439,733"], ["新竹市", "兩行\r備註"], ["連江縣", "984"]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func mixedLineEndsCountOneLineEach() throws {
        let records = try CSV.parse("a,b\r\n1,2\r3,4\n5,", file: "t.csv")
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", ""]])
        #expect(records.map(\.line) == [1, 2, 3, 4])
    }

    @Test func anEncodingErrorInTheMiddleNamesItsOwnLine() throws {
        // 24 lines of UTF-8 with line 10 saved in Big5 (中文 = A4 A4 A4 E5): each line decodes
        // alone, the file in neither encoding. Before, the message named line 25.
        var bytes: [UInt8] = []
        for line in 1...24 {
            bytes += line == 10 ? [0xA4, 0xA4, 0xA4, 0xE5] + Array(",10\n".utf8) : Array("臺北市,\(line)\n".utf8)
        }
        #expect(throws: DataError(file: "t.csv", line: 10, expected: "檔案編碼須為 UTF-8 或 Big5（CP950），此行含無法辨識的位元組")) {
            try TextDecoding.decode(bytes, file: "t.csv")
        }
    }

    @Test func anInvalidByteInABig5FileNamesItsLine() throws {
        var bytes: [UInt8] = []
        for line in 1...6 { bytes += line == 4 ? [0xA4, 0xA4, 0xFF, 0x0D] : [0xA4, 0xE5, 0x0D] }  // CR-only lines
        #expect(throws: DataError(file: "t.csv", line: 4, expected: "檔案編碼須為 UTF-8 或 Big5（CP950），此行含無法辨識的位元組")) {
            try TextDecoding.decode(bytes, file: "t.csv")
        }
    }

    @Test func numbersBeyond38SignificantDigitsAreRefusedNotRounded() throws {
        // Before: 100.000…0001 was read as 100 and won 特優.
        let above100 = "100." + String(repeating: "0", count: 40) + "1"
        #expect(throws: CellError(expected: .exactNumber)) { try CellParser.rate(above100) }
        #expect(throws: CellError(expected: .exactNumber)) { try CellParser.rate(above100 + "%") }
        #expect(throws: CellError(expected: .exactNumber)) { try CellParser.number("123456789012345678901234567890123456789") }
        #expect(throws: CellError(expected: .exactNumber)) { try CellParser.count("123,456,789,012,345,678,901,234,567,890,123,456,789") }
        #expect(throws: CellError(expected: .exactNumber)) { try CellParser.number("1" + String(repeating: "0", count: 130)) }
        #expect(throws: CellError(expected: .exactNumber)) { try CellParser.number("0." + String(repeating: "0", count: 130) + "1") }
        // What Decimal holds exactly is read exactly.
        #expect(try CellParser.number("12345678901234567890123456789012345678") == Decimal(string: "12345678901234567890123456789012345678"))
        #expect(try CellParser.rate("100." + String(repeating: "0", count: 60)) == 100)
        #expect(try CellParser.number("-0.07") == Decimal(string: "-0.07"))
        #expect(try CellParser.number("0.0000000000000000000000000000000000000000001") == Decimal(string: "1e-43"))
        let row = try Table(records: CSV.parse("地區,本期收繳率\n臺北市,\(above100)\n", file: "t.csv"),
                            spec: TableSpec("t.csv", title: "t", columns: [ColumnSpec("地區"), ColumnSpec("本期收繳率")]),
                            file: "t.csv").rows[0]
        #expect(throws: DataError(file: "t.csv", line: 2, column: "本期收繳率", value: above100, expected: CellExpectation.exactNumber.description)) {
            try row.rate("本期收繳率")
        }
    }

    @Test func anEchoedCellCannotPrintALineOfItsOwn() {
        let error = DataError(file: "t.csv", line: 3, column: "本期收繳率", value: "12\n✓ pension-county-112：資料檢查通過", expected: "數字")
        #expect(!error.description.contains("\n"))
        #expect(error.description == "t.csv 第 3 行「本期收繳率」欄：值「12␊✓ pension-county-112：資料檢查通過」，應為數字")
    }

    @Test func anEchoedCellIsShortenedAndItsControlsShown() {
        let huge = String(repeating: "甲", count: 10_000_000)
        let error = DataError(file: "t.csv", line: 2, column: "姓名", value: huge, expected: "不重複的名稱")
        #expect(error.description == "t.csv 第 2 行「姓名」欄：值「" + String(repeating: "甲", count: 40) + "…（共 10000000 字）」，應為不重複的名稱")
        let hostile = DataError(file: "t.csv", line: 2, column: "姓名", value: "\u{1B}[2J王\u{0}\u{202E}明", expected: "x")
        #expect(hostile.description == "t.csv 第 2 行「姓名」欄：值「␛[2J王␀[U+202E]明」，應為x")
        #expect(VisibleText.of("第一行\n\t第二行", keepingLayout: true) == "第一行\n\t第二行")
        #expect(VisibleText.of("第一行\n\t第二行\u{7F}\u{85}") == "第一行␊␉第二行␡[U+0085]")
    }

    @Test func aFolderIsNamedAsAFolder() throws {
        let folder = try newFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("t.csv"), withIntermediateDirectories: false)
        #expect(throws: DataError(file: "t.csv", expected: "是資料夾，不是檔案（應為 CSV 檔）")) {
            try DataSource(path: folder.path).text("t.csv")
        }
    }

    @Test func aFifoIsNamedAndNeverOpened() throws {
        // Opening a fifo with no writer would block the run for ever.
        let folder = try newFolder()
        #expect(mkfifo(folder.appendingPathComponent("t.csv").path, 0o644) == 0)
        #expect(throws: DataError(file: "t.csv", expected: "不是一般檔案（例如具名管道或裝置），無法讀取（應為 CSV 檔）")) {
            try DataSource(path: folder.path).text("t.csv")
        }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads every file"))
    func anUnreadableFileIsNamedSo() throws {
        let folder = try newFolder()
        let file = folder.appendingPathComponent("t.csv")
        try "a,b\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(chmod(file.path, 0) == 0)
        #expect(throws: DataError(file: "t.csv", expected: "無法讀取（權限不足）")) {
            try DataSource(path: folder.path).text("t.csv")
        }
    }

    @Test func aMissingFileIsStillMissing() throws {
        let folder = try newFolder()
        let error = #expect(throws: DataError.self) { try DataSource(path: folder.path).text("t.csv") }
        #expect(error?.expected.hasPrefix("找不到檔案") == true)
    }

    private func newFolder() throws -> URL {
        try temporaryFolder()
    }
}

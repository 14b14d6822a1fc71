import Foundation
import PingbiTesting
import Testing
@testable import PingbiCore

/// A plain file scanned in parts on two threads (``InputValidation/plainTable(_:spec:cutsNear:)``)
/// gives the table one scan gives, or nil where one scan gives nil, wherever the file is cut.
@Suite struct PlainTableHalvesTests {
    static let spec = PlainCSVTests.spec

    /// Everything a table tells, in one comparable value: its size (under "rows"), and each
    /// column's counts or numbers and read forms (under its name); nil for no table.
    static func contents(_ table: PlainTable?, spec: TableSpec = spec) -> [String: String]? {
        guard let table else { return nil }
        var lines = ["rows": "\(table.rowCount) rows, \(table.countWidth) counts"]
        lines["lines"] = (0..<table.rowCount).map { "\(table.line(of: $0))" }.joined(separator: " ")
        lines["written"] = spec.columns.filter { table.isWritten($0.name) }.map(\.name).joined(separator: " ")
        for column in spec.columns {
            if let place = table.countPlace(column.name) {
                lines[column.name] = "@\(place): " + (0..<table.rowCount).map { "\(table.count(row: $0, place: place))" }.joined(separator: " ")
            }
            if let (ids, forms) = table.forms(column.name) {
                lines[column.name] = "\(ids) \(forms)"
            }
        }
        return lines
    }

    /// The table of `text` scanned at once, and scanned cut near every byte: each cut that
    /// splits it must give the same. Returns the one scan's contents and the number of places
    /// the file was cut at.
    static func compareEveryCut(_ text: String, spec: TableSpec = spec, sourceLocation: SourceLocation = #_sourceLocation) -> (
        contents: [String: String]?, cuts: Int
    ) {
        guard let csv = CSVBytes(Array(text.utf8)) else { return (nil, 0) }
        let once = contents(InputValidation.plainTable(csv, spec: spec, cutsNear: []), spec: spec)
        var cuts = Set<Int>()
        for middle in 0...csv.bytes.count {
            if let cut = csv.cut(near: middle) { cuts.insert(cut) }
            let halves = contents(InputValidation.plainTable(csv, spec: spec, cutsNear: [middle]), spec: spec)
            #expect(halves == once, "cut near \(middle) of \(text.debugDescription)", sourceLocation: sourceLocation)
            // Three parts, the middle one of many lengths from here.
            for end in stride(from: middle + 1, through: csv.bytes.count, by: 29) where middle % 10 == 0 {
                let parts = contents(InputValidation.plainTable(csv, spec: spec, cutsNear: [end, middle]), spec: spec)
                #expect(parts == once, "cut near \(middle) and \(end) of \(text.debugDescription)", sourceLocation: sourceLocation)
            }
        }
        return (once, cuts.count)
    }

    /// Rows of `units` × `months` (unit by unit), counts numbered from 1.
    static func rows(_ units: [String], _ months: [String], lineEnd: String = "\n") -> String {
        var text = "地區,月份,人數,收繳率,評分,類別" + lineEnd
        var number = 0
        for unit in units {
            for month in months {
                number += 1
                text += "\(unit),\(month),\(number),50%,\(number % 100),\(number % 3 == 0 ? "" : "Y")" + lineEnd
            }
        }
        return text
    }

    static let units = ["臺北市", "新竹市", "臺南市", "花蓮縣", "宜蘭縣"]
    static let months = ["111-02", "111-03", "111-04"]

    @Test func aCutInsideANamesRunGivesTheSameTable() throws {
        for lineEnd in ["\n", "\r\n", "\r"] {
            let (table, cuts) = Self.compareEveryCut(Self.rows(Self.units, Self.months, lineEnd: lineEnd))
            let contents = try #require(table)
            #expect(cuts == 15, "one cut after the header and after every row but the last")
            #expect(contents["rows"] == "15 rows, 1 counts")
            #expect(contents["人數"] == "@0: " + (1...15).map(String.init).joined(separator: " "))
            #expect(contents["地區"] == "[0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4] [\"臺北市\", \"新竹市\", \"臺南市\", \"花蓮縣\", \"宜蘭縣\"]")
            #expect(contents["月份"] == "[0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2] [\"111-02\", \"111-03\", \"111-04\"]")
            #expect(contents["類別"] == "[0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1] [\"Y\"]")
        }
    }

    @Test func aTableOfCountsOnlyKeepsTheCountsAndNoForms() throws {
        let table = try #require(InputValidation.plainTable(CSVBytes(Array(Self.rows(Self.units, Self.months).utf8))!, spec: Self.spec))
        let counts = try #require(Self.contents(table.countsOnly))
        #expect(counts["rows"] == "15 rows, 1 counts")
        #expect(counts["人數"] == "@0: " + (1...15).map(String.init).joined(separator: " "))
        #expect(counts["地區"] == nil && counts["月份"] == nil && counts["類別"] == nil)
    }

    @Test func namesAndMonthsComingBackAcrossTheCutKeepTheirFirstNumberAndSpelling() throws {
        // By month, then unit; the second spelling of a unit (台) and of a month (111-2) read as
        // the first, a form first met late numbered after the others.
        let text = """
            地區,月份,人數,收繳率
            台北市,111-2,1,50
            新竹市,111-02,2,50
            臺北市,111-03,3,50
            新竹市,111-03,4,50
            臺南市,111-03,5,50

            """
        let (table, cuts) = Self.compareEveryCut(text)
        let contents = try #require(table)
        #expect(cuts == 5)
        #expect(contents["地區"] == "[0, 1, 0, 1, 2] [\"臺北市\", \"新竹市\", \"臺南市\"]")
        #expect(contents["月份"] == "[0, 0, 1, 1, 1] [\"111-02\", \"111-03\"]")
    }

    @Test func aKeyRepeatedAcrossTheCutIsFoundWhereverTheFileIsCut() {
        var text = Self.rows(Self.units, Self.months)
        text += "台北市,111-02,1,50,1,Y\n"
        let (table, cuts) = Self.compareEveryCut(text)
        #expect(table == nil && cuts == 16)
        // Keys of the first unit's second month, and of the last unit's last month.
        #expect(Self.compareEveryCut(Self.rows(Self.units, Self.months) + "臺北市,111-03,1,50,1,Y\n").contents == nil)
        #expect(Self.compareEveryCut(Self.rows(Self.units, Self.months) + "宜蘭縣,111-04,1,50,1,Y\n").contents == nil)
        // The same key written another way, at the start and at the end.
        let respelled = Self.rows(Self.units, Self.months) + "臺北市 ,111-2,1,50,1,Y\n"
        #expect(Self.compareEveryCut(respelled).contents == nil)
        // Keys of one column, and of three.
        let one = TableSpec("t.csv", title: "測試", columns: [ColumnSpec("地區", kind: .unit), ColumnSpec("人數", kind: .count)], key: ["地區"])
        let ones = "地區,人數\n臺北市,1\n新竹市,2\n臺南市,3\n"
        #expect(Self.compareEveryCut(ones, spec: one).contents?["地區"] == "[0, 1, 2] [\"臺北市\", \"新竹市\", \"臺南市\"]")
        #expect(Self.compareEveryCut(ones + "台北市,4\n", spec: one).contents == nil)
        let three = TableSpec("t.csv", title: "測試", columns: [
            ColumnSpec("地區", kind: .unit), ColumnSpec("月份", kind: .month(PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 9)))),
            ColumnSpec("類別", kind: .choice(["Y", "N"])), ColumnSpec("人數", kind: .count),
        ], key: ["地區", "月份", "類別"])
        let threes = "地區,月份,類別,人數\n臺北市,111-02,Y,1\n臺北市,111-02,N,2\n新竹市,111-02,Y,3\n"
        #expect(Self.compareEveryCut(threes, spec: three).contents?["rows"] == "3 rows, 1 counts")
        #expect(Self.compareEveryCut(threes + "臺北市,111-02,N,4\n", spec: three).contents == nil)
    }

    @Test func aProblemOnlyInTheSecondHalfIsFound() {
        let good = Self.rows(Self.units, Self.months)
        #expect(Self.compareEveryCut(good).contents != nil)
        for bad in ["宜蘭縣,111-04,15,50%,15,x\n", "宜蘭縣,111-10,15,50%,15,\n", "宜蘭縣,111-09,-1,50%,15,\n", ",111-01,1,50%,1,\n"] {
            #expect(Self.compareEveryCut(good + bad).contents == nil, "\(bad)")
        }
    }

    @Test func countsBeyond32BitsAndBlanksAreKeptInTheirRows() throws {
        let text = """
            地區,月份,人數,收繳率,評分,類別
            臺北市,111-02,4294967296,50,,
            臺北市,111-03, 7 ,50,,
            新竹市,111-02,1000000000000,50,,N
            新竹市,111-03,4294967295,50,,

            """
        let contents = try #require(Self.compareEveryCut(text).contents)
        #expect(contents["人數"] == "@0: 4294967296 7 1000000000000 4294967295")
        #expect(contents["類別"] == "[-1, -1, 0, -1] [\"N\"]")
    }

    @Test func blankRecordsAndLineEndsAtTheCutKeepEveryRowsLine() throws {
        let texts = [
            "\u{FEFF}地區,月份,人數,收繳率\r\n臺北市,111-02,1,50\r\n\r\n , \r\n新竹市,111-02,2,50\r\n",
            "地區,月份,人數,收繳率\r臺北市,111-02,1,50\r\n\n\r新竹市,111-02,2,50,",
            "地區,月份,人數,收繳率\n臺北市,111-02,1,50\n新竹市,111-02,2,50",
        ]
        for text in texts {
            let csv = try #require(CSVBytes(Array(text.utf8)))
            var lines: [Int] = []
            #expect(csv.forEachRow { row in lines.append(row.line); return true })
            for middle in 0...csv.bytes.count {
                guard let cut = csv.cut(near: middle) else { continue }
                let (first, second) = (csv.records(from: csv.allRecords.start, before: cut), csv.records(from: cut, before: csv.bytes.count))
                #expect(first.end == second.start && cut > middle)
                // The second part's lines counted from 1, moved on past the first part's.
                var cutLines: [Int] = []
                let next = csv.forEachRow(in: first) { row in cutLines.append(row.line); return true }
                #expect(next != nil)
                #expect(csv.forEachRow(in: second) { row in cutLines.append(row.line + (next ?? 1) - 1); return true } != nil)
                #expect(cutLines == lines, "cut near \(middle) of \(text.debugDescription)")
            }
            let contents = Self.compareEveryCut(text).contents
            #expect(contents?["rows"] == "2 rows, 1 counts")
            #expect(contents?["lines"] == lines.map(String.init).joined(separator: " "), "the table's lines are the rows' \(lines)")
            #expect(contents?["written"] == "地區 月份 收繳率")
        }
    }

    @Test func theLineAfterTheFirstPartIsOneMoreThanTheLineEndsBeforeTheCut() throws {
        var generator = SplitMix64(seed: 0x0C5B_0004)
        let pieces = ["a", "臺", ",", "\r", "\n", "\r\n", "\r\r", "\n\r", "12345678"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 1...60, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let csv = try #require(CSVBytes(Array(text.utf8)))
            let bytes = csv.bytes
            for middle in 0...bytes.count {
                guard let cut = csv.cut(near: middle) else { continue }
                // LFs, and CRs not followed by LF, before the cut.
                let ends = (0..<cut).filter { bytes[$0] == 0x0A || (bytes[$0] == 0x0D && bytes[$0 + 1] != 0x0A) }.count
                #expect(csv.forEachRow(in: csv.records(from: csv.allRecords.start, before: cut)) { _ in true } == 1 + ends, "\(text.debugDescription) cut at \(cut)")
            }
        }
    }

    @Test func aFileWithAQuotedLineEndIsNeverCut() {
        // A quoted field may hold a line end, which then ends no record: such a file is not
        // plain (it holds a quote), so its reading never cuts it; the full check reads it.
        let text = Self.rows(Array(Self.units.prefix(2)), Self.months) + "\"臺南\n市\",111-02,1,50,1,Y\n" + Self.rows(["花蓮縣"], Self.months)
        #expect(CSVBytes(Array(text.utf8)) == nil)
    }

    @Test func aFileWithNoLineEndAfterTheMiddleIsScannedWhole() throws {
        let text = "地區,月份,人數,收繳率\n臺北市,111-02,1,50"
        let csv = try #require(CSVBytes(Array(text.utf8)))
        #expect(csv.cut(near: 0) == 31, "after the header")
        #expect(csv.cut(near: text.utf8.count - 5) == nil)
        #expect(csv.cut(near: 200) == nil)
        #expect(Self.contents(InputValidation.plainTable(csv, spec: Self.spec, cutsNear: [30]))?["rows"] == "1 rows, 1 counts")
        // A header alone: nothing to cut.
        #expect(CSVBytes(Array("地區,月份,人數,收繳率\n".utf8))?.cut(near: 0) == nil)
    }

    @Test func aFileFromTheSizeForTwoThreadsOnIsCutAndReadAsOneScanReadsIt() throws {
        let units = (0..<4000).map { "測試縣第\(String(format: "%06d", $0))公所" }
        let text = Self.rows(units, ["111-02", "111-03", "111-04", "111-05", "111-06", "111-07", "111-08", "111-09"])
        let csv = try #require(CSVBytes(Array(text.utf8)))
        #expect(csv.bytes.count >= InputValidation.twoThreadBytes)
        let cut = try #require(csv.cut(near: csv.bytes.count / 2))
        #expect(cut - csv.bytes.count / 2 < 60)
        let once = Self.contents(InputValidation.plainTable(csv, spec: Self.spec, cutsNear: []))
        #expect(once?["rows"] == "32000 rows, 1 counts")
        #expect(Self.contents(InputValidation.plainTable(csv, spec: Self.spec)) == once)
        let eighths = (1..<8).map { csv.bytes.count / 8 * $0 }
        #expect(Self.contents(InputValidation.plainTable(csv, spec: Self.spec, cutsNear: eighths)) == once)
        let repeated = try #require(CSVBytes(Array((text + "\(units[5]),111-09,1,50,1,Y\n").utf8)))
        #expect(InputValidation.plainTable(repeated, spec: Self.spec) == nil)
    }

    @Test func randomDamageGivesTheSameVerdictWhereverTheFileIsCut() {
        var generator = SplitMix64(seed: 0x0C5B_0003)
        let pieces = [",", "\n", "\r", "\r\n", " ", "\u{3000}", "台", "1", "-", "111-02", "111-13", "Y", "x", "4294967296", "\u{FEFF}"]
        let good = Array(Self.rows(Array(Self.units.prefix(3)), Self.months))
        var outcomes = (tables: 0, nils: 0)
        for _ in 0..<25 {
            let text = randomlyDamaged(good, pieces: pieces, using: &generator)
            if Self.compareEveryCut(String(text)).contents == nil { outcomes.nils += 1 } else { outcomes.tables += 1 }
        }
        #expect(outcomes.tables > 3 && outcomes.nils > 3)
    }
}

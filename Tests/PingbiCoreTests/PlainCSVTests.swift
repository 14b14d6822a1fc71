import Foundation
import PingbiTesting
import Testing
@testable import PingbiCore

/// The fast path for plain CSV files (``CSVBytes``, ``InputValidation/isPlainAndClean(_:)``):
/// it reads what ``CSV`` and ``Table`` read, and never calls a file clean that the full check
/// finds a problem in.
@Suite struct PlainCSVTests {
    /// What `String(validating:)` and a search for `"` say of `bytes`.
    static func expected(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil && !bytes.contains(0x22)
    }

    static func checked(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Check.isValidWithoutQuote)
    }

    @Test func utf8CheckAgreesWithTheStandardLibraryOnEdgeCases() {
        let cases: [[UInt8]] = [
            [], Array("臺北市,12\n".utf8), Array("abcdefgh\"ijklmnop".utf8), Array("abcdefghijklmnop".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xE0, 0x80, 0x80], [0xE0, 0xA0, 0x80], [0xED, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE4, 0xB8], [0x80], [0xFF], [0xEF, 0xBB, 0xBF],
            Array("12345678".utf8) + [0xE4, 0xB8], Array("1234567".utf8) + [0x22],
        ]
        for bytes in cases {
            #expect(Self.checked(bytes) == Self.expected(bytes), "\(bytes)")
        }
    }

    @Test func utf8CheckAgreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SplitMix64(seed: 0x0C5B_0001)
        let pieces: [[UInt8]] = [
            Array("公所,月份,12\r\n".utf8), Array("abcdefgh".utf8), [0x22], [0x80], [0xC2], [0xE0], [0xED], [0xF0], [0xF4], [0xBF],
            [0xA0], [0x8F], [0x90], [0xE4, 0xB8, 0xAD], [0xF0, 0x9F, 0x98, 0x80],
        ]
        var agreed = (valid: 0, invalid: 0)
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            let expected = Self.expected(bytes)
            #expect(Self.checked(bytes) == expected, "\(bytes)")
            if expected { agreed.valid += 1 } else { agreed.invalid += 1 }
        }
        #expect(agreed.valid > 1000 && agreed.invalid > 1000)
    }

    /// A large text checked in two parts gives what one check gives, whatever scalar or bad
    /// byte lies at the middle.
    @Test func utf8CheckInTwoPartsAgreesWithOneCheck() {
        let size = UTF8Check.twoThreadBytes + 7
        let filler = Array(String(repeating: "臺北市,12\n", count: size / 14 + 1).utf8)
        let pieces: [[UInt8]] = [Array("中".utf8), Array("😀".utf8), [0x22], [0x80], [0xE4, 0xB8], [0xF0, 0x9F], [0xC2], Array("a".utf8)]
        for start in [0, 3] {
            for offset in -4...4 {
                for piece in pieces {
                    var bytes = (start == 3 ? [0xEF, 0xBB, 0xBF] : []) + filler
                    let middle = start + (bytes.count - start) / 2 + offset
                    bytes.replaceSubrange(middle..<(middle + piece.count), with: piece)
                    let whole = bytes.withUnsafeBufferPointer { UTF8Check.isValidWithoutQuote(UnsafeBufferPointer(rebasing: $0[start...])) }
                    #expect(bytes.withUnsafeBufferPointer { UTF8Check.isValidWithoutQuote($0, from: start) } == whole, "\(piece) at \(offset)")
                    #expect(whole == Self.expected(Array(bytes[start...])))
                }
            }
        }
    }

    /// A name is canonical exactly when Foundation's trimming and 台→臺 leave it as it is.
    @Test func unitNameIsCanonicalAgreesWithFoundation() {
        let trimmed = CharacterSet.whitespacesAndNewlines.union(["\u{3000}"])
        let ends = ["", " ", "\t", "\n", "\u{3000}", "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202F}", "\u{205F}", "臺", "台", "a", "é", "😀", "\u{FF10}"]
        for first in ends {
            for last in ends {
                for middle in ["", "高雄市", "台", "x"] {
                    let name = first + middle + last
                    let expected = name.trimmingCharacters(in: trimmed).replacingOccurrences(of: "台", with: "臺") == name
                    #expect(UnitName.isCanonical(name) == expected, "\(name.debugDescription)")
                }
            }
        }
    }

    /// A name said to be its own key (``UnitName/isOwnKey(_:)``) is one: trimmed as a cell, its
    /// own canonical form and its bytes its ``CanonicalText``; and the plain names of data files
    /// are said to be.
    @Test func unitNameIsOwnKeyOnlyWhereTheStringPathAgrees() {
        let pieces = [
            "", " ", "\t", "\n", "\u{3000}", "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202F}", "\u{205F}", "臺", "台", "a", "é",
            "e\u{301}", "\u{301}", "\u{2FA1D}", "😀", "\u{FF10}", "\u{FF61}", "\u{AC00}", "\u{1100}", "ü", "\u{2F8}", "\u{300}", "\u{3099}", "ｶ",
        ]
        var own = 0
        for first in pieces {
            for middle in ["", "高雄市第001公所", "台", "x y"] {
                for last in pieces {
                    let name = first + middle + last
                    let isOwnKey = Array(name.utf8).withUnsafeBufferPointer { UnitName.isOwnKey($0) }
                    guard isOwnKey else { continue }
                    own += 1
                    #expect(CellTrimming.trim(name) == name, "\(name.debugDescription)")
                    #expect(ColumnKind.unit.problem(name) == nil, "\(name.debugDescription)")
                    #expect(ColumnKind.unit.keyForm(name).utf8.elementsEqual(name.utf8), "\(name.debugDescription)")
                    #expect(CanonicalText(name).bytes == Array(name.utf8), "\(name.debugDescription)")
                }
            }
        }
        #expect(own > 100)
        for name in ["測試縣第000123公所", "屏東縣霧臺鄉", "高雄市三民區", "ABC公所", "Ｂ區"] {
            #expect(Array(name.utf8).withUnsafeBufferPointer { UnitName.isOwnKey($0) }, "\(name)")
        }
        for name in ["台東縣", " 高雄市", "高雄市\u{3000}", "Cafe\u{301}", ""] {
            #expect(!Array(name.utf8).withUnsafeBufferPointer { UnitName.isOwnKey($0) }, "\(name.debugDescription)")
        }
    }

    /// Each row's line and trimmed cells as ``Table`` reads them.
    static func tableRows(_ text: String, width: Int) throws -> [[String]] {
        let spec = TableSpec("t.csv", title: "t", columns: [])
        let table = try Table(records: CSV.parse(text, file: "t.csv"), spec: spec, file: "t.csv")
        return table.rows.map { row in ["\(row.line)"] + (0..<width).map { row.text(at: $0) } }
    }

    /// The same, as ``CSVBytes`` reads them; nil where it gives up.
    static func plainRows(_ text: String, width: Int) -> [[String]]? {
        guard let csv = CSVBytes(Array(text.utf8)) else { return nil }
        var rows: [[String]] = []
        let finished = csv.forEachRow { row in
            rows.append(["\(row.line)"] + (0..<width).map { row.text(at: $0) })
            return true
        }
        return finished ? rows : nil
    }

    /// The plain digits read with each record are those ``CellParser/plainDigits(_:)`` reads
    /// from the field's bytes: 1 to 18 digits and nothing else, at every length and next to every
    /// kind of field end.
    @Test func plainDigitsReadWithTheRecordAreTheCellParsers() {
        var generator = SplitMix64(seed: 0x0C5B_0013)
        let pieces: [[UInt8]] = [Array("0".utf8), Array("7".utf8), Array("123".utf8), Array("99999999".utf8), Array("4096".utf8), Array(" ".utf8), Array("a".utf8),
                                 Array("/".utf8), Array(":".utf8), Array("Ｏ".utf8),
                                 Array("臺".utf8), Array(",".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array(".".utf8)]
        var (plain, other) = (0, 0)
        for attempt in 0..<10_000 {
            var bytes = Array("a,b\n".utf8)
            for _ in 0..<Int.random(in: 0...14, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            // Half with eight bytes or more after every field (read eight bytes at a time), half
            // ending at the text's end.
            if attempt % 2 == 0 { bytes += Array("\nzzzzzzzzzzzzzzzz".utf8) }
            guard let csv = CSVBytes(bytes) else { continue }
            _ = csv.forEachRow { row in
                for position in 0...row.fieldCount {
                    let expected = CellParser.plainDigits(row.fields.field(position))
                    #expect(row.plainDigits(at: position) == expected, "\(bytes) at \(position)")
                    if expected == nil { other += 1 } else { plain += 1 }
                }
                return true
            }
        }
        #expect(plain > 1000 && other > 1000)
    }

    @Test func rowsAreTheTablesRows() throws {
        let texts = [
            "a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n\r\n3,4", "a,b\r1,2\r3,4\r", "\u{FEFF}a,b\n1,2,\n,\n 5 ,\t6\n", "a,b\n1,2,", "a,b",
            "a,b\n臺北市,\u{3000}12\n", "a,b\n \t, \n1,\n", "a\n\n\n1\n", "a,b\n1\n1,2,3,4\n",
        ]
        for text in texts {
            let (plain, table) = (Self.plainRows(text, width: 4), try Self.tableRows(text, width: 4))
            #expect(plain == nil || plain! == table, "\(text.debugDescription)")
        }
        #expect(Self.plainRows("a,b\n臺北市,\u{3000}12\n", width: 2) != nil)
        #expect(Self.plainRows("a,b\n\u{3000},\n", width: 2) == nil, "a record of white space outside ASCII only: told by the table")
        #expect(Self.plainRows("a,b\n\"1\",2\n", width: 2) == nil, "quoted: read by CSV")
        #expect(CSVBytes([])?.header(for: TableSpec("t.csv", title: "t", columns: [])) == nil, "empty: the table says so")
    }

    static let spec = TableSpec("t.csv", title: "測試", columns: [
        ColumnSpec("地區", kind: .unit),
        ColumnSpec("月份", kind: .month(PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 9)))),
        ColumnSpec("人數", kind: .count),
        ColumnSpec("收繳率", kind: .rate),
        ColumnSpec("評分", required: false, kind: .range(0, 100)),
        ColumnSpec("類別", required: false, kind: .choice(["Y", "N"])),
    ], key: ["地區", "月份"])

    /// Whether the fast check calls `text` clean, and the problems the full check finds in it.
    static func verdicts(_ text: String) throws -> (plain: Bool, problems: [DataError]) {
        let folder = try temporaryFolder(holding: ["t.csv": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = InputFile(spec, in: DataSource(path: folder.path))
        var source = DataSource(path: folder.path)
        source.replacements = ["t.csv": text]
        return (InputValidation.isPlainAndClean(file), InputValidation.check([InputFile(spec, in: source)])?.errors ?? [])
    }

    static let good = """
        地區,月份,人數,收繳率,評分,類別
        臺北市,111-02,12,68.70%,,Y
        臺北市,111-03,0,50,100,N
        新竹市,111-02,1520,0,0,
        新竹市,111-03,7,100%,55.5,Y

        """

    @Test func aGoodFileIsCleanOnTheFastPath() throws {
        let (plain, problems) = try Self.verdicts(Self.good)
        #expect(plain && problems.isEmpty)
    }

    @Test func aFileWithAProblemIsNeverClean() throws {
        let bad = [
            Self.good.replacingOccurrences(of: "新竹市,111-03", with: "新竹市,111-02"),
            Self.good.replacingOccurrences(of: "新竹市,111-03", with: "新竹市,111-3x"),
            Self.good.replacingOccurrences(of: "新竹市,111-03", with: "新竹市,111-10"),
            Self.good.replacingOccurrences(of: "新竹市,111-03", with: ",111-03"),
            Self.good.replacingOccurrences(of: "臺北市,111-03", with: "台北市,111-02"),
            Self.good.replacingOccurrences(of: "臺北市,111-03", with: " 臺北市 ,111-02"),
            Self.good.replacingOccurrences(of: ",1520,", with: ",1000000000001,"),
            Self.good.replacingOccurrences(of: ",1520,", with: ",-1,"),
            Self.good.replacingOccurrences(of: ",1520,", with: ",,"),
            Self.good.replacingOccurrences(of: "100%", with: "101%"),
            Self.good.replacingOccurrences(of: "55.5,Y", with: "55.5,y"),
            Self.good.replacingOccurrences(of: "55.5,Y", with: "155,Y"),
            Self.good.replacingOccurrences(of: "地區,月份", with: "地區,地區"),
            Self.good.replacingOccurrences(of: ",收繳率", with: ",率"),
        ]
        for text in bad {
            let (plain, problems) = try Self.verdicts(text)
            #expect(!plain && !problems.isEmpty, "\(text)")
        }
    }

    /// Rows by month, then unit: names come back after others (the check then keeps them by bytes).
    @Test func namesComingBackAreCheckedAsTheyCome() throws {
        let units = ["臺北市", "新竹市", "臺南市", "花蓮縣"]
        func text(_ rows: [(String, String)]) -> String {
            "地區,月份,人數,收繳率\n" + rows.map { "\($0.0),\($0.1),1,50\n" }.joined()
        }
        let byMonth = ["111-02", "111-03", "111-04"].flatMap { month in units.map { ($0, month) } }
        let clean = try Self.verdicts(text(byMonth))
        #expect(clean.plain && clean.problems.isEmpty)
        for bad in [byMonth + [("新竹市", "111-03")], byMonth + [("台南市", "111-02")], byMonth + [("臺南市", "111-3")], byMonth + [("", "111-05")]] {
            let (plain, problems) = try Self.verdicts(text(bad))
            #expect(!plain && !problems.isEmpty, "\(bad.last!)")
        }
    }

    @Test func randomDamageIsNeverCalledClean() throws {
        var generator = SplitMix64(seed: 0x0C5B_0002)
        let pieces = [",", "\n", "\r", " ", "\u{3000}", "台", "1", "-", "%", "111-02", "111-13", "Y", "x", "1,000,000,000,001", "\u{FEFF}"]
        let good = Array(Self.good)
        var outcomes = (clean: 0, problems: 0)
        for _ in 0..<400 {
            let text = randomlyDamaged(good, pieces: pieces, using: &generator)
            let (plain, problems) = try Self.verdicts(String(text))
            if plain {
                #expect(problems.isEmpty, "\(String(text))")
                outcomes.clean += 1
            } else if !problems.isEmpty {
                outcomes.problems += 1
            }
        }
        #expect(outcomes.clean > 20 && outcomes.problems > 100)
    }
}

import Foundation
import PingbiCore
import PingbiReports
import Testing

/// Bounded, deterministic mutations of a generated workbook: reading never crashes and
/// gives either a table or a ``DataError``.
@Suite struct XLSXFuzzTests {
    /// A deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    /// The outcome of reading `bytes` as `counts.xlsx`: rows read, or the error's text.
    static func read(_ bytes: [UInt8]) -> Result<Int, DataError> {
        do throws(DataError) {
            var workbook = try Workbook(bytes: bytes, file: "counts.xlsx")
            guard let sheet = workbook.sheetNames.first else { return .success(0) }
            let table = try Table(records: workbook.records(sheet: sheet), spec: XLSXFixtures.countsSpec, file: "counts.xlsx", sheet: sheet)
            for row in table.rows {
                _ = try row.unit("單位")
                _ = try row.count("件數")
                _ = try row.optionalValue("比率", CellParser.rate)
            }
            return .success(table.rows.count)
        } catch {
            return .failure(error)
        }
    }

    /// A sheet with shared strings, numbers, a percent, a date, a formula and a merge.
    static let sheetXML = "<sheetData>"
        + #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>比率</t></is></c></row>"#
        + #"<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>12</v></c><c r="C2" s="2"><v>0.687</v></c></row>"#
        + #"<row r="3"><c r="A3" t="inlineStr"><is><t>乙&amp;丙</t></is></c><c r="B3" t="str"><f>"1,234"</f><v>1,234</v></c><c r="C3"><v>6.87E1</v></c></row>"#
        + #"<row r="4"><c r="B4"><v>3</v></c></row>"#
        + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A3:A4\"/></mergeCells>"
    static let shared = ["<t>單位</t>", "<t>件數</t>", "<r><t>甲</t></r><rPh><t>ㄐ</t></rPh>"]

    @Test func theUnmutatedWorkbookReads() {
        #expect((try? Self.read(XLSXFixtures.raw(body: Self.sheetXML, shared: Self.shared)).get()) == 3)
    }

    @Test func mutatedArchivesGiveATableOrADataError() {
        let original = XLSXFixtures.raw(body: Self.sheetXML, shared: Self.shared)
        var random = Generator(state: 12)
        var outcomes = (tables: 0, errors: 0)
        for _ in 0..<400 {
            var bytes = original
            for _ in 0...random.below(4) {
                switch random.below(4) {
                case 0: bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes = Array(bytes.prefix(random.below(bytes.count)))
                case 2: bytes.insert(contentsOf: bytes[0..<min(bytes.count, random.below(64))], at: random.below(bytes.count))
                default: if !bytes.isEmpty { bytes.remove(at: random.below(bytes.count)) }
                }
                if bytes.isEmpty { break }
            }
            switch Self.read(bytes) {
            case .success: outcomes.tables += 1
            case .failure(let error): #expect(!error.description.isEmpty); outcomes.errors += 1
            }
        }
        #expect(outcomes.errors > 300)
    }

    /// Mutations inside the XML parts, packaged again so that every CRC is right and the
    /// scanner, the cell reader and the table checks see the damage.
    @Test func mutatedSheetsGiveATableOrADataError() {
        let pieces = Array("<>/=\"'&;#x:r1AZ9.-E \n</c><c r=\"B9\"><v>".utf8)
        var random = Generator(state: 2026)
        var outcomes = (tables: 0, errors: 0)
        for round in 0..<600 {
            var sheet = Array(Self.sheetXML.utf8)
            var shared = Self.shared
            for _ in 0...random.below(3) {
                let at = random.below(sheet.count)
                switch random.below(5) {
                case 0: sheet[at] = pieces[random.below(pieces.count)]
                case 1: sheet.insert(contentsOf: pieces[random.below(pieces.count)...].prefix(random.below(8)), at: at)
                case 2: sheet.removeSubrange(at..<min(sheet.count, at + random.below(12)))
                case 3: sheet.insert(contentsOf: sheet[at..<min(sheet.count, at + random.below(80))], at: random.below(sheet.count))
                default: shared[random.below(shared.count)] = String(decoding: pieces.shuffled(using: &random).prefix(random.below(10)), as: UTF8.self)
                }
            }
            let bytes = XLSXFixtures.raw(body: String(decoding: sheet, as: UTF8.self), shared: round % 7 == 0 ? [] : shared)
            switch Self.read(bytes) {
            case .success: outcomes.tables += 1
            case .failure(let error): #expect(!error.description.isEmpty); outcomes.errors += 1
            }
        }
        #expect(outcomes.tables > 20)
        #expect(outcomes.errors > 20)
    }
}

extension XLSXFuzzTests.Generator: RandomNumberGenerator {}

import Foundation
import PingbiCommandLine
import PingbiReports
import ProgramCatalog
import Testing

/// Names from the data reach every output safely: no formula runs in a spreadsheet, no control
/// character or bidirectional mark passes raw into a table, announcement or report, JSON
/// stays valid, and a file with old Mac line ends reads right (issue 11).
@Suite struct HostileTextTests {
    /// The exemplary sample with 範例王大明 renamed `name`.
    func nominations(renaming name: String) throws -> URL {
        let sample = try #require(Catalog.program("pension-exemplary-112")).sampleData
        let text = try String(contentsOf: sample.appendingPathComponent("nominations.csv"), encoding: .utf8)
        let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let folder = try temporaryFolder()
        try text.replacingOccurrences(of: "範例王大明", with: quoted)
            .write(to: folder.appendingPathComponent("nominations.csv"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func csvCellsThatLookLikeFormulasAreNeutralised() throws {
        let document = CSVRenderer.document([["=1+2", "+886", "-王", "@SUM(A1)", "\t甲", "\r乙", "-0.07", "+3", "12", "-", "王小明"]])
        #expect(document == "\u{FEFF}\"'=1+2\",+886,\"'-王\",\"'@SUM(A1)\",\"'\t甲\",\"'\r乙\",-0.07,+3,12,\"'-\",王小明\r\n")
        let folder = try nominations(renaming: "=HYPERLINK(\"http://x\",\"y\")")
        let run = pingbi("pension-exemplary-112", "--data", folder.path, "--format", "csv")
        #expect(run.status == .success)
        #expect(run.out.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","))
        // Negative numbers stay numbers.
        #expect(pingbi("pension-county-112", "--format", "csv").out.contains(",1,臺南市,57.70,57.77,-0.07,特優,消長 -0.07；承辦人員記小功一次\r\n"))
    }

    @Test func controlAndBidiCharactersAreShownInEveryOutput() throws {
        let name = "王\u{1B}[31m大\u{0}明\u{202E}"
        let folder = try nominations(renaming: name)
        let shown = "王␛[31m大␀明[U+202E]"
        for format in ["table", "text", "csv", "html"] {
            let run = pingbi("pension-exemplary-112", "--data", folder.path, "--format", format)
            #expect(run.status == .success)
            #expect(!run.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" || $0 == "\u{202E}" }, "\(format)")
            #expect(run.out.contains(shown), "\(format)")
        }
        let json = pingbi("pension-exemplary-112", "--data", folder.path, "--format", "json").out
        #expect(json.contains("王\\u001b[31m大\\u0000明\\u202e"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.contains { $0["unit"] as? String == name })
    }

    @Test func aNewlineInACellCannotFakeAPassingCheck() throws {
        let folder = try temporaryFolder()
        let sample = try countySampleText()
        let broken = sample.replacingOccurrences(of: "臺南市,", with: "\"臺南市\n✓ pension-county-112：資料檢查通過\",")
        try broken.write(to: folder.appendingPathComponent("county-rates.csv"), atomically: true, encoding: .utf8)
        let run = pingbi("validate", "pension-county-112", "--data", folder.path)
        #expect(run.status == .dataError)
        #expect(!run.err.split(separator: "\n").contains { $0.hasPrefix("✓") })
        #expect(run.err.contains("臺南市␊✓ pension-county-112：資料檢查通過"))
    }

    @Test func crOnlyLineEndsGiveTheSameResult() throws {
        // Before: the file read as one header line ("duplicate column").
        let folder = try temporaryFolder()
        let sample = try countySampleText()
        let crOnly = sample.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r")
        #expect(!crOnly.contains("\n"))
        try crOnly.write(to: folder.appendingPathComponent("county-rates.csv"), atomically: true, encoding: .utf8)
        let run = pingbi("pension-county-112", "--data", folder.path, "--format", "json")
        #expect(run.status == .success)
        // Everything but the provenance (the digest of other bytes) is the same.
        let expected = withoutProvenance(pingbi("pension-county-112", "--format", "json").out)
        let fromCR = withoutProvenance(run.out)
        #expect(fromCR.replacingOccurrences(of: "\"county-rates.csv\"", with: "\"範例資料/county-rates.csv\"") == expected)
    }
}

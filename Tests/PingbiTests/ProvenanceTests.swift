import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

/// Every result records the SHA-256 of each input file read, the program, title, readings
/// and the pingbi version, in every format.
@Suite struct ProvenanceTests {
    /// The SHA-256 of a sample file of pension-staff-112, read independently of pingbi.
    func sampleDigest(_ file: String) throws -> String {
        let program = try #require(Catalog.program("pension-staff-112"))
        let data = try Data(contentsOf: program.sampleData.appendingPathComponent(file))
        return SHA256.hexDigest([UInt8](data))
    }

    @Test func resultRecordsEveryInputFileInTheOrderRead() throws {
        let program = try #require(Catalog.program("pension-staff-112"))
        let result = try program.evaluateRecordingInputs(EvaluationContext(data: DataSource(sampleOf: program)))
        #expect(result.provenance.version == Provenance.currentVersion)
        #expect(result.provenance.inputs.map(\.file) == ["county-rates.csv", "visits.csv"])
        #expect(result.provenance.inputs.map(\.sha256) == [try sampleDigest("county-rates.csv"), try sampleDigest("visits.csv")])
        #expect(result.provenance.inputs[0].bytes == 1767)
    }

    @Test func bareEvaluateRecordsNothingAndRendersNoProvenance() throws {
        let program = try #require(Catalog.program("pension-county-112"))
        let result = try program.sampleResult()
        #expect(result.provenance == Provenance())
        #expect(!JSONRenderer.render(result).contains("provenance"))
        #expect(!CSVRenderer.render(result).contains("SHA-256"))
    }

    @Test func everyFormatCarriesTheDigestsAndVersion() throws {
        let county = try sampleDigest("county-rates.csv"), visits = try sampleDigest("visits.csv")
        let json = pingbi("run", "pension-staff-112", "--format", "json")
        #expect(json.out.contains("\"provenance\": {\"pingbi\": \"0.1.0\", \"inputs\": ["))
        #expect(json.out.contains("{\"file\": \"visits.csv\", \"sha256\": \"\(visits)\", \"bytes\": 1528}"))
        let csv = pingbi("run", "pension-staff-112", "--format", "csv")
        #expect(csv.out.hasPrefix("\u{FEFF}評比,國民年金督導員及服務員績效評核（112 年版辦理原則附件四）\r\n解讀,rate-precision=2,"))
        #expect(csv.out.contains("\r\n\r\n資料來源與版本\r\n程式,pension-staff-112\r\n資料檔,"))
        #expect(csv.out.contains("\r\n資料檔,county-rates.csv,SHA-256,\(county)\r\n資料檔,visits.csv,SHA-256,\(visits)\r\n版本,pingbi 0.1.0\r\n"))
        let html = pingbi("run", "pension-staff-112", "--format", "html")
        #expect(html.out.contains("<h4>附錄二、資料檔案</h4>"))
        #expect(html.out.contains("<td class=\"unit\">visits.csv</td><td class=\"num\">1528</td><td><code class=\"digest\">\(visits)</code></td>"))
        let text = pingbi("run", "pension-staff-112", "--format", "text")
        #expect(text.out.hasSuffix(
            "\n資料檔 county-rates.csv（SHA-256 前 12 碼 \(county.prefix(12))）、visits.csv（SHA-256 前 12 碼 \(visits.prefix(12))）；版本 pingbi 0.1.0\n"))
    }

    @Test func anEditedInputFileChangesItsDigest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try countySampleText()
        try Data(text.utf8).write(to: folder.appendingPathComponent("county-rates.csv"))
        let before = pingbi("run", "pension-county-112", "--data", folder.path, "--format", "json")
        try Data((text + "\n").utf8).write(to: folder.appendingPathComponent("county-rates.csv"))
        let after = pingbi("run", "pension-county-112", "--data", folder.path, "--format", "json")
        #expect(before.out.contains(SHA256.hexDigest(Array(text.utf8))))
        #expect(after.out.contains(SHA256.hexDigest(Array((text + "\n").utf8))))
    }
}

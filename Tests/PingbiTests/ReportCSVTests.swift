import Foundation
import PingbiCore
import PingbiReports
import Testing

@Suite("CSV for Excel")
struct ReportCSVTests {
    @Test("the county sample: BOM, CRLF, Chinese headers, plain decimals with the program's rounding")
    func countySample() throws {
        let csv = CSVRenderer.render(try ReportFixtures.pensionCounty())
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = csv.dropFirst().components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == 24)
        #expect(lines.first == "組別,名次,單位,本期收繳率(%),前期收繳率(%),收繳率消長(百分點),結果")
        #expect(lines.contains(",1,臺南市,57.70,57.77,-0.07,特優"))
        #expect(lines.contains(",3,嘉義縣,48.65,48.75,-0.10,良"))
        #expect(lines.contains(",22,連江縣,54.17,55.25,-1.08,檢討報告"))
        #expect(lines.last == ",,總計,59.71,59.96,-0.25,")
    }

    @Test("fields with a comma, quote or line break are quoted, quotes doubled")
    func quoting() {
        #expect(CSVRenderer.document([["甲,乙", "說\"明\"", "一\n二", "平常"]]) == "\u{FEFF}\"甲,乙\",\"說\"\"明\"\"\",\"一\n二\",平常\r\n")
    }

    @Test("groups by title, ranks, undefined values empty, outcomes with amounts")
    func grouped() {
        var result = ReportFixtures.grouped()
        result.units[2].values["S1"] = nil
        let csv = CSVRenderer.render(result)
        #expect(csv.contains("\r\n第一組,1,甲,80.5,90.0,12,菁英獎\r\n"))
        #expect(csv.contains("\r\n第一組,3,丙,,70.0,12,\"行動服務貢獻獎 5,000 元\"\r\n"))
        #expect(csv.contains("\r\n第二組,2,\"<b>\"\"甲&乙\"\"</b>'\",80.5,55.0,12,\r\n"))
    }
}

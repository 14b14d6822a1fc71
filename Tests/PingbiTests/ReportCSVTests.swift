import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

@Suite("CSV for Excel")
struct ReportCSVTests {
    @Test("the county sample: BOM, CRLF, a header block, Chinese headers, plain decimals with the program's rounding")
    func countySample() throws {
        let csv = CSVRenderer.render(try ReportFixtures.pensionCounty())
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = Array(csv.dropFirst().components(separatedBy: "\r\n").dropLast())
        #expect(lines.count == 34)
        #expect(Array(lines.prefix(6)) == [
            "評比,直轄市、縣(市)政府國民年金保險收繳率消長評比（112 年版辦理原則）",
            "解讀,rank-method=competition,名次排列：同分者占用名次（1、1、3），或不占用（1、1、2）,本次採用：同分者占用名次（1、1、3）",
            "解讀,last-five=from-bottom,「後五名」：由最後一名往上數五名並含同分者，或名次大於總數減 5 者,本次採用：由最後一名往上數（含同分者）",
            "解讀,cut-ties=include,名額切線同分：全部納入並警告，或名額不變、同分者交評審決定,本次採用：全部納入並警告",
            "",
            "組別,名次,單位,本期收繳率(%),前期收繳率(%),收繳率消長(百分點),結果,理由",
        ])
        #expect(lines.contains(",1,臺南市,57.70,57.77,-0.07,特優,消長 -0.07；承辦人員記小功一次"))
        #expect(lines.contains(",3,嘉義縣,48.65,48.75,-0.10,良,消長 -0.10；承辦人員嘉獎一次"))
        #expect(lines.contains(",22,連江縣,54.17,55.25,-1.08,檢討報告,消長 -1.08，列後五名"))
        #expect(Array(lines.suffix(6)) == [
            ",,總計,59.71,59.96,-0.25,,", "",
            "附註,公布之收繳率為準；人數為每月平均之四捨五入值。",
            "警告,第 2 名（優）從缺：前面名次有同分地區並列。",
            "警告,後五名切線同分：共 6 個地區列入（超過 5 名）。",
            "警告,總計消長 -0.25，未正成長：衛福部及勞保局人員不予敘獎。",
        ])
    }

    /// A sample program's CSV, as `pingbi run --format csv` writes it (without provenance).
    static func sample(_ id: String, period: PeriodRange? = nil) throws -> [String] {
        let program = try #require(Catalog.program(id))
        let context = EvaluationContext(data: DataSource(sampleOf: program), period: period)
        return CSVRenderer.render(try program.evaluate(context)).dropFirst().components(separatedBy: "\r\n")
    }

    @Test("amounts are numbers in their own columns: the county's total and the rate per person")
    func amountsAsNumbers() throws {
        let lines = try Self.sample("pension-staff-112")
        let header = try #require(lines.first { $0.hasPrefix("組別,") })
        #expect(header.hasSuffix(",積分,結果,理由,獎勵金額(元),每人金額(元)"))
        // 臺中市: 13 people at 5,000 each; the text keeps the words, the last two cells are numbers.
        let taichung = try #require(lines.first { $0.hasPrefix("A 組（直轄市）,1,臺中市,") })
        #expect(taichung.hasSuffix(",2.60,\"每人最高 5,000 元（合計 65,000 元）；列入年度考核\",\"積分 2.6；等值商品最高 5,000 元/人 × 13 人（督導員 2、服務員 11）= 65,000 元；實際訪視人數 11,534 未達應訪視人數 11,700，督導員及服務員列入其年度考核\",65000,5000"))
        // A county without an award has empty amount cells, not 0.
        let tainan = try #require(lines.first { $0.hasPrefix("A 組（直轄市）,4,臺南市,") })
        #expect(tainan.hasSuffix(",3.25,,,,"))
    }

    @Test("the exemplary CSV names each nominee's 推薦機關 and lists those left out at 初審 with the reason")
    func excludedNominees() throws {
        let lines = try Self.sample("pension-exemplary-112")
        #expect(lines.contains("組別,名次,單位,推薦機關,複審分數,結果,理由,獎勵金額(元)"))
        #expect(lines.contains("督導員,1,範例王大明,臺北市,90.00,\"標竿學習獎（督導員） 5,000 元\",\"臺北市推薦；複審分數 90，督導員第 1 名；等值商品最高 5,000 元\",5000"))
        // Passed 初審 without an award: still with the agency.
        #expect(lines.contains("督導員,3,範例張志明,新北市,85.60,,,"))
        let excluded = lines.drop { !$0.hasPrefix(",,範例黃建國,") }.prefix(5)
        #expect(Array(excluded) == [
            ",,範例黃建國,新北市,,初審未通過：超額,超額：新北市推薦 4 人，此為第 4 位（至多推薦 3 人）,",
            ",,範例吳雅婷,桃園市,,初審未通過：非現任,非現任人員,",
            ",,範例劉家豪,臺中市,,初審未通過：事蹟概述不符,事蹟概述 640 字，超過 500 字,",
            ",,範例蔡佩君,臺中市,,初審未通過：照片不足,服務照片 1 張，少於 2 張,",
            ",,範例洪雅惠,花蓮縣,,初審未通過：事蹟概述不符,事蹟概述空白,",
        ])
    }

    @Test("the period opens the file, marked 暫定 for part of the program's period")
    func periodHeader() throws {
        let june = try Self.sample("kaoping-111", period: PeriodRange("111-02..111-05"))
        #expect(june[0] == "評比,111年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比")
        #expect(june[1] == "期間,111-02..111-05（部分期間，結果為暫定）")
        #expect(june[2].hasPrefix("解讀,group-bounds=half-open,"))
        let october = try Self.sample("kaoping-111")
        #expect(october[1] == "期間,111-02..111-09")
        #expect(october.firstIndex(of: "") == 12)
        #expect(october[13].hasPrefix("組別,名次,單位,"))
    }

    @Test("fields with a comma, quote or line break are quoted, quotes doubled")
    func quoting() {
        #expect(CSVRenderer.document([["甲,乙", "說\"明\"", "一\n二", "平常"]]) == "\u{FEFF}\"甲,乙\",\"說\"\"明\"\"\",\"一\n二\",平常\r\n")
    }

    @Test("groups by title, ranks, undefined values empty, outcomes with amounts in words and as a number")
    func grouped() {
        var result = ReportFixtures.grouped()
        result.units[2].values["S1"] = nil
        let csv = CSVRenderer.render(result)
        #expect(csv.hasPrefix("\u{FEFF}評比,示範評比 <分組>\r\n解讀,cut-ties=include,"))
        #expect(csv.contains("\r\n\r\n組別,名次,單位,承保申辦率得分,總分,協助件數,結果,獎勵金額(元)\r\n"))
        #expect(csv.contains("\r\n第一組,1,甲,80.5,90.0,12,菁英獎,\r\n"))
        #expect(csv.contains("\r\n第一組,3,丙,,70.0,12,\"行動服務貢獻獎 5,000 元\",5000\r\n"))
        #expect(csv.contains("\r\n第二組,2,\"<b>\"\"甲&乙\"\"</b>'\",80.5,55.0,12,,\r\n"))
        #expect(csv.hasSuffix("\r\n\r\n附註,金額為上限 & 等值商品\r\n警告,第二組 <人數> 與文件不符\r\n"))
    }

    @Test("a unit that only an outcome names gets a row; a formula in its name or reason is neutralised")
    func unrankedOutcome() {
        var result = ReportFixtures.grouped()
        result.outcomes.append(Outcome(policy: "excluded", unit: "=1+2", label: "初審未通過：超額", reason: "-超額", agency: "@機關"))
        let csv = CSVRenderer.render(result)
        #expect(csv.contains("\r\n,,\"'=1+2\",\"'@機關\",,,,初審未通過：超額,\"'-超額\",\r\n"))
    }
}

import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

@Suite("LINE announcement")
struct ReportTextTests {
    @Test("the county sample: the awards and the review list with real names and 消長")
    func countySample() throws {
        let text = AnnouncementRenderer.render(try ReportFixtures.pensionCounty())
        #expect(text == """
            【直轄市、縣(市)政府國民年金保險收繳率消長評比（112 年版辦理原則）】
            績優直轄市、縣(市)政府：
            　特優　臺南市（第1名，收繳率消長(百分點) -0.07）
            　特優　臺東縣（第1名，收繳率消長(百分點) -0.07）
            　良　嘉義縣（第3名，收繳率消長(百分點) -0.10）
            提出檢討報告：
            　連江縣（第22名，收繳率消長(百分點) -1.08）
            　宜蘭縣（第21名，收繳率消長(百分點) -0.44）
            　新竹縣（第20名，收繳率消長(百分點) -0.43）
            　澎湖縣（第19名，收繳率消長(百分點) -0.40）
            　基隆市（第17名，收繳率消長(百分點) -0.38）
            　苗栗縣（第17名，收繳率消長(百分點) -0.38）

            ※ 第 2 名（優）從缺：前面名次有同分地區並列。

            註：公布之收繳率為準；人數為每月平均之四捨五入值。

            """)
        #expect(!text.contains("<"))
        #expect(!text.contains("*"))
    }

    @Test("grouped: per group, each policy's units with rank and total, amounts in 元")
    func grouped() {
        let text = AnnouncementRenderer.render(ReportFixtures.grouped())
        #expect(text == """
            【示範評比 <分組>】

            【第一組】
            菁英獎：
            　甲（第1名，總分 90.0）
            　乙（第2名，總分 85.0）
            行動服務貢獻獎：
            　丙（第1名，總分 70.0，5,000 元）

            【第二組】
            菁英獎：
            　丁（第1名，總分 60.0）

            註：金額為上限 & 等值商品

            """)
    }

    @Test("a place left empty is announced, never skipped silently; other warnings are not")
    func vacancies() throws {
        let exemplary = try #require(Catalog.program("pension-exemplary-112"))
        let result = try exemplary.evaluate(EvaluationContext(data: DataSource(directory: exemplary.sampleData, label: "範例資料")))
        let text = AnnouncementRenderer.render(result)
        // 10 places for 服務員, 9 reach the threshold: the tenth is 從缺.
        #expect(text.contains("\n※ 標竿學習獎服務員名額 10 名，達獲獎標準（0 分）者 9 人，1 名從缺。\n"))
        #expect(!text.contains("未推薦任何人"))
        let kaoping = try #require(Catalog.program("kaoping-111"))
        let offices = AnnouncementRenderer.render(
            try kaoping.evaluate(EvaluationContext(data: DataSource(directory: kaoping.sampleData, label: "範例資料"))))
        #expect(offices.contains("※ 行動服務貢獻獎：行動量前 10 名中 高雄市前鎮區、高雄市左營區、高雄市鳳山區 已獲菁英獎，不重複錄取"))
        // Nothing awarded at all still names the empty places.
        var empty = ReportFixtures.grouped()
        empty.outcomes = []
        empty.warnings = ["菁英獎第一組第 1 名從缺。", "人數與文件不符"]
        #expect(AnnouncementRenderer.render(empty) == "【示範評比 <分組>】\n本次無單位獲獎或列入名單。\n\n※ 菁英獎第一組第 1 名從缺。\n")
        #expect(!AnnouncementRenderer.render(ReportFixtures.grouped()).contains("※"))
    }

    @Test("a period run says it is provisional; no outcomes says so")
    func provisionalAndEmpty() {
        var result = ReportFixtures.grouped()
        result.period = PeriodRange("111-02..111-05")
        result.provisional = true
        result.outcomes = result.outcomes.map { var o = $0; o.provisional = true; return o }
        let text = AnnouncementRenderer.render(result)
        #expect(text.contains("評比期間：111-02..111-05（部分期間，結果為暫定）\n"))
        #expect(text.contains("　甲（第1名，總分 90.0，暫定）\n"))
        result.outcomes = []
        #expect(AnnouncementRenderer.render(result).hasSuffix("本次無單位獲獎或列入名單。\n"))
    }
}

import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

@Suite("LINE announcement")
struct ReportTextTests {
    @Test("the county sample: the awards with rank and 消長, the review list with its reason")
    func countySample() throws {
        let text = AnnouncementRenderer.render(try ReportFixtures.pensionCounty())
        #expect(text == """
            【直轄市、縣(市)政府國民年金保險收繳率消長評比（112 年版辦理原則）】
            績優直轄市、縣(市)政府：
            　特優　臺南市（第1名，收繳率消長(百分點) -0.07）
            　特優　臺東縣（第1名，收繳率消長(百分點) -0.07）
            　良　嘉義縣（第3名，收繳率消長(百分點) -0.10）
            提出檢討報告：
            　連江縣（第22名）：消長 -1.08，列後五名
            　宜蘭縣（第21名）：消長 -0.44，列後五名
            　新竹縣（第20名）：消長 -0.43，列後五名
            　澎湖縣（第19名）：消長 -0.40，列後五名
            　基隆市（第17名）：消長 -0.38，列後五名
            　苗栗縣（第17名）：消長 -0.38，列後五名

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
        // Typed: the award and the place left empty, the tenth.
        #expect(result.vacancies == [Vacancy("標竿學習獎服務員名額 10 名，達獲獎標準（0 分）者 9 人，1 名從缺。", policy: "benchmark-award", places: 10...10)])
        #expect(!text.contains("未推薦任何人"))
        let kaoping = try #require(Catalog.program("kaoping-111"))
        let kaopingResult = try kaoping.evaluate(EvaluationContext(data: DataSource(directory: kaoping.sampleData, label: "範例資料")))
        let offices = AnnouncementRenderer.render(kaopingResult)
        // Not refilled: the award's, but not a place of its ranking.
        #expect(kaopingResult.vacancies.map { "\($0.policy ?? "-") \($0.places.map { "\($0)" } ?? "-")" } == ["mobile -"])
        #expect(offices.contains("※ 行動服務貢獻獎：行動量前 10 名中 高雄市前鎮區、高雄市左營區、高雄市鳳山區 已獲菁英獎，不重複錄取"))
        // Nothing awarded at all still names the empty places.
        var empty = ReportFixtures.grouped()
        empty.outcomes = []
        empty.warnings = ["菁英獎第一組第 1 名從缺。", "人數與文件不符"]
        empty.vacancies = [Vacancy("菁英獎第一組第 1 名從缺。", policy: "elite", places: 1...1)]
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

    /// A sample program's announcement, as `pingbi announce` prints it (without provenance).
    static func announcement(_ id: String, readings: [String: String] = [:]) throws -> String {
        let program = try #require(Catalog.program(id))
        return AnnouncementRenderer.render(try program.sampleResult(readings))
    }

    @Test("a cross-group award is listed on its own, with each unit's group, never under a group")
    func crossGroup() throws {
        var result = ReportFixtures.grouped()
        result.crossGroupPolicies = ["mobile"]
        #expect(AnnouncementRenderer.render(result) == """
            【示範評比 <分組>】

            【第一組】
            菁英獎：
            　甲（第1名，總分 90.0）
            　乙（第2名，總分 85.0）

            【第二組】
            菁英獎：
            　丁（第1名，總分 60.0）

            【不分組】
            行動服務貢獻獎：
            　丙（第一組，第1名，總分 70.0，5,000 元）

            註：金額為上限 & 等值商品

            """)
        // kaoping-111: 行動服務貢獻獎 is decided 不分組別 (its policy says so), so 屏東縣屏東市 (4th in
        // 第一組) is not listed under 【第一組】 as if it were that group's first.
        let kaoping = try Self.announcement("kaoping-111")
        #expect(kaoping.contains("""

            【不分組】
            行動服務貢獻獎：
            　屏東縣屏東市（第一組，第1名，總得分 90.1）
            　高雄市楠梓區（第一組，第2名，總得分 90.0）

            """))
        for program in Catalog.programs {
            let result = try program.sampleResult()
            // From the policies themselves, so that an edition of kaoping-111 (its 行動服務貢獻獎) passes too.
            #expect(result.crossGroupPolicies == Set(program.policies.filter(\.acrossGroups).map(\.id)), "\(program.id)")
        }
        #expect(try #require(Catalog.program("kaoping-111")).policies.filter(\.acrossGroups).map(\.id) == ["mobile"])
        let firstGroup = try #require(kaoping.components(separatedBy: "【第一組】").last?.components(separatedBy: "【第二組】").first)
        #expect(firstGroup == "\n菁英獎：\n　高雄市前鎮區（第1名，總得分 93.2）\n　高雄市左營區（第2名，總得分 91.3）\n　高雄市鳳山區（第3名，總得分 90.3）\n\n")
    }

    @Test("exemplary winners and those left out at 初審 are named with their 推薦機關")
    func agencies() throws {
        let text = try Self.announcement("pension-exemplary-112")
        #expect(text.contains("\n【督導員】\n標竿學習獎：\n　範例王大明（推薦機關 臺北市，第1名，複審分數 90.00，5,000 元）\n"))
        #expect(text.contains("\n　範例郭俊傑（推薦機關 屏東縣，第4名，複審分數 86.00，5,000 元）\n"))
        #expect(text.contains("\n初審未納入複審：\n　範例黃建國（推薦機關 新北市）：超額：新北市推薦 4 人，此為第 4 位（至多推薦 3 人）\n"))
        #expect(text.contains("\n　範例吳雅婷（推薦機關 桃園市）：非現任人員\n"))
        let program = try #require(Catalog.program("pension-exemplary-112"))
        let json = JSONRenderer.render(try program.sampleResult())
        #expect(json.contains("{\"unit\": \"範例張志明\", \"agency\": \"新北市\", \"group\": \"督導員\", \"rank\": 3, \"values\": {\"mean\": 85.6}}"))
        #expect(json.contains("{\"policy\": \"excluded\", \"unit\": \"範例吳雅婷\", \"label\": \"初審未通過：非現任\", \"label_kind\": \"level\", \"reason\": \"非現任人員\", \"agency\": \"桃園市\"}"))
    }

    @Test("the indigenous 合計 is a sentence, the watch list says why; no column of periods")
    func indigenousTotal() throws {
        let text = try Self.announcement("indigenous-112")
        #expect(text.contains("""
            原民會人員敘獎：
            　合計：全體原鄉合計收繳率 35.02%，較前期 34.94% 提升 0.08 個百分點，原民會督導長官、承辦人員由機關覈實敘獎
            連續下降列入關注：
            　新竹縣關西鎮：期末連續下降 4 期（111-03 起）

            """))
        #expect(!text.contains("期數 5"))
        #expect(text.contains("\n註：追蹤 5 次報送（111-03、111-05、111-07、111-09、本期）：首期、末期收繳率為第一次與最後一次報送之收繳率，"))
    }

    @Test("no internal id, English word or path in any announcement, under every reading")
    func noIdentifiers() throws {
        for program in Catalog.programs {
            let runs = [[:]] + program.readings.flatMap { reading in reading.alternatives.map { [reading.name: $0] } }
            for readings in runs {
                let text = try Self.announcement(program.id, readings: readings)
                // Formula letters (A−B) and group names (A 組) are single letters; ids are words.
                let words = text.split(separator: "\n").flatMap { line in
                    line.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).filter { $0.count > 1 }
                }
                #expect(words.isEmpty, "\(program.id) \(readings): \(words)")
                #expect(!text.contains("/county-rates") && !text.contains(".csv"), "\(program.id) \(readings)")
            }
        }
    }
}

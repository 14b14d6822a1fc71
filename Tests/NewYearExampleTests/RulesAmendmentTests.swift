import Foundation
import KaopingOffices111
import PingbiCore
import PingbiReports
import Testing

/// `pingbi rules kaoping-112 --compare kaoping-111` on the hypothetical 112 edition: the
/// amendment table is generated from the two editions' rules, one row per difference.
@Suite struct RulesAmendmentTests {
    let amendment = RulesAmendment(edition: RulesDocument(kaopingPrograms[0]), base: RulesDocument(Kaoping111()))

    @Test func everyStatedDifferenceHasARowAndNothingElseDoes() {
        #expect(amendment.rows.map { "\($0.section.title)｜\($0.title)｜\($0.note)" } == [
            "計畫｜名稱｜修正",
            "計畫｜期間｜修正",
            "計畫｜分組｜修正",
            "輸入資料｜offices.csv（參與評比公所（附件1 分組））｜修正",
            "輸入資料｜activity.csv（各公所每月績效件數）｜修正",
            "評比項目｜健保櫃檯承保申辦率｜修正",
            "評比項目｜推廣行動支付繳費｜新增",
            "評比項目｜跨區收件｜刪除",
            "獎項與名單｜菁英獎｜修正",
            "獎項與名單｜行動服務貢獻獎｜修正",
            "解讀（文件未明之處的選擇）｜依111年月平均異動筆數分組｜修正（原「依110年月平均異動筆數分組」）",
            "解讀（文件未明之處的選擇）｜項目(4)業務宣導的倍數｜明定：本版依文件定為一種解讀，不再由使用者選擇",
            "解讀（文件未明之處的選擇）｜項目(6)LINE群組活躍度上限｜明定：本版依文件定為一種解讀，不再由使用者選擇",
        ])
    }

    @Test func aWeightChangeShowsBothWeights() throws {
        let row = try #require(amendment.rows.first { $0.title == "健保櫃檯承保申辦率" })
        #expect(row.amended?.hasSuffix("權重：25%") == true)
        #expect(row.current?.hasSuffix("權重：30%") == true)
    }

    @Test func groupsAndColumnsShowBothVersions() throws {
        let groups = try #require(amendment.rows.first { $0.title == "分組" })
        #expect(groups.amended == "依111年月平均異動筆數分為 4 組：≥250、100~249、40~99、<39；附件1 各組 10、10、25、32 家")
        #expect(groups.current == "依110年月平均異動筆數分為 4 組：≥200、80~199、30~79、<29；附件1 各組 10、11、27、29 家")
        let activity = try #require(amendment.rows.first { $0.title.hasPrefix("activity.csv") })
        #expect(activity.amended?.contains("行動支付件數") == true && activity.amended?.contains("跨區收件") == false)
        #expect(activity.current?.contains("跨區收件") == true)
    }

    @Test func settledReadingsSayTheValue() throws {
        let row = try #require(amendment.rows.first { $0.title == "項目(6)LINE群組活躍度上限" })
        #expect(row.amended == "本版明定為「標題的 3 分」（不再由解讀選擇）\n項目(6)LINE群組活躍度上限：公式的 2 分，或標題的 3 分")
        #expect(row.current == "項目(6)LINE群組活躍度上限：公式的 2 分，或標題的 3 分\n（以 --reading line-cap=… 選擇；預設 2（公式的 2 分），其他：3（標題的 3 分））")
    }

    @Test func theNewItemHasNoCurrentRuleAndTheRemovedOneNoAmended() throws {
        let added = try #require(amendment.rows.first { $0.note == "新增" })
        #expect(added.current == nil)
        #expect(added.amended?.contains("權重：5%") == true)
        let removed = try #require(amendment.rows.first { $0.note == "刪除" })
        #expect(removed.amended == nil)
        #expect(removed.title == "跨區收件")
    }

    /// What `pingbi rules kaoping-112` and `pingbi rules kaoping-112 --compare kaoping-111
    /// [--format csv]` print (the command only looks the two programs up and renders these).
    @Test func theCommandsOutputsForTheEdition() throws {
        let rules = RulesRenderer.render(RulesDocument(kaopingPrograms[0]))
        #expect(rules.hasPrefix("═══ 評比規定：112年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比（假設）（kaoping-112）═══\n"))
        #expect(rules.contains("・推廣行動支付繳費\n") && !rules.contains("・跨區收件\n"))
        #expect(!rules.contains("--reading line-cap=") && !rules.contains("--reading promotion-factor="))
        let text = RulesRenderer.render(amendment)
        #expect(text.contains("共 13 處修正\n"))
        #expect(text.contains("\n【評比項目】跨區收件\n  修正規定：\n    （刪除）\n"))
        let csv = RulesRenderer.csv(amendment)
        #expect(csv.hasPrefix("\u{FEFF}修正規定,現行規定,說明\r\n\"【計畫】名稱\n112年度"))
        #expect(try CSV.parse(String(csv.dropFirst()), file: "rules.csv").count == 1 + 13)
    }

    @Test func anEditionComparedWithItselfHasNoRow() {
        let same = RulesAmendment(edition: RulesDocument(Kaoping111()), base: RulesDocument(Kaoping111()))
        #expect(same.rows.isEmpty)
    }
}

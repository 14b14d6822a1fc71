import Foundation
import Testing

/// `pingbi sensitivity pension-staff-112` prints the weight section, as for kaoping-111.
@Suite struct StaffWeightSensitivityCommandTests {
    @Test func theWeightSectionIsPrinted() {
        let run = pingbi("sensitivity", "pension-staff-112")
        #expect(run.status == .success, "\(run.err)")
        #expect(run.out.contains("\n─── 權重敏感度 ───\n目前權重：收繳率消長排名 40%、訪視成功率排名 25%、訪視後補繳率排名 20%、訪視完成率排名 15%\n各項權重分別增減 5 與 10 個百分點（其餘項目依比例調整，合計仍為 100%，權重取至小數 4 位）共 16 種，另以固定種子 1 隨機抽取 200 組每項相差不超過 10 個百分點的權重。\n⚠ 會因權重而改變的獎項（11 項）\n"))
        #expect(run.out.contains("  ・督導員及服務員績效獎勵（每人最高 5,000 元） 臺中市：單項調整 13／16 成立，隨機權重 140／200 成立；訪視後補繳率排名 -10、訪視後補繳率排名 -5、訪視完成率排名 +10 個百分點時不成立\n"))
        #expect(run.out.contains("  ＋督導員及服務員績效獎勵（每人最高 4,000 元） 新北市：單項調整 4／16、隨機權重 28／200 時獲得；收繳率消長排名 -10、訪視後補繳率排名 +5、訪視後補繳率排名 +10、訪視完成率排名 +10 個百分點時獲得\n"))
        // Programs without weights have no such section.
        #expect(!pingbi("sensitivity", "pension-county-112").out.contains("權重敏感度"))
    }
}

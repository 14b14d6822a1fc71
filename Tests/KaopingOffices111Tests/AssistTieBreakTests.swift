import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// 協助件數 under `assist-count=all-cases` counts 在地製卡件數 only at a 製卡 site (SPEC §1).
@Suite("kaoping-111 協助件數 and the 製卡 sites")
struct AssistTieBreakTests {
    /// Group 1: 甲 and 乙 lead; 丙 and 丁 tie on 總得分 (S3 A = 2 each: 丙 one 健保櫃檯分期 ×2,
    /// 丁 two AREA分期). 協助件數 without 在地製卡件數: 丙 1, 丁 2. 丙 is not a 製卡 site but
    /// reports 100 在地製卡件數, which must not move it past 丁 (it did: 101 > 2).
    static let data = MiniData(
        offices: ["甲鄉,1,250,N", "乙鄉,1,250,N", "丙鄉,1,250,N", "丁鄉,1,250,N"],
        activity: [
            "甲鄉": [2: [.enrol: 5, .volume: 5, .autoDebit: 30, .areaInstalment: 9, .staticPromotion: 9]],
            "乙鄉": [2: [.enrol: 4, .volume: 5, .autoDebit: 20, .areaInstalment: 8, .staticPromotion: 8]],
            "丙鄉": [2: [.volume: 5, .counterInstalment: 1, .localCards: 100]],
            "丁鄉": [2: [.volume: 5, .areaInstalment: 2]],
        ])

    @Test func nonSiteLocalCardsDoNotCountInTheTieBreak() throws {
        let result = try Self.data.run()
        #expect(result.value("丙鄉", "total") == result.value("丁鄉", "total"))
        #expect(result.value("丙鄉", "assist") == 1)
        #expect(result.value("丁鄉", "assist") == 2)
        #expect(result.unit(named: "丁鄉")?.rank == 3)
        #expect(result.unit(named: "丙鄉")?.rank == 4)
        #expect(result.winners("elite") == ["甲鄉:1", "乙鄉:2", "丁鄉:3"])
        #expect(result.unit(named: "丙鄉")!.explanations["assist"]!.lines.joined().contains("在地製卡件數 100 不計"))
    }

    @Test func aSiteCountsItsLocalCards() throws {
        var data = Self.data
        data.offices[2] = "丙鄉,1,250,Y"
        let result = try data.run()
        #expect(result.value("丙鄉", "assist") == 101)
    }
}

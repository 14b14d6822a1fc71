import Foundation
import PingbiCore

/// 行動服務貢獻獎.
///
/// > 自「健保櫃檯-承保申辦量」、「健保櫃檯-設定電子繳款單申辦量」及「健保櫃檯-保費分期量」加總前
/// > 10名公所中，不分組別錄取得分最高前 2名公所。
/// > 依下列評選標準錄取 16家公所 … 備註：若總得分相同者，再依協助件數多寡比序
///
/// The pool is the offices whose 行動量 ranks ≤ 10 over all offices (ties at the 10th
/// place per `cut-ties`). Under `refer` the pool holds 10: the offices tied at its line are
/// `tied-at-cut`, the winners are chosen from the rest of the pool, and a warning names every
/// referred office whose total (then 協助件數) would have placed it among the winners — those
/// awards wait for the panel. The winners are the pool's 2 best by 總得分, then 協助件數; under
/// `exclusive-awards=yes` 菁英獎 winners are left out (16 different offices), and the pool
/// is not refilled, so fewer than 2 may win (a warning).
struct MobileAward: StandingsAward {
    typealias Member = Standing
    let id = "mobile"
    let name = "行動服務貢獻獎"
    /// 不分組別錄取: chosen among all 77 offices.
    let acrossGroups = true
    /// The 111 clause with this edition's pool and places.
    var clause: String {
        "自「健保櫃檯-承保申辦量」、「健保櫃檯-設定電子繳款單申辦量」及「健保櫃檯-保費分期量」加總前\(poolSize)名公所中，不分組別錄取得分最高前 \(places)名公所。"
            + (poolSize == Kaoping111.documentMobilePoolSize && places == Kaoping111.documentMobileWinners
                ? "（合計錄取 16 家公所；備註：若總得分相同者，再依協助件數多寡比序）" : "（備註：若總得分相同者，再依協助件數多寡比序）")
    }

    /// The pool: offices whose 行動量 ranks within this many (``Kaoping111/mobilePoolSize``).
    var poolSize: Int
    /// The places (``Kaoping111/mobileWinners``).
    var places: Int

    /// The policy: the best `places` of the 行動量 top `poolSize` (the 111 document's 2 of 10 by default).
    init(poolSize: Int = Kaoping111.documentMobilePoolSize, places: Int = Kaoping111.documentMobileWinners) {
        self.poolSize = poolSize
        self.places = places
    }

    func decide(_ input: AwardInput) -> Decision {
        let ties: CutTies = input.readings(CutTies.reading)
        let exclusive: ExclusiveAwards = input.readings(KaopingReadings.exclusiveAwards)
        let eliteWinners = input.eliteWinners
        var decision = Decision()
        let all = input.standings
        let volumeRanks = all.map(\.mobileRank)
        let pool = CutLine.top(poolSize, ranks: volumeRanks, ties: ties)
        if pool.exceeded {
            decision.warnings.append("行動服務貢獻獎：行動量前 \(poolSize) 名因同分擴為 \(pool.selected.count) 家")
        }
        for index in pool.tiedAtCut {
            decision.outcomes.append(TiedAtCut.outcome(
                unit: all[index].unit, rank: volumeRanks[index], label: name,
                reason: "行動量第 \(volumeRanks[index]) 名同分（\(all[index].mobileVolume)），前 \(poolSize) 名切線，交評審決定是否列入",
                provisional: input.provisional))
        }
        var candidates = pool.selected.map { all[$0] }
        if exclusive == .yes {
            let excluded = candidates.filter { eliteWinners.contains($0.unit) }
            candidates.removeAll { eliteWinners.contains($0.unit) }
            if !excluded.isEmpty {
                decision.vacant(
                    "行動服務貢獻獎：行動量前 \(poolSize) 名中 \(excluded.map(\.unit).joined(separator: "、")) 已獲菁英獎，不重複錄取，名單不遞補",
                    policy: id)
            }
        }
        let ranks = Standing.ranks(candidates)
        let cut = QuotaCut(candidates, ranks: ranks, places: places, ties: ties)
        decision.outcomes += cut.outcomes(policy: id, label: name, provisional: input.provisional, unit: \.unit) { rank in "行動服務貢獻獎第 \(rank) 名同分（總得分與協助件數皆同），名額 \(places) 名，交評審決定" }
        if cut.exceeded {
            decision.warnings.append("行動服務貢獻獎名額 \(places) 名，因同分（總得分與協助件數皆同）錄取 \(cut.selected.count) 名")
        }
        let waiting = pool.tiedAtCut.map { all[$0] }.filter { referred in
            !(exclusive == .yes && eliteWinners.contains(referred.unit))
                && Standing.ranks(candidates + [referred]).last! <= places
        }
        if !waiting.isEmpty {
            decision.warnings.append(
                "行動服務貢獻獎：行動量前 \(poolSize) 名切線同分、交評審決定是否列入的 "
                    + waiting.map(\.unit).joined(separator: "、")
                    + " 若列入，依總得分（再依協助件數）將名列得獎者；本獎得獎名單待評審決定")
        }
        if candidates.count < places {
            decision.warnings.append("行動服務貢獻獎：符合資格者只有 \(candidates.count) 家，錄取少於 \(places) 名")
        }
        return decision
    }

    /// Worked on the 111 document's 2 of the top 10, whatever an edition configured.
    var examples: [Example] {
        let policy = MobileAward()
        // Twelve offices; 行動量 100…89 (子 and 丑 are outside the top 10).
        let names = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"]
        let totals = [80, 85, 90, 70, 75, 60, 65, 50, 55, 40, 99, 98]
        let field = names.indices.map { Standing(names[$0], total: Decimal(totals[$0]), mobileVolume: 100 - $0) }
        // 子 (總得分 99) ties 癸 at the 10th 行動量 (91).
        let referredField = field.map { $0.unit == "子" ? Standing("子", total: 99, mobileVolume: 91) : $0 }
        let tiedField = field.map { $0.unit == "乙" ? Standing("乙", total: 90, mobileVolume: 99) : $0 }
        return [
            Example("行動量前 10 名中總得分最高 2 名（子、丑 不在前 10 名）", expect: ["丙:1", "乙:2"]) {
                summary(policy.decide(AwardInput(field)), policy: "mobile")
            },
            Example("exclusive-awards=yes：菁英獎得主丙不重複錄取，由前 10 名中的下一名錄取", expect: ["乙:1", "甲:2"]) {
                summary(policy.decide(AwardInput(field, eliteWinners: ["丙"])), policy: "mobile")
            },
            Example("exclusive-awards=no：菁英獎得主亦可獲獎", expect: ["丙:1", "乙:2"]) {
                summary(policy.decide(AwardInput(field, readings: ["exclusive-awards": "no"], eliteWinners: ["丙"])), policy: "mobile")
            },
            Example("名單不遞補：前 10 名中 9 家已獲菁英獎，只錄取 1 名", expect: ["癸:1"]) {
                summary(policy.decide(AwardInput(field, eliteWinners: Set(names.prefix(9)))), policy: "mobile")
            },
            Example("同總得分依協助件數比序", expect: ["乙:1", "丙:2"]) {
                summary(policy.decide(AwardInput(field.map {
                    $0.unit == "乙" ? Standing("乙", total: 90, assist: 9, mobileVolume: 99)
                        : $0.unit == "丙" ? Standing("丙", total: 90, assist: 3, mobileVolume: 98) : $0
                })), policy: "mobile")
            },
            Example("協助件數亦同仍同分：cut-ties=include 兩家並列第 1", expect: ["乙:1", "丙:1"]) {
                summary(policy.decide(AwardInput(tiedField)), policy: "mobile")
            },
            Example("第 2 名同分：cut-ties=include 錄取 3 家", expect: ["丙:1", "甲:2", "乙:2"]) {
                summary(policy.decide(AwardInput(field.map { $0.unit == "甲" ? Standing("甲", total: 85, mobileVolume: 100) : $0 })), policy: "mobile")
            },
            Example("cut-ties=refer：行動量第 10 名同分（癸、子）交評審，得獎者自其餘 9 家選出", expect: ["丙:1", "乙:2", "癸:10", "子:10"]) {
                let decision = policy.decide(AwardInput(referredField, readings: ["cut-ties": "refer"]))
                return summary(decision, policy: "mobile") + summary(decision, policy: "tied-at-cut")
            },
            Example("cut-ties=refer：警告指出若列入即可得獎的子（總得分 99），不含癸（40）", expect: true) {
                let warnings = policy.decide(AwardInput(referredField, readings: ["cut-ties": "refer"])).warnings
                return warnings.contains { $0.contains(" 子 若列入") && $0.contains("待評審決定") } && !warnings.contains { $0.contains("癸") }
            },
            Example("第 2 名同分：cut-ties=refer 只錄取第 1 名，同分者交評審", expect: ["丙:1", "甲:2", "乙:2"]) {
                let decision = policy.decide(AwardInput(
                    field.map { $0.unit == "甲" ? Standing("甲", total: 85, mobileVolume: 100) : $0 }, readings: ["cut-ties": "refer"]))
                return summary(decision, policy: "mobile") + summary(decision, policy: "tied-at-cut")
            },
        ]
    }
}

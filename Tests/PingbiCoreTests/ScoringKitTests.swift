import Foundation
import PingbiCore
import PingbiTesting
import Testing

/// The core scoring kit on hand-checked numbers: every program builds on these.
@Suite struct ScoringKitTests {
    /// Scores of a group whose A are given, under `formula` and `rounding`, by unit.
    func scores(_ a: [String: Int?], _ formula: GroupRelativeScore.Formula, rounding: RoundingStage = .items) -> [String: Decimal] {
        let members = a.keys.sorted().map { (unit: $0, a: a[$0]!.map { Fraction($0) }, explanation: Explanation("A")) }
        let scored = GroupRelativeScore.scores(title: "得分", members: members, formula: formula, rounding: rounding)
        return Dictionary(uniqueKeysWithValues: scored.map { ($0.unit, $0.value) })
    }

    @Test func groupRelativeScoreAgainstTheMean() {
        // B = 20: (10−20)/20×10+80 = 75, 80, (30−20)/20×10+80 = 85.
        #expect(scores(["甲": 10, "乙": 20, "丙": 30], .init(factor: 10)) == ["甲": 75, "乙": 80, "丙": 85])
    }

    @Test func groupRelativeScoreCapFloorAndBase() {
        // B = 15: (60−15)/15×10+80 = 110 → cap 100; the others (0−15)/15×10+80 = 70.
        #expect(scores(["甲": 60, "乙": 0, "丙": 0, "丁": 0], .init(factor: 10))["甲"] == 100)
        // ×100 without a floor: A = 0 scores −20; with a floor of 0, 0.
        #expect(scores(["甲": 0, "乙": 10], .init(factor: 100, cap: nil))["甲"] == -20)
        #expect(scores(["甲": 0, "乙": 10], .init(factor: 100, cap: nil, floor: 0))["甲"] == 0)
        // Another base: a unit at the mean scores it.
        #expect(scores(["甲": 5, "乙": 5], .init(factor: 10, base: 60))["甲"] == 60)
        // B = 0: everyone scores the base.
        #expect(scores(["甲": 0, "乙": 0], .init(factor: 10)) == ["甲": 80, "乙": 80])
    }

    @Test func undefinedAIsLeftOutOfTheMean() {
        // 丁 has no A: B is the mean of 10 and 30 (20), and 丁 scores 80.
        #expect(scores(["甲": 10, "乙": 30, "丁": nil], .init(factor: 10)) == ["甲": 75, "乙": 85, "丁": 80])
    }

    @Test func exactHalfRoundsUp() {
        // ((2×201 − 400)×10)/400 + 80 = 80.05 exactly: 80.1 (binary floating point gives 80.0).
        #expect(scores(["甲": 201, "乙": 199], .init(factor: 10))["甲"] == Decimal.exact("80.1"))
        #expect(scores(["甲": 201, "乙": 199], .init(factor: 10), rounding: .totalOnly)["甲"] == Decimal.exact("80.05"))
    }

    @Test func pooledMeanIsGivenByTheCaller() {
        var explanation = Explanation("得分")
        let score = GroupRelativeScore.byMean(a: Fraction(30), b: Fraction(20), factor: 10, explanation: &explanation)
        #expect(score == Fraction(85))
        #expect(explanation.lines.contains { $0.contains("((30 − 20) / 20) × 10 + 80 = 85") })
    }

    /// An item score of `text` under `rounding`.
    func item(_ text: String, _ rounding: RoundingStage) -> ItemScore {
        var explanation = Explanation("項目")
        let exact = Fraction(Decimal.exact(text))
        let value = ScoreSteps.finish(exact, rounding, &explanation)
        return ItemScore(unit: "甲", a: nil, score: exact, value: value, aExplanation: nil, explanation: explanation)
    }

    @Test func weightedTotalRoundsAtTheStageInForce() {
        let weights = [WeightedTotal.Weight(id: "S1", .exact("0.5")), WeightedTotal.Weight(id: "S2", .exact("0.5"))]
        func total(_ rounding: RoundingStage) -> Decimal {
            WeightedTotal.compute(
                weighted: [item("80.44", rounding), item("80.44", rounding)], weights: weights,
                bonus: [item("0.04", rounding)], bonusIDs: ["S3"], rounding: rounding
            ).value
        }
        // items: 80.4×0.5 + 80.4×0.5 + 0.0 = 80.4; total-only: 80.44 + 0.04 = 80.48 → 80.5.
        #expect(total(.items) == Decimal.exact("80.4"))
        #expect(total(.totalOnly) == Decimal.exact("80.5"))
        let explained = WeightedTotal.compute(weighted: [item("80", .items)], weights: [weights[0]], bonus: [], bonusIDs: [], rounding: .items)
        #expect(explained.explanation.lines.contains { $0.hasSuffix("總得分 = S1×0.5") })
        #expect(explained.explanation.lines.contains { $0.hasSuffix("40 四捨五入至小數 1 位 = 40") })
    }

    @Test func ranksWithinGroupsOverATieBreakChain() {
        let units: [(group: Int, total: Int, assist: Int)] = [(1, 90, 5), (1, 90, 9), (2, 70, 0), (1, 88, 50), (2, 70, 0)]
        let ranks = GroupRanking.ranks(units, group: \.group, by: [.descending { $0.total }, .descending { $0.assist }])
        #expect(ranks == [2, 1, 1, 3, 1])
    }

    /// A large roster's groups, ranked on two threads, get the ranks each group gets alone.
    @Test func largeRosterRanksEachGroupAsAlone() {
        let units = (0..<12_000).map { (group: $0 % 5, total: ($0 * 7_919) % 1_000, assist: $0 % 3) }
        let keys: [RankKey<(group: Int, total: Int, assist: Int)>] = [.descending { $0.total }, .descending { $0.assist }]
        let ranks = GroupRanking.ranks(units, group: \.group, by: keys)
        for group in 0..<5 {
            let members = units.indices.filter { units[$0].group == group }
            #expect(members.map { ranks[$0] } == Ranking.ranks(members.map { units[$0] }, by: keys), "group \(group)")
        }
        #expect(Set(ranks).contains(1) && ranks.max()! <= 2_400)
    }

    @Test func descendingRankExplainsItself() {
        let keys: [Int?] = [3, nil, 5, 3]
        let ranked = GroupRanking.descending(
            keys: keys, shown: keys.map { $0.map { Decimal($0) } }, names: ["甲", "乙", "丙", "丁"], title: "比率排名", indicator: "比率",
            undefined: "分母為 0")
        #expect(ranked.map { $0.rank } == [2, 4, 1, 2])
        #expect(ranked[0].explanation.lines.contains { $0.hasSuffix("名次 = 1 + 1 = 2") })
        #expect(ranked[0].explanation.lines.contains { $0.contains("同值並列：丁") })
        #expect(ranked[1].explanation.lines.contains { $0.contains("分母為 0：排在同組 3 個有數值者之後") })
    }

    @Test func quotaCutIncludesRefersAndLeavesPlacesEmpty() {
        let units = ["甲", "乙", "丙", "丁"], ranks = [1, 2, 2, 4]
        let included = QuotaCut(units, ranks: ranks, places: 2, ties: .include)
        #expect(included.selected.map(\.unit) == ["甲", "乙", "丙"])
        #expect(included.exceeded)
        let referred = QuotaCut(units, ranks: ranks, places: 2, ties: .refer)
        #expect(referred.selected.map(\.unit) == ["甲"])
        #expect(referred.tiedAtCut.map(\.unit) == ["乙", "丙"])
        #expect(referred.tiedAtCut.map(\.rank) == [2, 2])
        #expect(referred.vacant == 0)
        #expect(QuotaCut(["甲", "乙"], ranks: [1, 2], places: 3, ties: .include).vacant == 1)
        // 1, 1, 3: the 2nd place is held by nobody.
        #expect(QuotaCut(["甲", "乙", "丙"], ranks: [1, 1, 3], places: 3, ties: .include).skippedRanks == [2])
    }

    @Test func rankSumIsExact() {
        let weights = [Decimal.exact("0.4"), .exact("0.25"), .exact("0.2"), .exact("0.15")]
        let labels = ["消長", "成功", "補繳", "完成"]
        func score(_ ranks: [Int]) -> Decimal {
            RankSum.evaluate(zip(zip(labels, weights), ranks).map { RankSum.Term($0.0, weight: $0.1, rank: $1) }, title: "積分").value
        }
        #expect(score([1, 2, 2, 1]) == Decimal.exact("1.45"))
        #expect(score([1, 2, 2, 1]) == score([1, 1, 1, 4]))
        let explanation = RankSum.evaluate([RankSum.Term("消長", weight: .exact("0.4"), rank: 3)], title: "積分").explanation
        #expect(explanation.lines.contains { $0.hasSuffix("積分 = 0.4×消長") })
        #expect(explanation.lines.contains { $0.hasSuffix("0.4×3 = 1.2 = 1.2") })
    }

    @Test func thresholdsAdmitAtOrAboveTheBar() {
        #expect(Threshold.atLeast(88).admits(88))
        #expect(!Threshold.atLeast(88).admits(.exact("87.99")))
        #expect(!Threshold.above(0).admits(0))
        #expect(Threshold.above(0).admitted(["甲", "乙", "丙"]) { ["甲": Decimal(1), "乙": Decimal(0)][$0] } == ["甲"])
    }

    @Test func tiedAtCutIsOnePolicyWithThePanelsName() {
        #expect(TiedAtCut.title(referredTo: "評審") == "切線同分（交評審）")
        #expect(TiedAtCut.outcome(unit: "甲", rank: 3, label: "菁英獎", reason: "同分").policy == "tied-at-cut")
    }

    @Test func quotaCutOutcomesAwardThenReferTheTies() {
        let cut = QuotaCut(["甲", "乙", "丙", "丁"], ranks: [1, 2, 2, 4], places: 2, ties: .refer)
        let outcomes = cut.outcomes(policy: "top", label: "績優", unit: { $0 }, reason: { "\($0)得分" }) { "第 \($0) 名同分" }
        #expect(outcomes.map { "\($0.policy):\($0.unit):\($0.rank!)" } == ["top:甲:1", "tied-at-cut:乙:2", "tied-at-cut:丙:2"])
        #expect(outcomes.map(\.reason) == ["甲得分", "第 2 名同分", "第 2 名同分"])
        #expect(outcomes.allSatisfy { $0.label == "績優" && !$0.provisional })
    }

    @Test func aResultRecordsDecisionsAndSortsItsUnits() {
        var result = ProgramResult(program: "p", title: "t", readings: [])
        var decision = Decision(outcomes: [Outcome(policy: "top", unit: "甲")], warnings: ["超額"])
        decision.vacant("第 2 名從缺", policy: "top", places: 2...2)
        result.record(decision)
        #expect(result.outcomes.map(\.unit) == ["甲"])
        #expect(result.warnings == ["超額", "第 2 名從缺"])
        #expect(result.vacancies == [Vacancy("第 2 名從缺", policy: "top", places: 2...2)])
        result.units = [
            UnitResult(unit: "丙", group: "2", rank: 1), UnitResult(unit: "乙", group: "1"), UnitResult(unit: "甲", group: "1", rank: 2),
            UnitResult(unit: "丁", group: "1", rank: 2),
        ]
        var inRoster = result
        result.units.sortForDisplay()
        #expect(result.units.map(\.unit) == ["丁", "甲", "乙", "丙"])
        inRoster.units.sortForDisplay(tied: .roster)
        #expect(inRoster.units.map(\.unit) == ["甲", "丁", "乙", "丙"])
    }

    /// A program weighted by a table of weights, for ``WeightedByItem``.
    struct Weighted: WeightedByItem {
        struct Item: Indicator {
            let id: String, name: String, clause = "", examples: [Example] = []
            func evaluate(_ input: Int) -> Int { input }
        }
        let id = "w", title = "加權", inputs: [TableSpec] = [], readings: [AnyReading] = [], policies: [any AwardPolicy] = []
        var indicators: [any Indicator] { [Item(id: "S1", name: "甲項"), Item(id: "S2", name: "乙項"), Item(id: "S3", name: "加分")] }
        var weights: [String: Decimal] = ["S1": .exact("0.6"), "S2": .exact("0.4")]
        var sampleData: URL { URL(fileURLWithPath: "/") }
        func evaluate(_ context: EvaluationContext) throws -> ProgramResult { emptyResult(context) }
    }

    @Test func weightsByItemGiveTheWeightedItemsColumnsAndReweighting() throws {
        let program = Weighted()
        #expect(program.weightedItems.map { "\($0.id) \($0.title) \($0.weight)" } == ["S1 甲項 0.6", "S2 乙項 0.4"])
        #expect(program.weightedColumns.map(\.title) == ["甲項60%", "乙項40%"])
        #expect(program.totalWeights.map(\.fraction) == [Fraction(3, 5), Fraction(2, 5)])
        let reweighted = try #require(program.reweighted(["S2": .exact("0.5")]) as? Weighted)
        #expect(reweighted.weights == ["S1": .exact("0.6"), "S2": .exact("0.5")])
    }

    @Test func aScoreSheetMakesRowsWithTheWeightedTotal() {
        var sheet = ScoreSheet()
        sheet.add("S1", [item("80.44", .items), item("90", .items)].enumerated().map { index, score in
            ItemScore(unit: ["甲", "乙"][index], a: nil, score: score.score, value: score.value, aExplanation: nil, explanation: score.explanation)
        })
        sheet.add("S2", [ItemScore(unit: "甲", a: nil, score: Fraction(70), value: 70, aExplanation: nil, explanation: Explanation("S2"))])
        sheet.add("B", [ItemScore(unit: "甲", a: nil, score: Fraction(1), value: 1, aExplanation: nil, explanation: Explanation("B"))])
        let weights = [WeightedTotal.Weight(id: "S1", .exact("0.5")), WeightedTotal.Weight(id: "S2", .exact("0.5"))]
        let row = sheet.unit("甲", group: "1", weights: weights, bonuses: ["B"], rounding: .items)
        // 80.4×0.5 + 70×0.5 + 1 = 76.2.
        #expect(row.values == ["S1": .exact("80.4"), "S2": 70, "B": 1, "total": .exact("76.2")])
        #expect(row.group == "1" && row.explanations["S2"]?.title == "S2")
        #expect(row.explanations["total"]?.lines.contains { $0.hasSuffix("總得分 = S1×0.5 + S2×0.5 + B") } == true)
        #expect(sheet.score("S1", of: "乙").value == 90)
    }

    @Test func aScoreSheetGivesBackEveryPartOfAScore() {
        var sheet = ScoreSheet(roster: ["甲", "乙", "丙"])
        var explanation = Explanation("S1 甲項")
        explanation.add(.note, "說明")
        sheet.add("S1", [
            ItemScore(
                unit: "甲", a: Fraction(1, 3), score: Fraction(161, 2), value: .exact("80.5"), aExplanation: Explanation("A1"),
                explanation: explanation, mean: .exact("41.5"), shownA: .exact("0.33")),
            ItemScore(unit: "丙", a: nil, score: Fraction(80), value: 80, aExplanation: nil, explanation: Explanation("S1"), mean: .exact("42")),
        ], at: [0, 2])
        sheet.add("B", [ItemScore(unit: "乙", a: nil, score: nil, value: 1, aExplanation: nil, explanation: Explanation("B"))], at: [1])
        let first = sheet.score("S1", of: "甲")
        #expect(first.unit == "甲" && first.a == Fraction(1, 3) && first.score == Fraction(161, 2) && first.value == .exact("80.5"))
        #expect(first.mean == .exact("41.5") && first.shownA == .exact("0.33"))
        #expect(first.explanation == explanation && first.aExplanation?.title == "A1")
        let third = sheet.scores(["S1"], at: 2)[0]
        #expect(third.unit == "丙" && third.a == nil && third.shownA == nil && third.mean == .exact("42") && third.value == 80)
        let bonus = sheet.score("B", of: "乙")
        #expect(bonus.score == nil && bonus.value == 1 && bonus.mean == nil && bonus.a == nil && bonus.explanation.title == "B")
    }

    @Test func aLimitedCountRefusesWhatTheValidationRefuses() throws {
        let folder = try temporaryFolder(holding: ["t.csv": "單位,件數\n甲,\"1,000,000,000,000\"\n乙,\"1,000,000,000,001\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = TableSpec("t.csv", title: "t", columns: [ColumnSpec("單位", kind: .unit), ColumnSpec("件數", kind: .count)])
        let rows = try DataSource(directory: folder, label: "").table(spec).rows
        #expect(try rows[0].limitedCount("件數") == CountLimit.maximum)
        #expect(throws: DataError(file: "t.csv", line: 3, column: "件數", value: "1,000,000,000,001", expected: CountLimit.expectation.description)) {
            try rows[1].limitedCount("件數")
        }
        // `count` alone takes it: what a program must not read a `.count` column with.
        #expect(try rows[1].count("件數") == 1_000_000_000_001)
    }
}

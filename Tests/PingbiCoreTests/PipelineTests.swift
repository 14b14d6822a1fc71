import Foundation
import PingbiCore
import Testing

/// ``ScoredProgram``'s pipeline on a tiny declared program: items per group and per unit,
/// weighted and bonus, the total, ranks within groups over the tie-break chain, and awards
/// decided in order, each seeing the outcomes before it.
@Suite struct PipelineTests {
    struct Shop: RosterUnit { let name: String, group: String, sales: Int, bonus: Int }

    /// A = sales against the group's mean, ×10, +80, capped at 100.
    struct Sales: GroupScoredItem {
        typealias Unit = Shop
        let id = "S1", name = "銷售", clause = "〔(A−B)/B〕×10＋80"
        var aColumn: ValueColumn? { ValueColumn("A1", "銷售A", scale: 0) }
        func evaluate(_ input: GroupMembers<Shop>) -> [ItemScore] {
            let members = input.units.map { (unit: $0.name, a: Fraction?(Fraction($0.sales)), explanation: Explanation("A")) }
            return GroupRelativeScore.scores(title: "S1", members: members, formula: .init(factor: 10, cap: 100), rounding: .items)
        }
        func warning(_ score: ItemScore.Parts, of unit: () -> String) -> String? { score.value == 100 ? "\(unit()) 達上限" : nil }
        var examples: [Example] { [] }
    }

    /// Bonus points as given.
    struct Bonus: UnitScoredItem {
        typealias Unit = Shop
        let id = "S2", name = "加分", clause = "加分照計", isBonus = true
        func evaluate(_ input: UnitMember<Shop>) -> ItemScore {
            var explanation = Explanation("S2")
            let score = Fraction(input.unit.bonus)
            return ItemScore(unit: input.unit.name, a: nil, score: score, value: ScoreSteps.finish(score, .items, &explanation), aExplanation: nil, explanation: explanation)
        }
        var examples: [Example] { [] }
    }

    /// Each group's first; the second award names whoever the first did not.
    struct Best: StandingsAward {
        typealias Member = Shop
        let id: String, name: String, clause = "各組第一名"
        func decide(_ input: Standings<Shop>) -> Decision {
            let earlier = Set(input.decided.map(\.unit))
            let firsts = input.members.indices.filter { input.ranks[$0] == 1 && !earlier.contains(input.members[$0].name) }
            return Decision(outcomes: firsts.map { Outcome(policy: id, unit: input.members[$0].name, rank: 1) })
        }
        var examples: [Example] { [] }
    }

    struct Shops: ScoredProgram {
        let id = "shops", title = "商店評比"
        var shops: [Shop]
        var weights: [String: Decimal] = ["S1": 1]
        var inputs: [TableSpec] { [] }
        var readings: [AnyReading] { [] }
        var sampleData: URL { URL(fileURLWithPath: "/") }
        var groupItems: [any GroupScoredItem<Shop>] { [Sales()] }
        var unitItems: [any UnitScoredItem<Shop>] { [Bonus()] }
        var rankKeys: [RankKey<Shop>] { [.descending { $0.sales }, .ascending { $0.name }] }
        var awards: [any StandingsAward<Shop>] { [Best(id: "gold", name: "金"), Best(id: "again", name: "再")] }
        var columns: [ValueColumn] { [ValueColumn("total", "總分", scale: 1, ranks: true)] }
        var groupTitles: [String: String] { ["1": "甲組", "2": "乙組"] }
        var groupOrder: [String] = []
        /// Shops left out before the awards (a screening), if any.
        var screenedOut: [String] = []
        func decidedBeforeAwards(_ data: Roster<Shop>, readings: ReadingChoices) -> Decision {
            Decision(outcomes: screenedOut.map { Outcome(policy: "out", unit: $0) }, warnings: screenedOut.map { "\($0) 未通過初審" })
        }
        func load(_ context: EvaluationContext) throws -> Roster<Shop> { Roster(shops, warnings: ["讀取"]) }
        func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }
        func standings(_ data: Roster<Shop>, rows: inout [UnitResult], readings: ReadingChoices) -> [Shop] { data.units }
    }

    let context = EvaluationContext(data: DataSource(directory: URL(fileURLWithPath: "/"), label: "資料"))

    @Test func scoresTotalsRanksAndDecidesInOrder() throws {
        let program = Shops(shops: [
            Shop(name: "甲", group: "1", sales: 150, bonus: 2), Shop(name: "乙", group: "1", sales: 50, bonus: 0),
            Shop(name: "丙", group: "2", sales: 100, bonus: 0), Shop(name: "丁", group: "2", sales: 300, bonus: 1),
        ])
        let result = try program.evaluate(context)
        // Group 1: B = 100, 甲 85 + 2, 乙 75. Group 2: B = 200, 丁 85 + 1, 丙 75.
        #expect(result.units.map { "\($0.group ?? "-") \($0.rank!) \($0.unit) \($0.values["total"]!) A=\($0.values["A1"]!)" } == [
            "1 1 甲 87 A=150", "1 2 乙 75 A=50", "2 1 丁 86 A=300", "2 2 丙 75 A=100",
        ])
        #expect(result.groupMeans == ["1": ["A1": 100], "2": ["A1": 200]])
        #expect(result.outcomes.map { "\($0.policy):\($0.unit)" } == ["gold:甲", "gold:丁"])
        #expect(result.warnings == ["讀取"])
        #expect(result.units[0].explanations["total"]?.steps.isEmpty == false)
        // What each policy's outcomes mean is typed, a referral at the cut line included.
        #expect(result.policyKinds == ["gold": .award, "again": .award, TiedAtCut.policy: .tiedAtCut])
    }

    @Test func groupsAreListedInKeyOrderOrInTheProgramsGroupOrder() throws {
        var program = Shops(shops: [
            Shop(name: "甲", group: "1", sales: 150, bonus: 0), Shop(name: "丙", group: "2", sales: 100, bonus: 0),
            Shop(name: "乙", group: "1", sales: 50, bonus: 0), Shop(name: "丁", group: "3", sales: 300, bonus: 0),
        ])
        #expect(try program.evaluate(context).units.map(\.unit) == ["甲", "乙", "丙", "丁"])
        program.groupOrder = ["2"]
        #expect(try program.evaluate(context).units.map(\.unit) == ["丙", "甲", "乙", "丁"])
        program.groupOrder = ["3", "1", "2"]
        #expect(try program.evaluate(context).units.map(\.unit) == ["丁", "甲", "乙", "丙"])
    }

    @Test func whatIsDecidedBeforeTheAwardsIsListedFirst() throws {
        var program = Shops(shops: [Shop(name: "甲", group: "1", sales: 150, bonus: 0), Shop(name: "乙", group: "1", sales: 50, bonus: 0)])
        program.screenedOut = ["戊"]
        let result = try program.evaluate(context)
        #expect(result.outcomes.map { "\($0.policy):\($0.unit)" } == ["out:戊", "gold:甲"])
        #expect(result.warnings == ["讀取", "戊 未通過初審"])
    }

    @Test func anItemsWarningFollowsTheRosterAndNoGroupKeyMeansNoGroup() throws {
        let program = Shops(shops: [Shop(name: "甲", group: "", sales: 400, bonus: 0), Shop(name: "乙", group: "", sales: 0, bonus: 0)])
        let result = try program.evaluate(context)
        // B = 200: 甲 〔(400−200)/200〕×10+80 = 90, 乙 70.
        #expect(result.units.map { "\($0.group ?? "-") \($0.unit) \($0.values["total"]!)" } == ["- 甲 90", "- 乙 70"])
        #expect(result.outcomes.map(\.unit) == ["甲"])
        // B = 300: 甲 〔(900−300)/300〕×10+80 = 100, at the cap.
        let capped = Shops(shops: ["甲", "乙", "丙"].map { Shop(name: $0, group: "1", sales: $0 == "甲" ? 900 : 0, bonus: 0) })
        #expect(try capped.evaluate(context).warnings == ["讀取", "甲 達上限"])
    }

    @Test func theEvaluatorAndTheWeightEvaluatorGiveWhatEvaluateGives() throws {
        let program = Shops(shops: [Shop(name: "甲", group: "1", sales: 150, bonus: 2), Shop(name: "乙", group: "1", sales: 50, bonus: 0)])
        let expected = try program.evaluate(context)
        for _ in 0..<2 {
            let result = try program.evaluator(context)(ReadingChoices())
            #expect(result.units.map(\.values) == expected.units.map(\.values))
            #expect(result.outcomes == expected.outcomes)
        }
        var doubled = program
        doubled.weights = ["S1": 2]
        let reweighted = try program.pipelineWeightEvaluator(context)(["S1": 2])
        #expect(reweighted.units.map(\.values) == (try doubled.evaluate(context)).units.map(\.values))
        #expect(reweighted.units.map { $0.values["total"]! } == [172, 150])
    }

    @Test func recomputingOneChangedUnitIsEvaluatingTheChangedData() throws {
        let shops = [
            Shop(name: "甲", group: "1", sales: 150, bonus: 2), Shop(name: "乙", group: "1", sales: 50, bonus: 0),
            Shop(name: "丙", group: "2", sales: 100, bonus: 0), Shop(name: "丁", group: "2", sales: 300, bonus: 1),
        ]
        let program = Shops(shops: shops)
        let data = try program.load(context)
        let scored = program.scoreItems(data, context.readings)
        let rows = program.totals(scored, data, context.readings)
        for (index, sales) in [(1, 400), (3, 0), (0, 900)] {
            var changed = shops
            changed[index] = Shop(name: shops[index].name, group: shops[index].group, sales: sales, bonus: 5)
            let expected = try Shops(shops: changed).evaluate(context)
            let result = Shops(shops: changed).recompute(Roster(changed, warnings: ["讀取"]), unit: index, from: scored, rows: rows, context, frame: Shops(shops: changed).resultFrame(context, rules: []))
            #expect(result.units.map(\.values) == expected.units.map(\.values), "\(index)")
            #expect(result.units.map(\.rank) == expected.units.map(\.rank))
            #expect(result.outcomes == expected.outcomes)
            #expect(result.warnings == expected.warnings)
            #expect(result.groupMeans == expected.groupMeans)
        }
    }

    @Test func recomputingKeepsTheOtherGroupsWarningsInRosterOrder() throws {
        // Groups interleaved in the roster; 甲 is at the cap (A = 3B) before any change.
        let shops = [
            Shop(name: "甲", group: "1", sales: 900, bonus: 0), Shop(name: "丙", group: "2", sales: 100, bonus: 0),
            Shop(name: "乙", group: "1", sales: 0, bonus: 0), Shop(name: "丁", group: "2", sales: 200, bonus: 0),
            Shop(name: "戊", group: "1", sales: 0, bonus: 0), Shop(name: "己", group: "2", sales: 0, bonus: 0),
            Shop(name: "庚", group: "2", sales: 0, bonus: 0),
        ]
        let program = Shops(shops: shops)
        let data = try program.load(context)
        let scored = program.scoreItems(data, context.readings)
        #expect(scored.warnings.suffix(1) == ["甲 達上限"])
        let rows = program.totals(scored, data, context.readings)
        for (index, sales, warnings) in [(3, 3000, ["甲 達上限", "丁 達上限"]), (0, 0, []), (6, 5000, ["甲 達上限", "庚 達上限"])] {
            var changed = shops
            changed[index] = Shop(name: shops[index].name, group: shops[index].group, sales: sales, bonus: 0)
            let expected = try Shops(shops: changed).evaluate(context)
            let result = Shops(shops: changed).recompute(
                Roster(changed, warnings: ["讀取"]), unit: index, from: scored, rows: rows, context,
                frame: Shops(shops: changed).resultFrame(context, rules: []))
            #expect(result.warnings == expected.warnings, "\(index)")
            #expect(result.warnings.filter { $0.hasSuffix("達上限") } == warnings, "\(index)")
        }
    }

    @Test func groupsScoredOnTwoThreadsRecordExplanationsAsTheCallerDoes() throws {
        let shops = (0..<9).map { Shop(name: "店\($0)", group: "\($0 % 3)", sales: 10 * $0 + 5, bonus: 0) }
        let program = Shops(shops: shops)
        let data = try program.load(context)
        let recorded = program.scoreItems(data, context.readings)
        let silent = Explanation.silently { program.scoreItems(data, context.readings) }
        for place in data.units.indices {
            let withSteps = recorded.sheet.scores(["S1"], at: place)[0], without = silent.sheet.scores(["S1"], at: place)[0]
            #expect(withSteps.explanation.steps.count > 3 && without.explanation.steps.isEmpty)
            #expect(withSteps.value == without.value && withSteps.unit == shops[place].name)
        }
        #expect(recorded.groupMeans == ["0": ["A1": 35], "1": ["A1": 45], "2": ["A1": 55]])
    }
}

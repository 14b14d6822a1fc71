import Foundation
@testable import PingbiCore
import Testing
@testable import KaopingOffices111

/// kaoping-111's trial outcomes (``KaopingTrialOutcomes``: the changed office's group and the
/// 行動服務貢獻獎 pool only) are the changed office's outcomes in the whole what-if run
/// (``ProgramTrials/result(after:)``, itself the run on the changed file): other members' totals
/// moved by the group mean, ranks within the group, 菁英獎 per group, and the pool's line with its
/// ties.
@Suite struct TrialOutcomesTests {
    /// The what-if runs of `context`, and the records of its `file` (header first).
    static func trialsAndRecords(_ context: EvaluationContext, file: String) throws -> (ProgramTrials, [CSVRecord]) {
        (try #require(try Kaoping111().trials(context)), try CSV.parse(context.data.text(file), file: file))
    }

    /// The first row of `records` (after the header) whose 公所 is `unit`.
    static func firstRow(of unit: String, in records: [CSVRecord]) throws -> CSVRecord {
        try #require(records.dropFirst().first { UnitName.normalize($0.fields[0]) == unit })
    }

    /// Each change of each unit's first row in `columns` to each of `values(now)`: the trials'
    /// outcomes of the unit against the whole run's (or the same error). Returns how many
    /// changes gave some outcome of the unit.
    static func compare(
        _ context: EvaluationContext, units: [String], columns: [CountColumn], values: (Int) -> [Int]
    ) throws -> Int {
        let (trials, records) = try trialsAndRecords(context, file: "activity.csv")
        let header = records[0].fields
        var holding = 0
        for unit in units {
            let row = try firstRow(of: unit, in: records)
            for column in columns {
                let position = try #require(header.firstIndex(of: column.rawValue))
                let now = try #require(Int(row.fields[position]))
                for value in values(now) {
                    let change = DataChange(
                        unit: unit, file: "activity.csv", column: column.rawValue, cells: [DataChange.Cell(line: row.line, value: value)])
                    let fast = Result { try trials.outcomes(after: change) }
                    let whole = Result { try trials.result(after: change).outcomes.filter { $0.unit == unit } }
                    switch (fast, whole) {
                    case (.success(let fast), .success(let whole)):
                        #expect(fast == whole, "\(unit) \(column.rawValue) \(now) → \(value)")
                        if !fast.isEmpty { holding += 1 }
                    case (.failure(let fast), .failure(let whole)):
                        #expect("\(fast)" == "\(whole)")
                    default:
                        Issue.record("\(unit) \(column.rawValue) → \(value): trial \(fast), whole run \(whole)")
                    }
                }
            }
        }
        return holding
    }

    /// Offices of every group of the sample, winners and not, every column, small and large
    /// changes both ways (a large one moves the group mean, and with it the other members'
    /// totals and ranks), under the default readings and under `refer` with non-exclusive awards.
    @Test(arguments: [[:], ["cut-ties": "refer", "exclusive-awards": "no", "rounding": "total-only"]])
    func theSamplesTrialOutcomesAreTheWholeRunsOutcomes(readings: [String: String]) throws {
        let context = EvaluationContext(data: DataSource(sampleOf: Kaoping111()), readings: ReadingChoices(readings))
        let result = try Kaoping111().evaluate(context)
        let winners = Set(result.outcomes.map(\.unit))
        // Two winners and two others of each group.
        var units: [String] = []
        for group in ["1", "2", "3", "4"] {
            let members = result.units.filter { $0.group == group }.map(\.unit)
            units += members.filter(winners.contains).prefix(2) + members.filter { !winners.contains($0) }.prefix(2)
        }
        let holding = try Self.compare(context, units: units, columns: Kaoping111().countColumns) { now in
            [0, now + 1, now + 25, now * 3 + 400, now + 20_000]
        }
        #expect(holding > 100)
    }

    /// Fourteen offices in two groups whose 行動量 (健保櫃檯加保 + 電子繳款單_健保櫃檯) ties at the
    /// pool's 10th place (three offices at 20): an office moved into, onto and out of the tie
    /// gets the pool, its referred offices and its winners of the whole run, under every
    /// `cut-ties` and `exclusive-awards`.
    @Test(arguments: ["include", "refer"], ["yes", "no"])
    func thePoolsTiesAreTheWholeRunsTies(ties: String, exclusive: String) throws {
        var activity: [String: [Int: [CountColumn: Int]]] = [:]
        var offices: [String] = []
        let volumes = [90, 80, 70, 60, 50, 40, 30, 25, 22, 20, 20, 20, 10, 5]
        for (index, volume) in volumes.enumerated() {
            let name = "測\(index + 1)鄉"
            activity[name] = [
                2: [.enrol: volume / 2, .volume: 200, .eBillCounter: volume - volume / 2, .staticPromotion: 3 + index % 5],
                3: [.autoDebit: 7 * (index % 4), .areaInstalment: index, .volume: 50],
            ]
            offices.append("\(name),\(index % 2 + 1),,N")
        }
        let context = EvaluationContext(
            data: try MiniData(offices: offices, activity: activity).write(),
            readings: ReadingChoices(["cut-ties": ties, "exclusive-awards": exclusive]))
        let units = ["測1鄉", "測8鄉", "測10鄉", "測11鄉", "測13鄉", "測14鄉"]
        let holding = try Self.compare(context, units: units, columns: [.enrol, .eBillCounter, .staticPromotion]) { now in
            [0, 1, 2, 5, 9, 10, 11, 12, 15, 40, 100, now + 1]
        }
        #expect(holding > 20)
    }

    /// The field 行動服務貢獻獎 is decided on: the office and every other office within the pool
    /// among the others, ties at its line included.
    @Test func thePoolFieldHoldsTheTiesAtItsLine() throws {
        var activity: [String: [Int: [CountColumn: Int]]] = [:]
        var offices: [String] = []
        for (index, volume) in [90, 80, 70, 60, 50, 40, 30, 25, 22, 20, 20, 20, 10, 5].enumerated() {
            activity["測\(index + 1)鄉"] = [2: [.enrol: volume, .volume: 200]]
            offices.append("測\(index + 1)鄉,1,,N")
        }
        let context = EvaluationContext(data: try MiniData(offices: offices, activity: activity).write())
        let program = Kaoping111()
        let data = try program.load(context)
        let trial = Explanation.silently { () -> KaopingTrialOutcomes in
            let scored = program.scoreItems(data, context.readings)
            let ranked = program.rank(program.totals(scored, data, context.readings), scored, data, context.readings)
            return KaopingTrialOutcomes(
                program, data: data, readings: context.readings, scored: scored, ranked: ranked,
                unchanged: program.decide(ranked, data, context))
        }
        let names = data.activity.map(\.office.name)
        // Offices are in the roster's order: 測1鄉 … 測14鄉.
        #expect(trial.poolField(around: 13).map { names[$0] } == (1...12).map { "測\($0)鄉" } + ["測14鄉"])
        // Without 測1鄉 (or one of the three at 20), the three at 20 rank 9th (or 10th) among the
        // others and 測13鄉's 10 ranks 12th: out.
        #expect(trial.poolField(around: 0).map { names[$0] } == (1...12).map { "測\($0)鄉" })
        #expect(trial.poolField(around: 10).map { names[$0] } == (1...12).map { "測\($0)鄉" })
    }

    /// The members 菁英獎 is decided on after a change: the moved, every other member within the
    /// places among the others (ties at the line included), and the first other below them.
    @Test func theContendersAreTheMovedThoseWithinThePlacesAndOneBelow() {
        // Seven members ranked 1, 2, 2, 4, 5, 5, 7 as read, in roster order.
        let ranks = [1, 2, 2, 4, 5, 5, 7]
        let baseline = KaopingTrialOutcomes.GroupBaseline(
            places: Array(0..<7), member: [:], units: [], forTotal: [], standings: [], ranks: ranks, order: Array(0..<7))
        func contenders(_ moved: Set<Int>, _ places: Int) -> [Int] { KaopingTrialOutcomes.contenders(moved, places: places, in: baseline) }
        // Without the first, the others ranked 2, 2, 4 are within 3 places; the first at 5 is below.
        #expect(contenders([0], 3) == [0, 1, 2, 3, 4])
        #expect(contenders([6], 3) == [0, 1, 2, 3, 6])
        // Within 4 places among the others: the two at 5 tie at the line; the one at 7 is below.
        #expect(contenders([0], 4) == [0, 1, 2, 3, 4, 5, 6])
        #expect(contenders([2, 5], 1) == [0, 1, 2, 5])
        #expect(contenders([3], 0) == [0, 3])
    }

    /// Each change of each unit's row of `offices.csv` in each of `columns` to each of `values`:
    /// the trials' outcomes of the unit against the whole run's; the whole run's values, ranks
    /// and outcomes against the run on the changed file (or the same failure).
    static func compareOffices(_ context: EvaluationContext, units: [String], columns: [String], values: [Int]) throws -> Int {
        let (trials, records) = try trialsAndRecords(context, file: "offices.csv")
        let header = records[0].fields
        var moved = 0
        for unit in units {
            let row = try firstRow(of: unit, in: records)
            for column in columns {
                let position = try #require(header.firstIndex(of: column))
                for value in values {
                    let change = DataChange(unit: unit, file: "offices.csv", column: column, cells: [DataChange.Cell(line: row.line, value: value)])
                    let fast = Result { try trials.outcomes(after: change) }
                    let whole = Result { try trials.result(after: change) }
                    var changed = context
                    changed.data.replacements["offices.csv"] = records.map { record in
                        var fields = record.fields
                        if record.line == row.line { fields[position] = String(value) }
                        return CSV.text([fields])
                    }.joined()
                    let file = Result { try Kaoping111().evaluate(changed) }
                    switch (fast, whole, file) {
                    case (.success(let fast), .success(let whole), .success(let file)):
                        #expect(fast == whole.outcomes.filter { $0.unit == unit }, "\(unit) \(column) → \(value)")
                        #expect(whole.units.map(\.unit) == file.units.map(\.unit))
                        #expect(whole.units.map(\.values) == file.units.map(\.values))
                        #expect(whole.units.map(\.rank) == file.units.map(\.rank))
                        #expect(whole.outcomes == file.outcomes, "\(unit) \(column) → \(value)")
                        if file.unit(named: unit)?.group != row.fields[header.firstIndex(of: "組別")!] { moved += 1 }
                    case (.failure, .failure, .failure):
                        break
                    default:
                        Issue.record("\(unit) \(column) → \(value): trial \(fast), whole \(whole), file \(file)")
                    }
                }
            }
        }
        return moved
    }

    /// The sample's offices moved to every group by 組別 (and to none: 0, 5), under the default
    /// readings and under `refer` with non-exclusive awards: both groups and the pool as the
    /// run on the changed file gives them.
    @Test(arguments: [[:], ["cut-ties": "refer", "exclusive-awards": "no"]])
    func anOfficeMovedByItsGroupIsTheChangedFilesRun(readings: [String: String]) throws {
        let context = EvaluationContext(data: DataSource(sampleOf: Kaoping111()), readings: ReadingChoices(readings))
        let units = ["高雄市楠梓區", "高雄市前鎮區", "屏東縣潮州鎮", "屏東縣車城鄉", "澎湖縣馬公市", "高雄市燕巢區"]
        #expect(try Self.compareOffices(context, units: units, columns: ["組別"], values: [0, 1, 2, 3, 4, 5]) >= 18)
    }

    /// Offices with and without 組別 whose average moves them across the bounds (or into a gap
    /// under `as-written`, an error), and 組別 changed where an average is also given.
    @Test(arguments: ["half-open", "as-written"])
    func anOfficeMovedByItsAverageIsTheChangedFilesRun(bounds: String) throws {
        var data = MiniData.readings
        data.offices = data.offices.map { $0.hasPrefix("戊鄉") ? "戊鄉,,150,N" : $0.hasPrefix("子2鄉") ? "子2鄉,,50,N" : $0 }
        let context = EvaluationContext(data: try data.write(), readings: ReadingChoices(["group-bounds": bounds]))
        let moved = try Self.compareOffices(
            context, units: ["甲鄉", "戊鄉", "子2鄉"], columns: ["110年月平均異動筆數", "組別"], values: [0, 2, 29, 30, 79, 80, 199, 200, 5000])
        #expect(moved >= 6)
    }

    /// Seeded small fields (seven offices in two groups of 3 places, all in the 行動服務貢獻獎
    /// pool, so nearly every office's award hangs on who else won 菁英獎): every office moved to
    /// every group gets the whole run's outcomes — the group it leaves awarded again too.
    @Test func officesMovedInSmallFieldsGetTheWholeRunsOutcomes() throws {
        var random = SplitMix(state: 2026)
        var compared = 0
        for _ in 0..<30 {
            var activity: [String: [Int: [CountColumn: Int]]] = [:]
            var offices: [String] = []
            for index in 0..<7 {
                let name = "試\(index + 1)鄉"
                let counts: [CountColumn: Int] = [
                    .enrol: random.below(20), .volume: 40, .eBillCounter: random.below(30), .autoDebit: random.below(30),
                    .areaInstalment: random.below(10), .staticPromotion: random.below(8), .systemErrors: random.below(3),
                ]
                activity[name] = [2: counts]
                offices.append("\(name),\(index < 4 ? 1 : 2),,N")
            }
            let context = EvaluationContext(data: try MiniData(offices: offices, activity: activity).write())
            let trials = try #require(try Kaoping111().trials(context))
            let lines = try CSV.parse(context.data.text("offices.csv"), file: "offices.csv").dropFirst().map(\.line)
            for (index, line) in lines.enumerated() {
                let unit = "試\(index + 1)鄉"
                for group in 1...3 {
                    let change = DataChange(unit: unit, file: "offices.csv", column: "組別", cells: [DataChange.Cell(line: line, value: group)])
                    let whole = try trials.result(after: change).outcomes.filter { $0.unit == unit }
                    #expect(try trials.outcomes(after: change) == whole, "\(offices) \(activity) \(unit) → \(group)")
                    compared += 1
                }
            }
        }
        #expect(compared == 630)
    }

    /// A seeded generator (SplitMix64) for the small fields.
    struct SplitMix {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(n))
        }
    }
}

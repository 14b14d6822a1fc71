import Foundation
@testable import PingbiCore
import Testing
@testable import KaopingOffices111

/// The shared, pruned search (``AwardGapSearch``) gives exactly the steps of a lone doubling and
/// halving search of every policy, column and direction run one change at a time, as `pingbi gap`
/// ran before it shared its runs.
@Suite struct AwardGapSearchTests {
    /// One award policy's steps as the lone search finds them: every count column of the unit's
    /// rows, adding (to its first row) and removing (from its rows in order), each change a run.
    static func lone(_ program: any Program, _ context: EvaluationContext, unit: String, policy: String) throws -> (holds: Bool, steps: [AwardGap.Step]) {
        let baseline = try program.evaluate(context)
        let holds = baseline.outcomes.contains { $0.policy == policy && $0.unit == unit }
        var found: [AwardGap.Step] = []
        for spec in program.inputs {
            let records = try CSV.parse(context.data.text(spec.fileName), file: spec.fileName).map(\.fields)
            let header = records[0]
            let key = try #require(header.firstIndex(of: spec.key[0]))
            let rows = records.indices.dropFirst().filter { UnitName.normalize(records[$0][key]) == unit }
            guard !rows.isEmpty else { continue }
            // Count columns only: a 組別 of whole numbers is not a count the office could add to.
            let countColumns = spec.columns.filter { $0.kind == .count || $0.kind == .headcount }.map(\.name)
            for (column, name) in header.enumerated() where countColumns.contains(name) && !spec.key.contains(name) {
                let counts = rows.map { try? CellParser.count(CellTrimming.trim(records[$0][column])) }
                guard counts.allSatisfy({ $0 != nil }) else { continue }
                let total = counts.reduce(0) { $0 + $1! }
                for adding in [true, false] {
                    func flips(_ amount: Int) -> Bool {
                        var changed = records
                        var rest = amount
                        for row in adding ? [rows[0]] : rows where rest > 0 {
                            let now = try! CellParser.count(CellTrimming.trim(changed[row][column]))
                            let taken = adding ? -rest : min(now, rest)
                            changed[row][column] = String(now - taken)
                            rest = adding ? 0 : rest - taken
                        }
                        var variant = context
                        variant.data.replacements[spec.fileName] = CSV.text(changed)
                        guard let run = try? program.evaluate(variant) else { return false }
                        return run.outcomes.contains { $0.policy == policy && $0.unit == unit } != holds
                    }
                    let limit = adding ? max(1_000, total * 10) : total
                    var low = 0, high = 1
                    while high < limit, !flips(high) {
                        low = high
                        high = min(high * 2, limit)
                    }
                    guard high < limit || flips(high) else { continue }
                    while high - low > 1 {
                        let middle = low + (high - low) / 2
                        if flips(middle) { high = middle } else { low = middle }
                    }
                    found.append(AwardGap.Step(file: spec.fileName, column: name, delta: adding ? high : -high, total: total))
                }
            }
        }
        let sorted = found.enumerated().sorted {
            (abs($0.element.delta), $0.element.column, $0.offset) < (abs($1.element.delta), $1.element.column, $1.offset)
        }
        return (holds, sorted.prefix(3).map(\.element))
    }

    /// Five group-4 offices with different counts in several columns, so steps differ in size.
    static let data: MiniData = {
        var activity: [String: [Int: [CountColumn: Int]]] = [:]
        var offices: [String] = []
        for (index, (name, promotion)) in [("甲", 10), ("乙", 8), ("丙", 6), ("丁", 4), ("戊", 2)].enumerated() {
            activity["\(name)鄉"] = [
                2: [.staticPromotion: promotion, .areaInstalment: 3 * index, .enrol: 5 + index, .volume: 20],
                3: [.lineText: index, .crossDistrict: 7 - index, .volume: 10],
            ]
            offices.append("\(name)鄉,4,10,N")
        }
        return MiniData(offices: offices, activity: activity)
    }()

    /// Under `--period`, a step counts and changes only the unit's rows inside the period: a row
    /// of 111-02 outside 111-03..111-05 changes nothing, so it is neither in a step's total nor
    /// where an added amount goes (the search once totalled every month and added to 111-02,
    /// so no addition ever took effect).
    @Test func underAPeriodOnlyItsMonthsCount() throws {
        let context = EvaluationContext(data: try Self.data.write(), period: PeriodRange("111-03..111-05"))
        let gaps = try AwardGap.analyseAll(Kaoping111(), context: context)
        let steps = gaps.flatMap { gap in gap.findings.flatMap(\.steps).map { (gap.unit, $0) } }
        #expect(!steps.isEmpty)
        for (unit, step) in steps where step.file.hasSuffix("activity.csv") {
            let column = try #require(CountColumn.allCases.first { $0.rawValue == step.column })
            let inPeriod = (3...5).reduce(0) { $0 + (Self.data.activity[unit]![$1]?[column] ?? 0) }
            #expect(step.total == inPeriod, "\(unit) \(step.column)")
        }
        // 戊鄉 adds to 111-03's row, inside the period, and an addition can now win it an award.
        #expect(steps.contains { $0.1.delta > 0 })
    }

    @Test(arguments: ["戊鄉", "丁鄉"])
    func theSharedSearchFindsWhatTheLoneSearchFinds(unit: String) throws {
        let context = EvaluationContext(data: try Self.data.write())
        let gap = try #require(try AwardGap.analyse(Kaoping111(), context: context, unit: unit))
        #expect(gap.findings.map(\.policy) == ["elite", "mobile"])
        for finding in gap.findings {
            let lone = try Self.lone(Kaoping111(), context, unit: unit, policy: finding.policy)
            #expect(finding.holds == lone.holds, "\(unit) \(finding.policy)")
            #expect(finding.steps == lone.steps, "\(unit) \(finding.policy)")
        }
    }

    @Test func everyUnitAtOnceIsEachUnitAlone() throws {
        let context = EvaluationContext(data: try Self.data.write())
        let all = try AwardGap.analyseAll(Kaoping111(), context: context)
        #expect(all.map(\.unit) == (try Self.data.run()).units.map(\.unit))
        #expect(Set(all.map(\.unit)) == ["甲鄉", "乙鄉", "丙鄉", "丁鄉", "戊鄉"])
        for gap in all where ["乙鄉", "戊鄉"].contains(gap.unit) {
            let alone = try #require(try AwardGap.analyse(Kaoping111(), context: context, unit: gap.unit))
            #expect(gap.findings.map(\.steps) == alone.findings.map(\.steps), "\(gap.unit)")
            #expect(gap.findings.map(\.holds) == alone.findings.map(\.holds), "\(gap.unit)")
        }
    }
}

import Foundation
@testable import PingbiCore
import ProgramCatalog
import Testing

/// Explanations made when read (``RecordedExplanations``): one more run records those of the
/// read unit's group alone.
@Suite("Explanations recorded one group at a time")
struct RecordedExplanationsTests {
    /// Every unit's explanations recorded together in one run (what a read unit's did before).
    static func allRecorded(_ program: some ScoredProgram, _ context: EvaluationContext) throws -> [String: [String: Explanation]] {
        let result = program.compute(try program.load(context), context)
        return Dictionary(result.units.map { ($0.unit, $0.explanations) }, uniquingKeysWith: { a, _ in a })
    }

    /// The result with the explanations of group `group`'s units alone recorded.
    static func recorded(onlyGroup group: String, _ program: some ScoredProgram, _ context: EvaluationContext) throws -> ProgramResult {
        let data = try program.load(context)
        return Explanation.recording(onlyGroups: [group]) { program.compute(data, context) }
    }

    /// The result with no explanation recorded.
    static func silent(_ program: some ScoredProgram, _ context: EvaluationContext) throws -> ProgramResult {
        let data = try program.load(context)
        return Explanation.silently { program.compute(data, context) }
    }

    /// Each program's sample, and kaoping-111's under other readings and over part of the period.
    static let contexts: [(program: any Program, context: EvaluationContext)] = Catalog.programs.map { program in
        (program, EvaluationContext(data: DataSource(sampleOf: program)))
    } + [
        ReadingChoices(["rate-average": "pooled", "quality-basis": "period", "local-card": "combined"]),
        ReadingChoices(["rounding": "total-only", "assist-count": "mobile", "cut-ties": "refer"]),
    ].map { readings in
        let program = Catalog.program("kaoping-111")!
        return (program, EvaluationContext(data: DataSource(sampleOf: program), readings: readings))
    } + [
        (Catalog.program("kaoping-111")!, EvaluationContext(
            data: DataSource(sampleOf: Catalog.program("kaoping-111")!),
            period: PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 5))))
    ]

    @Test("a unit's explanations, recorded with its group's alone, are those recorded with every unit's", arguments: contexts.indices)
    func sameAsEveryUnitRecorded(_ index: Int) throws {
        let (program, context) = Self.contexts[index]
        let scored = try #require(program as? any ScoredProgram)
        let all = try Self.allRecorded(scored, context)
        let result = try program.evaluate(context)
        #expect(result.units.contains { !$0.explanations.isEmpty })
        // Read from the last unit back: the groups asked in another order than shown.
        for unit in result.units.reversed() {
            #expect(unit.explanations == all[unit.unit], "\(program.id) \(unit.unit)")
        }
    }

    @Test("recording one group's explanations records no other office's, and changes no value")
    func onlyTheGroupRecords() throws {
        let program = try #require(Catalog.program("kaoping-111") as? any ScoredProgram)
        let context = EvaluationContext(data: DataSource(sampleOf: program))
        let result = try Self.recorded(onlyGroup: "2", program, context)
        let silent = try Self.silent(program, context)
        #expect(result.units.filter { $0.group == "2" }.count == 11)
        for unit in result.units {
            if unit.group == "2" {
                for key in ["S1", "A1", "S6", "total", "assist", "mobile"] { #expect(unit.explanations[key]?.steps.isEmpty == false, "\(unit.unit) \(key)") }
            } else {
                #expect(unit.explanations.isEmpty, "\(unit.unit)")
            }
        }
        #expect(result.units.map(\.values) == silent.units.map(\.values))
        #expect(result.outcomes == silent.outcomes)
    }
}

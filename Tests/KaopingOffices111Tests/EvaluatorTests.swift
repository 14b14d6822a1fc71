import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// The evaluator `pingbi sensitivity` uses (data read once, scores and ranks reused across
/// readings, no explanations) gives the values, ranks, outcomes and warnings
/// ``Kaoping111/evaluate(_:)`` gives, whose explanations are deferred.
@Suite struct EvaluatorTests {
    let context = EvaluationContext(data: DataSource(directory: Kaoping111().sampleData, label: "範例資料"))

    @Test func everyReadingAloneGivesWhatEvaluateGives() throws {
        let evaluate = Kaoping111().evaluator(context)
        for reading in Kaoping111().readings {
            for value in reading.values {
                let readings = ReadingChoices([reading.name: value])
                var fresh = context
                fresh.readings = readings
                let expected = try Kaoping111().evaluate(fresh)
                // Twice: the second run reuses the first's scores and ranks.
                for _ in 0..<2 {
                    let result = try evaluate(readings)
                    #expect(result.units.map(\.values) == expected.units.map(\.values), "\(reading.name)=\(value)")
                    #expect(result.units.map(\.rank) == expected.units.map(\.rank))
                    #expect(result.outcomes == expected.outcomes)
                    #expect(result.warnings == expected.warnings)
                    #expect(result.notes == expected.notes)
                    #expect(result.rules == expected.rules)
                }
            }
        }
    }

    @Test func deferredExplanationsAreTheRecordedOnes() throws {
        let result = try Kaoping111().evaluate(context)
        let unit = try #require(result.unit(named: "屏東縣潮州鎮"))
        let recorded = Kaoping111().compute(try Kaoping111().load(context, bounds: .halfOpen), context)
        let expected = try #require(recorded.unit(named: "屏東縣潮州鎮"))
        #expect(Set(unit.explanations.keys) == Set(expected.explanations.keys))
        for (key, explanation) in expected.explanations {
            #expect(unit.explanations[key] == explanation, "\(key)")
            #expect(!explanation.steps.isEmpty)
        }
    }

    @Test func anEditionKeepsItsIdUnderTheEvaluator() throws {
        let edition = Edition(base: Kaoping111(), id: "kaoping-test", title: "測試版")
        let result = try edition.evaluator(context)(ReadingChoices(["rounding": "total-only"]))
        #expect(result.program == "kaoping-test")
        #expect(result.title == "測試版")
        #expect(result.units.count == 77)
    }
}

import PingbiCore
import Testing
@testable import NationalPension112

/// Runs every worked example of this module's programs (the lead's shared test does the same
/// for every registered program; this keeps the module's own test target self-checking).
@Suite("NationalPension112 examples")
struct ExamplesTests {
    static let examples: [(String, Example)] = programs.flatMap { program in
        (program.indicators.map { $0 as any Documented } + program.policies.map { $0 as any Documented })
            .flatMap { item in item.examples.map { ("\(program.id) \(item.id): \($0.title)", $0) } }
    }

    @Test func everyExampleHolds() throws {
        for (title, example) in Self.examples {
            let failure = try example.verify()
            #expect(failure == nil, "\(title): \(failure ?? "")")
        }
    }

    @Test func everyIndicatorAndPolicyHasExamples() {
        for program in programs {
            for item in program.indicators.map({ $0 as any Documented }) + program.policies.map({ $0 as any Documented }) {
                #expect(!item.examples.isEmpty, "\(program.id) \(item.id)")
            }
        }
    }
}

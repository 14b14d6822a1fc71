import PingbiCore
import PingbiTesting
import Testing
@testable import NationalPension112

/// Runs every worked example of this module's programs (the lead's shared test does the same
/// for every registered program; this keeps the module's own test target self-checking).
@Suite("NationalPension112 examples")
struct ExamplesTests {
    @Test(arguments: ExampleCase.all(of: programs))
    func exampleHolds(_ testCase: ExampleCase) throws {
        try testCase.check()
    }

    @Test func everyIndicatorAndPolicyHasExamples() {
        for program in programs {
            for item in ExampleCase.documented(program) {
                #expect(!item.examples.isEmpty, "\(program.id) \(item.id)")
            }
        }
    }
}

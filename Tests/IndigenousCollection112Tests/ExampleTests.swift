import IndigenousCollection112
import PingbiCore
import PingbiTesting
import Testing

/// This module's examples, checked here too so a failure shows up in the module's own test run.
@Test(arguments: ExampleCase.all(of: [IndigenousRates112()]))
func exampleHolds(_ testCase: ExampleCase) throws {
    try testCase.check()
}

/// Every indicator and policy has a distinct id and at least one example.
@Test func everyItemHasExamples() {
    let documented = ExampleCase.documented(IndigenousRates112())
    #expect(Set(documented.map(\.id)).count == documented.count)
    for item in documented { #expect(!item.examples.isEmpty, "\(item.id) has no example") }
}

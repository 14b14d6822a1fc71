import IndigenousCollection112
import PingbiCore
import Testing

/// This module's examples, checked here too so a failure shows up in the module's own test run.
@Test func everyExampleHolds() throws {
    let program = IndigenousRates112()
    let documented: [any Documented] = program.indicators + program.policies
    #expect(Set(documented.map(\.id)).count == documented.count)
    for item in documented {
        #expect(!item.examples.isEmpty, "\(item.id) has no example")
        for example in item.examples {
            let failure = try example.verify()
            #expect(failure == nil, "\(item.id): \(example.title): \(failure ?? "")")
        }
    }
}

import PingbiCore
import ProgramCatalog
import Testing

/// Every worked example of every indicator and award policy of every registered program,
/// reported at the example's own line when it fails.
@Suite struct ExampleTests {
    static let cases = ExampleCase.all(of: Catalog.programs)

    @Test(arguments: cases)
    func exampleHolds(_ testCase: ExampleCase) throws {
        try testCase.check()
    }

    @Test func thereAreExamplesToRun() {
        #expect(Self.cases.count >= 10)
    }
}

import PingbiCore
import ProgramCatalog
import Testing

/// Every worked example of every indicator and award policy of every registered program,
/// reported at the example's own line when it fails.
@Suite struct ExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let program: String
        let item: String
        let example: Example
        var testDescription: String { "\(program) \(item): \(example.title)" }
    }

    static let cases: [Case] = Catalog.programs.flatMap { program in
        let items: [any Documented] = program.indicators + program.policies
        return items.flatMap { item in item.examples.map { Case(program: program.id, item: item.id, example: $0) } }
    }

    @Test(arguments: cases)
    func exampleHolds(_ testCase: Case) throws {
        let location = testCase.example.location
        if let mismatch = try testCase.example.verify() {
            Issue.record(
                "\(testCase.testDescription): \(mismatch)",
                sourceLocation: SourceLocation(
                    fileID: location.fileID, filePath: location.filePath, line: location.line, column: location.column))
        }
    }

    @Test func thereAreExamplesToRun() {
        #expect(Self.cases.count >= 10)
    }
}

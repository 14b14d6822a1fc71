import PingbiCore
import Testing

/// One worked example of one indicator or award policy of one program: the argument of the
/// parameterized example tests, which report a failure at the example's own line.
public struct ExampleCase: CustomTestStringConvertible, Sendable {
    /// The program's id.
    public let program: String
    /// The indicator's or policy's id.
    public let item: String
    /// The example.
    public let example: Example

    /// `kaoping-111 S1: an office equal to its group average scores 80`.
    public var testDescription: String { "\(program) \(item): \(example.title)" }

    /// Every example of every indicator and policy of `programs`.
    public static func all(of programs: [any Program]) -> [ExampleCase] {
        programs.flatMap { program in
            documented(program).flatMap { item in item.examples.map { ExampleCase(program: program.id, item: item.id, example: $0) } }
        }
    }

    /// The indicators and policies of `program`.
    public static func documented(_ program: any Program) -> [any Documented] {
        program.indicators + program.policies
    }

    /// Runs the example; a mismatch is recorded at the example's own file and line.
    public func check() throws {
        let location = example.location
        if let mismatch = try example.verify() {
            Issue.record(
                "\(testDescription): \(mismatch)",
                sourceLocation: SourceLocation(
                    fileID: location.fileID, filePath: location.filePath, line: location.line, column: location.column))
        }
    }
}

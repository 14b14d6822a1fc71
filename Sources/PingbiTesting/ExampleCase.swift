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

    /// The indicators and policies of `program`, and for a ``ScoredProgram`` the items and
    /// awards its pipeline runs that it does not list (附件四's ranks within a group).
    public static func documented(_ program: any Program) -> [any Documented] {
        let listed: [any Documented] = program.indicators + program.policies
        guard let scored = program as? any ScoredProgram else { return listed }
        let identity = { (item: any Documented) in "\(type(of: item)) \(item.id)" }
        let known = Set(listed.map(identity))
        return listed + run(by: scored).filter { !known.contains(identity($0)) }
    }

    /// The items and awards `program`'s pipeline runs.
    private static func run(by program: some ScoredProgram) -> [any Documented] {
        program.groupItems.map { $0 as any Documented } + program.unitItems.map { $0 as any Documented }
            + program.awards.map { $0 as any Documented }
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

/// Where an example is written, so a failing example is reported at its own line.
public struct ExampleLocation: Sendable, Equatable {
    /// `#fileID` of the example.
    public let fileID: String
    /// `#filePath` of the example.
    public let filePath: String
    /// `#line` of the example.
    public let line: Int
    /// `#column` of the example.
    public let column: Int
}

/// A worked example carried by an indicator or award policy: a small input, the result the
/// document's rule gives, and where it is written. One parameterized test runs them all.
public struct Example: Sendable {
    /// What the example shows, e.g. "an office equal to its group average scores 80".
    public let title: String
    /// Where it is written.
    public let location: ExampleLocation
    private let check: @Sendable () throws -> String?

    /// An example whose `actual` must equal `expected`.
    public init<Value: Equatable & Sendable>(
        _ title: String, expect expected: Value,
        fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column,
        _ actual: @escaping @Sendable () throws -> Value
    ) {
        self.title = title
        self.location = ExampleLocation(fileID: fileID, filePath: filePath, line: line, column: column)
        self.check = {
            let value = try actual()
            return value == expected ? nil : "expected \(expected), got \(value)"
        }
    }

    /// Runs the example: `nil` when it holds, else what differed.
    public func verify() throws -> String? {
        try check()
    }
}

/// Something that quotes its clause and carries worked examples.
public protocol Documented: Sendable {
    /// A short stable id within the program (`S1`, `elite`).
    var id: String { get }
    /// The name in Traditional Chinese, as the document writes it.
    var name: String { get }
    /// The clause of the document this implements, quoted.
    var clause: String { get }
    /// Worked examples; every indicator and policy has at least one.
    var examples: [Example] { get }
}

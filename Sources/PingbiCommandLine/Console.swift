import Foundation

/// Where `pingbi` writes: standard output and standard error, replaceable in tests.
public struct Console: Sendable {
    /// Writes to standard output.
    public let out: @Sendable (String) -> Void
    /// Writes to standard error.
    public let err: @Sendable (String) -> Void

    /// A console writing through the two closures.
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void) {
        self.out = out
        self.err = err
    }

    /// The process's standard output and error.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) })
}

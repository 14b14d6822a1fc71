/// Why `new-program` refused: a message for the person who ran it, naming what to fix.
/// Nothing was changed when one is thrown.
public struct ScaffoldError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong and what to do about it.
    public let message: String

    /// An error with `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

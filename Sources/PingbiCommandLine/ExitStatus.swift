/// The exit statuses of `pingbi` (sysexits): 0 done, 64 bad usage, 65 bad input data.
public enum ExitStatus: Int32, Sendable {
    /// Done.
    case success = 0
    /// `verify`: the published result does not match its data.
    case differs = 1
    /// Bad usage: unknown command, option, program, reading or unit.
    case usage = 64
    /// Bad input data: the message names file, line and column.
    case dataError = 65
    /// The output could not be written.
    case cannotWrite = 73
}

/// A usage error: what was wrong with the command line, in Traditional Chinese.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String

    /// An error with `message`.
    public init(_ message: String) {
        self.description = message
    }
}

/// An output that could not be written.
public struct WriteError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String
}

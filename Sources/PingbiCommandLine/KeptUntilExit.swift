import Foundation
import PingbiCore

/// The results of the last evaluation, kept until the process ends: the system takes back a
/// process's memory at once, while freeing a 100,000-office result value by value took a tenth
/// of a second after the output was written (compilers skip freeing their trees at exit for the
/// same reason). A caller evaluating again in the same process (the tests) frees the previous
/// results then.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [ProgramResult] = []

    /// Keeps `results` in place of those kept before.
    static func keep(_ results: [ProgramResult]) {
        lock.withLock { kept = results }
    }
}

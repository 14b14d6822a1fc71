import Foundation

/// Records the digest of every file a ``DataSource`` reads while a program evaluates, so a
/// result's provenance names the bytes actually read, without a second read and without each
/// program passing digests along. ``Program/evaluateRecordingInputs(_:)`` installs one.
public final class ReadRecorder: @unchecked Sendable {
    /// The recorder of the evaluation running on this task or thread, if any.
    @TaskLocal public static var current: ReadRecorder?

    private let lock = NSLock()
    private var recorded: [Provenance.Input] = []

    /// An empty recorder.
    public init() {}

    /// The files read so far, in order of first read; a file read twice with the same bytes once.
    public var inputs: [Provenance.Input] {
        lock.withLock { recorded }
    }

    /// Notes that `file` was read with `bytes`.
    public func record(file: String, bytes: [UInt8]) {
        let input = Provenance.Input(file: file, sha256: SHA256.hexDigest(bytes), bytes: bytes.count)
        lock.withLock {
            if !recorded.contains(input) { recorded.append(input) }
        }
    }
}

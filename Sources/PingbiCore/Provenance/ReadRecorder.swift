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

extension Program {
    /// Evaluates the program and fills in the result's ``ProgramResult/provenance``: the
    /// SHA-256 of every input file read and the pingbi version. Commands use this; a bare
    /// ``evaluate(_:)`` leaves the provenance empty.
    public func evaluateRecordingInputs(_ context: EvaluationContext) throws -> ProgramResult {
        let recorder = ReadRecorder()
        var result = try ReadRecorder.$current.withValue(recorder) { try evaluate(context) }
        result.provenance = Provenance(inputs: recorder.inputs, version: Provenance.currentVersion)
        return result
    }
}

import Foundation

/// Records the digest of every file a ``DataSource`` reads while a program evaluates, so a
/// result's provenance names the bytes actually read, without a second read and without each
/// program passing digests along. ``Program/evaluateRecordingInputs(_:)`` installs one.
public final class ReadRecorder: @unchecked Sendable {
    /// The recorder of the evaluation running on this task or thread, if any.
    @TaskLocal public static var current: ReadRecorder?

    private let lock = NSLock()
    /// Every read in order: the file, its size and its digest (still being computed, maybe).
    private var reads: [(file: String, bytes: Int, digest: Pending<String>)] = []

    /// An empty recorder.
    public init() {}

    /// The files read so far, in order of first read; a file read twice with the same bytes once.
    public var inputs: [Provenance.Input] {
        var inputs: [Provenance.Input] = []
        for read in lock.withLock({ reads }) {
            let input = Provenance.Input(file: read.file, sha256: read.digest.value, bytes: read.bytes)
            if !inputs.contains(input) { inputs.append(input) }
        }
        return inputs
    }

    /// Notes that `file` was read with `bytes`.
    public func record(file: String, bytes: [UInt8]) {
        record(file: file, size: bytes.count, digest: Pending(computed: SHA256.hexDigest(bytes)))
    }

    /// Notes that `file` was read with `size` bytes whose digest is `digest`.
    func record(file: String, size: Int, digest: Pending<String>) {
        lock.withLock { reads.append((file, size, digest)) }
    }
}

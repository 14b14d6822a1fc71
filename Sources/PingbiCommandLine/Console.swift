#if canImport(Glibc)
import Glibc
#endif

/// Where `pingbi` writes: standard output and standard error, replaceable in tests. A write
/// that fails (a full disk, a closed pipe) throws, so the run ends with 74 instead of a trap.
public struct Console: Sendable {
    /// Writes to standard output.
    public let out: @Sendable (String) throws(WriteError) -> Void
    /// Writes to standard error.
    public let err: @Sendable (String) throws(WriteError) -> Void
    /// Writes UTF-8 text already made as bytes (a result of tens of megabytes) to standard output.
    public let outBytes: @Sendable ([UInt8]) throws(WriteError) -> Void

    /// A console writing through the two closures; bytes for standard output are decoded and
    /// written by `out` unless `outBytes` writes them.
    public init(
        out: @escaping @Sendable (String) throws(WriteError) -> Void,
        err: @escaping @Sendable (String) throws(WriteError) -> Void,
        outBytes: (@Sendable ([UInt8]) throws(WriteError) -> Void)? = nil
    ) {
        self.out = out
        self.err = err
        if let outBytes {
            self.outBytes = outBytes
        } else {
            self.outBytes = { bytes throws(WriteError) in try out(String(decoding: bytes, as: UTF8.self)) }
        }
    }

    /// The process's standard output and error, written unbuffered with `write(2)`.
    public static let standard = Console(
        out: { text throws(WriteError) in try write(Array(text.utf8), to: STDOUT_FILENO) },
        err: { text throws(WriteError) in try write(Array(text.utf8), to: STDERR_FILENO) },
        outBytes: { bytes throws(WriteError) in try write(bytes, to: STDOUT_FILENO) })

    /// Writes all of `bytes` to `descriptor`, retrying after interruptions and short writes.
    static func write(_ bytes: [UInt8], to descriptor: Int32) throws(WriteError) {
        if let failure = writeAll(bytes, to: descriptor) { throw WriteError.system(failure, while: "寫出輸出") }
    }

    /// Writes all of `bytes` to `descriptor`; the system error number of a failure, or nil.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        // Read in place: the bytes are not copied.
        let failure: Int32? = bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        return failure
    }

    /// Sets the process up so that output failures reach `write` as errors: a file-size limit
    /// gives `EFBIG` instead of killing the process with `SIGXFSZ`. (`SIGPIPE` keeps its
    /// default: `pingbi … | head` ends quietly when the reader stops, as other tools do.)
    public static func prepareProcess() {
        signal(SIGXFSZ, SIG_IGN)
    }
}

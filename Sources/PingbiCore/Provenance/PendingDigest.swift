import Dispatch

/// The SHA-256 of a file's bytes, computed on another thread while the file is checked and
/// read: on a large input the digest then costs the run no time of its own.
final class PendingDigest: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, before ``done`` is left.
    private var digest = ""

    /// Starts hashing `bytes`.
    init(_ bytes: [UInt8]) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.digest = SHA256.hexDigest(bytes)
            self.done.leave()
        }
    }

    /// A digest already computed.
    init(computed digest: String) {
        self.digest = digest
    }

    /// The digest as 64 lowercase hex digits, once computed.
    var hex: String {
        done.wait()
        return digest
    }
}

/// Where a result came from: the exact bytes of every input file it read (by SHA-256) and the
/// pingbi version that computed it. With the program, title, readings and period of its
/// ``ProgramResult`` this is what `pingbi verify` needs to recompute a published result.
public struct Provenance: Sendable, Equatable {
    /// One input file as read.
    public struct Input: Sendable, Equatable {
        /// The file's name in its data folder (`county-rates.csv`), never a local path.
        public let file: String
        /// The SHA-256 of the file's bytes as read, 64 lowercase hex digits.
        public let sha256: String
        /// The file's size in bytes.
        public let bytes: Int

        /// An input file.
        public init(file: String, sha256: String, bytes: Int) {
            self.file = file
            self.sha256 = sha256
            self.bytes = bytes
        }
    }

    /// The pingbi version of this build (what `pingbi --version` prints).
    public static let currentVersion = "0.1.0"

    /// The input files in the order they were first read.
    public var inputs: [Input]
    /// The pingbi version that computed the result; empty when the result was not recorded.
    public var version: String

    /// A provenance record.
    public init(inputs: [Input] = [], version: String = "") {
        self.inputs = inputs
        self.version = version
    }
}

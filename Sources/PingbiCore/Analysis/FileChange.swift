import Foundation

/// An input file that differs between two results by what they record of it
/// (``Provenance``): its SHA-256 differs, or only one of the results read it.
public struct FileChange: Sendable, Equatable {
    /// The file's name in its data folder.
    public let file: String
    /// The SHA-256 the old result records (nil: the old result did not read the file).
    public let oldDigest: String?
    /// The SHA-256 the new result records (nil: the new result did not read the file).
    public let newDigest: String?

    /// A changed file.
    public init(file: String, oldDigest: String?, newDigest: String?) {
        self.file = file
        self.oldDigest = oldDigest
        self.newDigest = newDigest
    }

    /// The files of `new` whose digest differs from `old`'s or that `old` did not read, in
    /// `new`'s order, then the files only `old` read.
    public static func between(_ old: Provenance, _ new: Provenance) -> [FileChange] {
        let before = Dictionary(old.inputs.map { ($0.file, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let after = Set(new.inputs.map(\.file))
        var changes: [FileChange] = []
        for input in new.inputs where before[input.file] != input.sha256 {
            changes.append(FileChange(file: input.file, oldDigest: before[input.file], newDigest: input.sha256))
        }
        for input in old.inputs where !after.contains(input.file) {
            changes.append(FileChange(file: input.file, oldDigest: input.sha256, newDigest: nil))
        }
        return changes
    }
}

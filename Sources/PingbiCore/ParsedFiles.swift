import Foundation

/// The CSV records of small files this process has read, by their exact bytes, so that the
/// same bytes are decoded and parsed once: `pingbi run` checks every input
/// (``InputValidation``) and then the program reads it again, and a sensitivity analysis
/// evaluates a program hundreds of times on one folder.
///
/// Records depend on the bytes alone (the name only labels errors, and a file that fails to
/// parse is not kept), so a file changed between two reads is parsed again. Only small files
/// (up to ``keptBytes``) are kept, for the rest of the process, within ``keptTotal``: the
/// records of a large file take several times its size, and keeping them past their reader
/// raised the peak memory of a 100,000-office run by half a gigabyte.
final class ParsedFiles: @unchecked Sendable {
    /// The process's cache.
    static let shared = ParsedFiles()

    /// Files up to this size stay cached.
    static let keptBytes = 1 << 20
    /// The most bytes of small files cached at once (the oldest are dropped first).
    static let keptTotal = 8 << 20

    private let lock = NSLock()
    private var entries: [(bytes: [UInt8], records: [CSVRecord])] = []
    /// The records of the last large file read while ``handsOver``, kept for the next read of the
    /// same bytes only, which takes them.
    private var handedOver: (bytes: [UInt8], records: [CSVRecord])?

    /// Plain files (``CSVBytes``) read while ``handsOver``, by path, with their digests being
    /// computed and, for a file the check found clean, its cells (``PlainTable``): the next read
    /// of the same path takes them instead of reading the file again.
    private var handedOverPlain: [String: HandedPlain] = [:]

    /// A plain file handed over from one read to the next.
    struct HandedPlain {
        /// The file.
        let csv: CSVBytes
        /// Its digest, maybe still being computed.
        let digest: Pending<String>
        /// Its cells, when the check read it and found it clean.
        var table: PlainTable?
    }

    /// Keeps `file`, read from `path` while ``handsOver``, for the next read of `path`.
    func handOver(_ file: HandedPlain, path: String) {
        lock.withLock { handedOverPlain[path] = file }
    }

    /// Forgets every plain file handed over and not taken: a check hands its files to the reads
    /// right after it, not to those after a later check (a run that stopped at bad data never
    /// took them, and the file may have changed since).
    func forgetHandedOverPlain() {
        lock.withLock { handedOverPlain = [:] }
    }

    /// The plain file handed over for `path`, if any (then forgotten).
    func takePlain(_ path: String) -> HandedPlain? {
        lock.withLock { handedOverPlain.removeValue(forKey: path) }
    }

    /// True while reading files that are read again right after (``InputValidation`` checks
    /// the inputs the program then reads): a large file's records are then handed over to
    /// that next read instead of being parsed twice, and not kept past it.
    @TaskLocal static var handsOver = false

    /// The records of `bytes`: cached ones, or those `parse` makes (then cached if small).
    func records(of bytes: [UInt8], parse: () throws(DataError) -> [CSVRecord]) throws(DataError) -> [CSVRecord] {
        guard bytes.count <= Self.keptBytes else { return try largeRecords(of: bytes, parse: parse) }
        if let found = lock.withLock({ entries.first { Self.equal($0.bytes, bytes) }?.records }) { return found }
        let records = try parse()
        lock.withLock {
            entries.append((bytes, records))
            var total = entries.reduce(0) { $0 + $1.bytes.count }
            while total > Self.keptTotal {
                total -= entries[0].bytes.count
                entries.removeFirst()
            }
        }
        return records
    }

    /// The records of a large file: those handed over by the read before (then forgotten), or
    /// those `parse` makes (handed over to the next read while ``handsOver``).
    private func largeRecords(of bytes: [UInt8], parse: () throws(DataError) -> [CSVRecord]) throws(DataError) -> [CSVRecord] {
        let taken: [CSVRecord]? = lock.withLock {
            guard let kept = handedOver, Self.equal(kept.bytes, bytes) else { return nil }
            handedOver = nil
            return kept.records
        }
        if let taken { return taken }
        let records = try parse()
        if Self.handsOver { lock.withLock { handedOver = (bytes, records) } }
        return records
    }

    private static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}

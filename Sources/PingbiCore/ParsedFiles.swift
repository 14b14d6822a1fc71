import Foundation

/// The CSV records of files this process has read, by their exact bytes, so that the same
/// bytes are decoded and parsed once: `pingbi run` checks every input (``InputValidation``)
/// and then the program reads it again, and a sensitivity analysis evaluates a program
/// hundreds of times on one folder.
///
/// Records depend on the bytes alone (the name only labels errors, and a file that fails to
/// parse is not kept), so a file changed between two reads is parsed again. Small files (up to
/// ``keptBytes``) are kept for the rest of the process, within ``keptTotal``; a larger one is
/// kept only until its next read, which takes it: it costs no memory beyond what its reader
/// holds anyway.
final class ParsedFiles: @unchecked Sendable {
    /// The process's cache.
    static let shared = ParsedFiles()

    /// Files up to this size stay cached.
    static let keptBytes = 1 << 20
    /// The most bytes of small files cached at once (the oldest are dropped first).
    static let keptTotal = 8 << 20

    private let lock = NSLock()
    private var entries: [(bytes: [UInt8], records: [CSVRecord])] = []

    /// The records of `bytes`: cached ones, or those `parse` makes (then cached).
    func records(of bytes: [UInt8], parse: () throws(DataError) -> [CSVRecord]) throws(DataError) -> [CSVRecord] {
        let found: [CSVRecord]? = lock.withLock {
            guard let index = entries.firstIndex(where: { Self.equal($0.bytes, bytes) }) else { return nil }
            let records = entries[index].records
            if bytes.count > Self.keptBytes { entries.remove(at: index) }
            return records
        }
        if let found { return found }
        let records = try parse()
        lock.withLock {
            entries.append((bytes, records))
            var total = 0
            for entry in entries.reversed() where entry.bytes.count <= Self.keptBytes { total += entry.bytes.count }
            while total > Self.keptTotal, let oldest = entries.firstIndex(where: { $0.bytes.count <= Self.keptBytes }) {
                total -= entries[oldest].bytes.count
                entries.remove(at: oldest)
            }
        }
        return records
    }

    private static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Asking the system to back a large buffer with large pages (2 MB where it can): a 60 MB input
/// file's buffer is then made ready in about thirty steps rather than fifteen thousand.
enum LargePages {
    /// The size of a large page.
    static let size = 2 << 20

    /// Advises the system that `buffer`'s whole pages are best backed by large pages; nothing
    /// for a buffer smaller than one, or where the system has no such advice.
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        guard buffer.count >= size, let base = buffer.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: base) + page - 1) / page * page
        let end = (Int(bitPattern: base) + buffer.count) / page * page
        guard end - start >= size, let first = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(first, end - start, MADV_HUGEPAGE)
        #endif
    }

    /// Advises large pages for the room `array` has made (its whole capacity, not only its
    /// elements): where a table's rows are appended, their pages are then made ready a few at a time.
    static func advise<Element>(capacityOf array: inout [Element]) {
        let bytes = array.capacity * MemoryLayout<Element>.stride
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            advise(UnsafeMutableRawBufferPointer(start: base, count: bytes))
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes, held in place for as long as anything reads them: mapped from the system's
/// file cache where the system allows it (no copy, and no fresh memory for the system to clear
/// first: reading 63 MB into new memory took 30–130 ms on this project's 2-core machine), else
/// read into memory of their own.
///
/// A mapped file is read as it is on disk: a program that cuts the file short while it is mapped
/// would stop the process (a file saved by writing a new one and renaming it, as spreadsheet
/// programs save, leaves the mapped one as it was).
public final class FileBytes: @unchecked Sendable {
    /// The bytes.
    public let buffer: UnsafeBufferPointer<UInt8>
    /// Whether ``buffer`` is a mapping (else memory allocated here, or none).
    private let isMapped: Bool

    /// A copy of `bytes`.
    public init(copying bytes: [UInt8]) {
        let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = memory.initialize(from: bytes)
        buffer = UnsafeBufferPointer(memory)
        isMapped = false
    }

    /// A copy of the bytes in an array (read while this holds them: ``buffer`` read from a value
    /// about to be let go may be freed before it is copied).
    public var copiedBytes: [UInt8] {
        withExtendedLifetime(self) { Array(buffer) }
    }

    private init(buffer: UnsafeBufferPointer<UInt8>, isMapped: Bool) {
        self.buffer = buffer
        self.isMapped = isMapped
    }

    /// The size from which a file is mapped rather than read: a smaller one is read in the time
    /// a mapping is made.
    static let mappedBytes = 1 << 20

    /// The bytes of the open regular file `descriptor`, `size` of them by its status: mapped when
    /// it is ``mappedBytes`` or more and its size holds while it is mapped, else read (on, past
    /// `size`, while it grows); nil when it cannot be read.
    static func contents(of descriptor: Int32, size: Int) -> FileBytes? {
        if size >= mappedBytes, let mapped = map(descriptor, size: size) { return mapped }
        var memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(size, 0) + 1)
        var filled = 0
        while true {
            LargePages.advise(UnsafeMutableRawBufferPointer(memory))
            guard let read = FileRead.fill(memory, from: filled, descriptor: descriptor) else {
                memory.deallocate()
                return nil
            }
            // Short of the room: the end of the file. Else it grew since its status: read on.
            if read < memory.count { return FileBytes(buffer: UnsafeBufferPointer(rebasing: memory[..<read]), isMapped: false) }
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: memory.count * 2)
            _ = larger.initialize(from: memory)
            memory.deallocate()
            (memory, filled) = (larger, read)
        }
    }

    /// `descriptor`'s `size` bytes mapped (read-only, private, every page made ready at once);
    /// nil where the system will not map it or its size changed meanwhile.
    private static func map(_ descriptor: Int32, size: Int) -> FileBytes? {
        #if canImport(Glibc)
        let flags = MAP_PRIVATE | Int32(MAP_POPULATE)
        guard let start = mmap(nil, size, PROT_READ, flags, descriptor, 0), start != MAP_FAILED else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == size else {
            munmap(start, size)
            return nil
        }
        return FileBytes(buffer: UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: size), isMapped: true)
        #else
        return nil
        #endif
    }

    deinit {
        guard let base = buffer.baseAddress else { return }
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), buffer.count)
        } else {
            // The memory allocated here starts at the buffer's start (a read may have filled less of it).
            UnsafeMutablePointer(mutating: base).deallocate()
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading an open file into a buffer: a large file in two halves at once, each thread
/// reading its half at its offset (the copy out of the system's cache, and the first touch of
/// the buffer's pages, shared by both cores).
enum FileRead {
    /// The least number of bytes worth a second thread.
    static let minimumSplit = 4 << 20

    /// Fills `buffer` from `start` with the file's bytes at the same offsets; returns how far it
    /// is filled (short of the end at the end of the file), or nil when a read fails.
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int, descriptor: Int32) -> Int? {
        let end = buffer.count
        guard end - start >= minimumSplit else { return read(buffer, start..<end, descriptor) }
        let middle = start + (end - start) / 2
        let halves = Halves(buffer: buffer)
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 {
                halves.first = read(halves.buffer, start..<middle, descriptor)
            } else {
                halves.second = read(halves.buffer, middle..<end, descriptor)
            }
        }
        // The first half short of the middle: the file ended there.
        guard let first = halves.first, let second = halves.second else { return nil }
        return first < middle ? first : second
    }

    /// Reads the file's bytes at `range` into the same places of `buffer`; returns the end of
    /// what was read (short of the range's end at the end of the file), or nil on an error.
    private static func read(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>, _ descriptor: Int32) -> Int? {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let read = pread(descriptor, buffer.baseAddress! + offset, range.upperBound - offset, off_t(offset))
            if read < 0 && errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            offset += read
        }
        return offset
    }

    /// The buffer both threads fill, and how far each filled its half (each thread writes its own).
    private final class Halves: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        /// How far the first half was filled (nil: a read failed).
        var first: Int?
        /// How far the second half was filled.
        var second: Int?

        init(buffer: UnsafeMutableBufferPointer<UInt8>) {
            self.buffer = buffer
        }
    }
}

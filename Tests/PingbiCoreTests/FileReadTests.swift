import Foundation
import Testing
@testable import PingbiCore

/// A large file is read in two halves at once: every byte lands in its place, and a file that
/// ends before the room given ends the read there.
@Suite struct FileReadTests {
    /// `count` bytes whose byte at `i` is `i % 251` (made by doubling: quick in a debug build).
    private func pattern(_ count: Int) -> Data {
        var bytes = Data((0..<251).map { UInt8($0) })
        while bytes.count < count { bytes.append(bytes) }
        return bytes.prefix(count)
    }

    /// A file of ``pattern(_:)``'s `count` bytes, in a new temporary folder.
    private func file(_ count: Int) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("FileRead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("bytes").path
        #expect(FileManager.default.createFile(atPath: path, contents: pattern(count)))
        return path
    }

    /// Reads the file at `path` into room for `room` bytes, from `start` (the bytes before left as
    /// they were: 0xEE).
    private func read(_ path: String, room: Int, from start: Int = 0) -> (filled: Int?, bytes: [UInt8]) {
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0xEE, count: room)
        let filled = bytes.withUnsafeMutableBufferPointer { FileRead.fill($0, from: start, descriptor: descriptor) }
        return (filled, bytes)
    }

    @Test(arguments: [10, FileRead.minimumSplit - 1, FileRead.minimumSplit + 3, 3 * FileRead.minimumSplit + 1])
    func everyByteLandsInItsPlace(count: Int) throws {
        let path = try file(count)
        let (filled, bytes) = read(path, room: count + 1)
        #expect(filled == count)
        #expect(Data(bytes.prefix(count)) == pattern(count))
        #expect(bytes[count] == 0xEE)
    }

    @Test func aFileShorterThanTheFirstHalfEndsTheRead() throws {
        let count = FileRead.minimumSplit / 2
        let path = try file(count)
        let (filled, bytes) = read(path, room: 4 * FileRead.minimumSplit)
        #expect(filled == count)
        #expect(bytes[count - 1] == UInt8((count - 1) % 251))
        #expect(Data(bytes[count...]) == Data(repeating: 0xEE, count: bytes.count - count))
    }

    @Test func aReadFromAnOffsetLeavesTheBytesBefore() throws {
        let count = 2 * FileRead.minimumSplit
        let path = try file(count)
        let (filled, bytes) = read(path, room: count + 1, from: 100)
        #expect(filled == count)
        #expect(bytes[0..<100].allSatisfy { $0 == 0xEE })
        #expect(Data(bytes[100..<count]) == pattern(count).dropFirst(100))
    }
}

import Foundation
import PingbiTesting
import Testing
@testable import PingbiCore

/// A file's bytes as ``FileBytes`` holds them (mapped from a size on, else read): the file's
/// bytes exactly, whichever way, and all of them where the file is larger than its status said.
@Suite struct FileBytesTests {
    /// `bytes` written to a file, then read by ``FileBytes/contents(of:size:)`` told the file
    /// holds `size` bytes.
    static func read(_ bytes: [UInt8], size: Int? = nil) throws -> [UInt8]? {
        let file = try temporaryFolder().appendingPathComponent("f.csv")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        try Data(bytes).write(to: file)
        let descriptor = open(file.path, O_RDONLY)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        return FileBytes.contents(of: descriptor, size: size ?? bytes.count)?.copiedBytes
    }

    static func bytes(_ count: Int) -> [UInt8] {
        var generator = SplitMix64(seed: UInt64(count))
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    @Test(arguments: [0, 1, 100, FileBytes.mappedBytes - 1, FileBytes.mappedBytes, FileBytes.mappedBytes * 3 + 17])
    func aFileIsReadAsItIs(count: Int) throws {
        let bytes = Self.bytes(count)
        #expect(try Self.read(bytes) == bytes)
    }

    /// A file larger than its status said (it grew meanwhile): read whole, not mapped short.
    @Test(arguments: [(100, 10), (FileBytes.mappedBytes * 2, FileBytes.mappedBytes + 1), (FileBytes.mappedBytes + 5, 0)])
    func aFileThatGrewIsReadWhole(count: Int, said: Int) throws {
        let bytes = Self.bytes(count)
        #expect(try Self.read(bytes, size: said) == bytes)
    }

    @Test func aCopyHoldsTheArraysBytes() {
        let bytes = Self.bytes(1000)
        #expect(FileBytes(copying: bytes).copiedBytes == bytes)
        #expect(FileBytes(copying: []).buffer.isEmpty)
    }
}

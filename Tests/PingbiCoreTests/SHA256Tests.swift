import Foundation
@testable import PingbiCore
import Testing

/// SHA-256 against the FIPS 180-4 example messages (NIST's "SHA256.pdf" and the long-message test).
@Suite struct SHA256Tests {
    @Test func abc() {
        #expect(SHA256.hexDigest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func emptyMessage() {
        #expect(SHA256.hexDigest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func twoBlockMessage() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(message.utf8.count == 56)
        #expect(SHA256.hexDigest(Array(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func oneMillionA() {
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func eightHundredNinetySixBitMessage() {
        // The 896-bit message of FIPS 180-4's examples (SHA-512's two-block message).
        let message = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hexDigest(Array(message.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func streamingInAnyChunksEqualsOneShot() {
        let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let whole = SHA256.digest(bytes)
        for chunk in [1, 3, 63, 64, 65, 127, 1000] {
            var hash = SHA256()
            var start = 0
            while start < bytes.count {
                let end = min(start + chunk, bytes.count)
                hash.update(Array(bytes[start..<end]))
                start = end
            }
            #expect(hash.finalize() == whole, "chunks of \(chunk)")
        }
        // Lengths around the padding boundary (55, 56, 63, 64 bytes) agree streamed and whole.
        for count in [55, 56, 57, 63, 64, 65, 119, 120] {
            var hash = SHA256()
            hash.update(Array(bytes[0..<count / 2]))
            hash.update(Array(bytes[count / 2..<count]))
            #expect(hash.finalize() == SHA256.digest(Array(bytes[0..<count])))
        }
    }

    @Test func lengthsAroundThePaddingBoundary() {
        // Known digests of "a" repeated 55, 56 and 64 times (one or two padded blocks).
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 55)) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 56)) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test func hashesTenMegabytesQuickly() {
        let bytes = [UInt8](repeating: 0x5a, count: 10_000_000)
        let start = ContinuousClock.now
        _ = SHA256.digest(bytes)
        let elapsed = ContinuousClock.now - start
        // Debug builds are slow; this only guards against an accidental quadratic path.
        #expect(elapsed < .seconds(20), "10 MB took \(elapsed)")
    }

    /// The processor's SHA instructions and the software compression give the same digest for
    /// every length around a block and for a long message fed in uneven pieces.
    @Test func instructionsAndSoftwareAgree() {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }
        func digest(_ count: Int, instructions: Bool, piece: Int) -> [UInt8] {
            var hash = SHA256()
            hash.usesInstructions = instructions
            var start = 0
            while start < count {
                let end = min(start + piece, count)
                hash.update(Array(bytes[start..<end]))
                start = end
            }
            return hash.finalize()
        }
        for count in Array(0...200) + [1000, 4096, 65_537, 300_000] {
            let software = digest(count, instructions: false, piece: 1 << 20)
            #expect(digest(count, instructions: SHA256.hasInstructions, piece: 1 << 20) == software, "\(count) bytes")
            #expect(digest(count, instructions: SHA256.hasInstructions, piece: 777) == software, "\(count) bytes in pieces")
        }
    }
}

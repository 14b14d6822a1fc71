import CSHA256

/// SHA-256 (FIPS 180-4), written here so that results can name their input files' digests
/// without a package or a platform library. Streaming: feed bytes with ``update(_:)`` as they
/// are read, then take ``finalize()``. Whole blocks are compressed by the processor's SHA
/// instructions where it has them (`CSHA256`, about ten times faster), by ``compress(_:at:)``
/// otherwise.
public struct SHA256: Sendable {
    /// Whether this processor has the SHA instructions.
    static let hasInstructions = csha256_has_instructions() != 0

    /// Whether whole blocks go to the processor's SHA instructions; tests turn it off to
    /// compare the two compressions.
    var usesInstructions = SHA256.hasInstructions

    /// The hash state H0…H7.
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
    /// Bytes waiting for a full 64-byte block.
    private var pending: [UInt8] = []
    /// Message length so far, in bytes.
    private var length: UInt64 = 0

    /// An empty hash.
    public init() {
        pending.reserveCapacity(64)
    }

    /// The digest of `bytes` at once.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { digest($0) }
    }

    /// The digest of the bytes of `buffer` at once.
    public static func digest(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var hash = SHA256()
        hash.update(UnsafeRawBufferPointer(buffer))
        return hash.finalize()
    }

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        hex(digest(bytes))
    }

    /// The digest of the bytes of `buffer` as 64 lowercase hex digits.
    public static func hexDigest(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        hex(digest(buffer))
    }

    /// Bytes as lowercase hex digits.
    public static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Feeds `bytes` into the hash.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds the bytes of `buffer` into the hash.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        length &+= UInt64(buffer.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<take])
            offset = take
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBytes { compress($0, at: 0, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (buffer.count - offset) / 64
        if blocks > 0 {
            compress(buffer, at: offset, blocks: blocks)
            offset += 64 * blocks
        }
        pending.append(contentsOf: buffer[offset...])
    }

    /// Pads the message and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        let bits = length &* 8
        var tail: [UInt8] = [0x80]
        let used = (pending.count + 1) % 64
        tail += [UInt8](repeating: 0, count: used <= 56 ? 56 - used : 120 - used)
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        let savedLength = length
        update(tail)
        length = savedLength
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7] {
            out += [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        return out
    }

    /// The round constants K0…K63 (`CSHA256`'s, which the instructions use too).
    private static let k: [UInt32] = withUnsafeBytes(of: csha256_round_constants) { Array($0.bindMemory(to: UInt32.self)) }

    /// Processes the `blocks` 64-byte blocks of `buffer` starting at `offset`.
    private mutating func compress(_ buffer: UnsafeRawBufferPointer, at offset: Int, blocks: Int) {
        guard usesInstructions else {
            for block in 0..<blocks { compress(buffer, at: offset + 64 * block) }
            return
        }
        withUnsafeMutableBytes(of: &state) { state in
            csha256_compress(state.baseAddress!.assumingMemoryBound(to: UInt32.self), buffer.baseAddress! + offset, blocks)
        }
    }

    /// Processes the 64-byte block of `buffer` starting at `offset`.
    private mutating func compress(_ buffer: UnsafeRawBufferPointer, at offset: Int) {
        @inline(__always) func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
        var (a, b, c, d, e, f, g, h) = state
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 { w[t] = UInt32(bigEndian: buffer.loadUnaligned(fromByteOffset: offset + 4 * t, as: UInt32.self)) }
            for t in 16..<64 {
                let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            Self.k.withUnsafeBufferPointer { k in
                for t in 0..<64 {
                    let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
                    let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                    h = g
                    g = f
                    f = e
                    e = d &+ t1
                    d = c
                    c = b
                    b = a
                    a = t1 &+ t2
                }
            }
        }
        state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
    }
}

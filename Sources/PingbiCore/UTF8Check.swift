/// Checks UTF-8 in place, without decoding it into a String (a copy of the whole file).
enum UTF8Check {
    /// Whether `bytes` from `start` on are well-formed UTF-8 holding no `"`
    /// (``isValidWithoutQuote(_:)``); from ``twoThreadBytes`` on, checked in two parts on two
    /// threads, cut before a byte that starts a scalar (a scalar cut in two would fail the
    /// first part, as it fails the whole).
    static func isValidWithoutQuote(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        let count = bytes.count - start
        guard count >= twoThreadBytes else { return isValidWithoutQuote(UnsafeBufferPointer(rebasing: bytes[start...])) }
        var middle = start + count / 2
        while middle < bytes.count, bytes[middle] & 0xC0 == 0x80 { middle += 1 }
        let cut = middle
        // Read, not written, by both threads while the caller holds them.
        nonisolated(unsafe) let bytes = bytes
        let parts = TwoThreads.map(sizes: [cut - start, bytes.count - cut]) { part in
            isValidWithoutQuote(UnsafeBufferPointer(rebasing: part == 0 ? bytes[start..<cut] : bytes[cut...]))
        }
        return parts.allSatisfy { $0 }
    }

    /// The size from which ``isValidWithoutQuote(_:from:)`` checks on two threads (as the plain
    /// scan, ``InputValidation/twoThreadBytes``).
    static let twoThreadBytes = InputValidation.twoThreadBytes

    /// Whether `bytes` are well-formed UTF-8 (as `String(validating:as:)` accepts it: no
    /// overlong forms, surrogates or scalars past U+10FFFF) holding no `"`.
    static func isValidWithoutQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time, none a quote.
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let quotes = word ^ 0x2222_2222_2222_2222
                    if (quotes &- 0x0101_0101_0101_0101) & ~quotes & 0x8080_8080_8080_8080 != 0 { return false }
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                if lead == 0x22 { return false }
                index += 1
                continue
            }
            // The common scalar outside ASCII (CJK ideographs among them): led by E1–EC, two
            // bytes of 80–BF after it, as the table below says.
            if lead &- 0xE1 < 0x0C, index + 3 <= count, base[index + 1] & 0xC0 == 0x80, base[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            // The scalar's length and the range of its second byte (Unicode Table 3-7).
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xE1...0xEC, 0xEE, 0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard index + length <= count, (low...high).contains(base[index + 1]) else { return false }
            for next in (index + 2)..<(index + length) where base[next] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}

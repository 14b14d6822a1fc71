/// A non-negative integer of any size: just enough arithmetic for exact fractions.
///
/// Item (1)'s group mean of rates is a sum of up to 29 quotients; its common denominator
/// can reach a hundred digits, beyond `Decimal`'s 38. Limbs are base 2^32, least
/// significant first, with no leading zero limbs (zero has none).
struct BigUInt: Sendable, Hashable, Comparable {
    private(set) var limbs: [UInt32]

    /// The integer `value`.
    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        normalize()
    }

    private init(limbs: [UInt32]) {
        self.limbs = limbs
        normalize()
    }

    private mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// Whether this is 0.
    var isZero: Bool { limbs.isEmpty }

    /// The number of significant bits (0 for zero).
    var bitWidth: Int {
        guard let last = limbs.last else { return 0 }
        return limbs.count * 32 - last.leadingZeroBitCount
    }

    /// Whether the lowest bit is clear.
    var isEven: Bool { limbs.first.map { $0 & 1 == 0 } ?? true }

    static func < (a: BigUInt, b: BigUInt) -> Bool {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
        for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
            return a.limbs[i] < b.limbs[i]
        }
        return false
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        var result = [UInt32](repeating: 0, count: max(a.limbs.count, b.limbs.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<(result.count - 1) {
            let sum = UInt64(i < a.limbs.count ? a.limbs[i] : 0) + UInt64(i < b.limbs.count ? b.limbs[i] : 0) + carry
            result[i] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        result[result.count - 1] = UInt32(carry)
        return BigUInt(limbs: result)
    }

    /// `a − b`; `b` must not exceed `a`.
    static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        precondition(!(a < b), "BigUInt subtraction below zero")
        var result = a.limbs
        var borrow: Int64 = 0
        for i in 0..<result.count {
            var difference = Int64(result[i]) - Int64(i < b.limbs.count ? b.limbs[i] : 0) - borrow
            borrow = 0
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            }
            result[i] = UInt32(difference)
        }
        return BigUInt(limbs: result)
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt(0) }
        var result = [UInt32](repeating: 0, count: a.limbs.count + b.limbs.count)
        for i in 0..<a.limbs.count {
            var carry: UInt64 = 0
            let x = UInt64(a.limbs[i])
            for j in 0..<b.limbs.count {
                let t = x * UInt64(b.limbs[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + b.limbs.count
            while carry > 0 {
                let t = UInt64(result[k]) + carry
                result[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        return BigUInt(limbs: result)
    }

    /// This value shifted left by `bits`.
    func shiftedLeft(_ bits: Int) -> BigUInt {
        if isZero || bits == 0 { return self }
        let whole = bits / 32, part = bits % 32
        var result = [UInt32](repeating: 0, count: whole) + limbs + [0]
        if part > 0 {
            var carry: UInt32 = 0
            for i in whole..<result.count {
                let value = result[i]
                result[i] = (value << UInt32(part)) | carry
                carry = value >> UInt32(32 - part)
            }
        }
        return BigUInt(limbs: result)
    }

    /// This value shifted right by one bit.
    func halved() -> BigUInt {
        var result = limbs
        var carry: UInt32 = 0
        for i in stride(from: result.count - 1, through: 0, by: -1) {
            let value = result[i]
            result[i] = (value >> 1) | carry
            carry = value << 31
        }
        return BigUInt(limbs: result)
    }

    /// The value when it fits 64 bits.
    var uint64: UInt64? {
        switch limbs.count {
        case 0: 0
        case 1: UInt64(limbs[0])
        case 2: UInt64(limbs[0]) | UInt64(limbs[1]) << 32
        default: nil
        }
    }

    /// The number of zero bits below the lowest set bit (0 for zero).
    var trailingZeroBitCount: Int {
        guard let index = limbs.firstIndex(where: { $0 != 0 }) else { return 0 }
        return index * 32 + limbs[index].trailingZeroBitCount
    }

    /// This value shifted right by `bits`.
    func shiftedRight(_ bits: Int) -> BigUInt {
        let whole = bits / 32, part = UInt32(bits % 32)
        guard whole < limbs.count else { return BigUInt(0) }
        var result = Array(limbs[whole...])
        if part > 0 {
            for i in 0..<result.count {
                let high = i + 1 < result.count ? result[i + 1] << (32 - part) : 0
                result[i] = (result[i] >> part) | high
            }
        }
        return BigUInt(limbs: result)
    }

    /// Quotient and remainder of `a / b`; `b` must not be zero. One limb at a time: by a
    /// single-limb divisor directly, else Knuth's algorithm D (TAOCP 4.3.1, as in Hacker's
    /// Delight's `divmnu`).
    static func divMod(_ a: BigUInt, _ b: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        precondition(!b.isZero, "BigUInt division by zero")
        if a < b { return (BigUInt(0), a) }
        if let x = a.uint64, let y = b.uint64 {
            let (q, r) = x.quotientAndRemainder(dividingBy: y)
            return (BigUInt(q), BigUInt(r))
        }
        if b.limbs.count == 1 {
            let divisor = UInt64(b.limbs[0])
            var quotient = [UInt32](repeating: 0, count: a.limbs.count)
            var remainder: UInt64 = 0
            for i in stride(from: a.limbs.count - 1, through: 0, by: -1) {
                let current = remainder << 32 | UInt64(a.limbs[i])
                quotient[i] = UInt32(current / divisor)
                remainder = current % divisor
            }
            return (BigUInt(limbs: quotient), BigUInt(remainder))
        }
        let n = b.limbs.count, m = a.limbs.count - n
        let shift = UInt32(b.limbs[n - 1].leadingZeroBitCount)
        // Normalise so that the divisor's top limb has its high bit set.
        var v = [UInt32](repeating: 0, count: n)
        for i in stride(from: n - 1, to: 0, by: -1) {
            v[i] = b.limbs[i] << shift | (shift == 0 ? 0 : b.limbs[i - 1] >> (32 - shift))
        }
        v[0] = b.limbs[0] << shift
        var u = [UInt32](repeating: 0, count: a.limbs.count + 1)
        u[a.limbs.count] = shift == 0 ? 0 : a.limbs[a.limbs.count - 1] >> (32 - shift)
        for i in stride(from: a.limbs.count - 1, to: 0, by: -1) {
            u[i] = a.limbs[i] << shift | (shift == 0 ? 0 : a.limbs[i - 1] >> (32 - shift))
        }
        u[0] = a.limbs[0] << shift
        let base: UInt64 = 1 << 32
        var quotient = [UInt32](repeating: 0, count: m + 1)
        for j in stride(from: m, through: 0, by: -1) {
            let top = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
            var qhat = top / UInt64(v[n - 1])
            var rhat = top % UInt64(v[n - 1])
            while qhat >= base || qhat * UInt64(v[n - 2]) > (rhat << 32 | UInt64(u[j + n - 2])) {
                qhat -= 1
                rhat += UInt64(v[n - 1])
                if rhat >= base { break }
            }
            // Multiply and subtract.
            var borrow: Int64 = 0
            for i in 0..<n {
                let product = qhat * UInt64(v[i])
                let t = Int64(u[i + j]) - borrow - Int64(product & 0xFFFF_FFFF)
                u[i + j] = UInt32(truncatingIfNeeded: t)
                borrow = Int64(product >> 32) - (t >> 32)
            }
            let t = Int64(u[j + n]) - borrow
            u[j + n] = UInt32(truncatingIfNeeded: t)
            if t < 0 {
                // Subtracted one time too many: add back.
                qhat -= 1
                var carry: UInt64 = 0
                for i in 0..<n {
                    let sum = UInt64(u[i + j]) + UInt64(v[i]) + carry
                    u[i + j] = UInt32(truncatingIfNeeded: sum)
                    carry = sum >> 32
                }
                u[j + n] = UInt32(truncatingIfNeeded: UInt64(u[j + n]) + carry)
            }
            quotient[j] = UInt32(truncatingIfNeeded: qhat)
        }
        // Unnormalise the remainder.
        var remainder = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            remainder[i] = u[i] >> shift | (shift == 0 ? 0 : u[i + 1] << (32 - shift))
        }
        return (BigUInt(limbs: quotient), BigUInt(limbs: remainder))
    }

    /// The greatest common divisor: in 64 bits as soon as one of them fits (a word remainder,
    /// then the binary gcd of two words); of two big values, one Euclid step where their sizes
    /// differ much, then the binary gcd (``binaryGCD(_:_:)``).
    static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var (x, y) = (a, b)
        while !y.isZero {
            if let y64 = y.uint64 { return BigUInt(Fraction.gcd(y64, x.remainder(dividingBy: y64))) }
            if let x64 = x.uint64 { return x64 == 0 ? y : BigUInt(Fraction.gcd(x64, y.remainder(dividingBy: x64))) }
            guard x.limbs.count > y.limbs.count + 1 || y.limbs.count > x.limbs.count + 1 else { return binaryGCD(x, y) }
            if x < y { swap(&x, &y) }
            (x, y) = (y, divMod(x, y).remainder)
        }
        return x
    }

    /// The greatest common divisor of two non-zero values of similar size, by the binary
    /// algorithm (Stein; TAOCP 4.5.2 algorithm B) on 64-bit words in place: shifts and
    /// subtractions only, no division and no allocation per step (Euclid's division per step
    /// made the exact explanations of a 2,500-office group's mean of rates take seconds).
    private static func binaryGCD(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var u = a.words64, v = b.words64
        let common = min(trailingZeroBits(u), trailingZeroBits(v))
        shiftRight(&u, by: trailingZeroBits(u))
        // u is odd from here on; each round makes v odd, orders them, and subtracts.
        while !v.isEmpty {
            shiftRight(&v, by: trailingZeroBits(v))
            if u.count == 1 || v.count == 1 {
                // One word left: the other's remainder by it, then the gcd of two words.
                let (word, other) = u.count == 1 ? (u[0], v) : (v[0], u)
                var remainder: UInt64 = 0
                for high in other.reversed() { remainder = word.dividingFullWidth((high: remainder, low: high)).remainder }
                u = [Fraction.gcd(word, remainder)]
                break
            }
            if compare(u, v) > 0 { swap(&u, &v) }
            subtract(&v, u)
        }
        var limbs: [UInt32] = []
        limbs.reserveCapacity(u.count * 2)
        for word in u { limbs += [UInt32(truncatingIfNeeded: word), UInt32(truncatingIfNeeded: word >> 32)] }
        return BigUInt(limbs: limbs).shiftedLeft(common)
    }

    /// The value as 64-bit words, least significant first, with no leading zero word.
    private var words64: [UInt64] {
        var words = [UInt64](repeating: 0, count: (limbs.count + 1) / 2)
        for (index, limb) in limbs.enumerated() { words[index / 2] |= UInt64(limb) << (index % 2 == 0 ? 0 : 32) }
        return words
    }

    /// The number of trailing zero bits of a non-zero value in words.
    private static func trailingZeroBits(_ words: [UInt64]) -> Int {
        var bits = 0
        for word in words {
            if word != 0 { return bits + word.trailingZeroBitCount }
            bits += 64
        }
        return bits
    }

    /// Shifts a value in words right by `bits`, dropping leading zero words.
    private static func shiftRight(_ words: inout [UInt64], by bits: Int) {
        guard bits > 0 else { return }
        let whole = bits / 64, part = UInt64(bits % 64), count = words.count
        words.withUnsafeMutableBufferPointer { w in
            for index in 0..<(count - whole) {
                let low = w[index + whole] >> part
                let high = part == 0 || index + whole + 1 >= count ? 0 : w[index + whole + 1] << (64 - part)
                w[index] = low | high
            }
        }
        words.removeLast(whole)
        while words.last == 0 { words.removeLast() }
    }

    /// -1, 0 or 1 as the value in words `a` is below, equal to or above `b`.
    private static func compare(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in stride(from: a.count - 1, through: 0, by: -1) where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return 0
    }

    /// `a -= b` for values in words with `a ≥ b`, dropping leading zero words.
    private static func subtract(_ a: inout [UInt64], _ b: [UInt64]) {
        var borrow = false
        a.withUnsafeMutableBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for index in 0..<a.count {
                    let (difference, overflow) = a[index].subtractingReportingOverflow(index < b.count ? b[index] : 0)
                    let (result, overflow2) = difference.subtractingReportingOverflow(borrow ? 1 : 0)
                    a[index] = result
                    borrow = overflow || overflow2
                    if !borrow, index >= b.count { break }
                }
            }
        }
        while a.last == 0 { a.removeLast() }
    }

    /// The remainder of this value divided by `divisor` (not zero), a limb at a time.
    func remainder(dividingBy divisor: UInt64) -> UInt64 {
        precondition(divisor != 0, "BigUInt division by zero")
        var remainder: UInt64 = 0
        for limb in limbs.reversed() {
            // remainder < divisor, so the high word of remainder × 2³² + limb is below it too.
            remainder = divisor.dividingFullWidth((high: remainder >> 32, low: remainder << 32 | UInt64(limb))).remainder
        }
        return remainder
    }

    /// This value divided by `divisor` (not zero), a limb at a time; the remainder is dropped.
    func quotient(dividingBy divisor: UInt64) -> BigUInt {
        precondition(divisor != 0, "BigUInt division by zero")
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder: UInt64 = 0
        for i in stride(from: limbs.count - 1, through: 0, by: -1) {
            let (q, r) = divisor.dividingFullWidth((high: remainder >> 32, low: remainder << 32 | UInt64(limbs[i])))
            quotient[i] = UInt32(truncatingIfNeeded: q)
            remainder = r
        }
        return BigUInt(limbs: quotient)
    }

    /// This value divided by `divisor`, which divides it (a gcd): by a word when it fits one.
    func exactlyDivided(by divisor: BigUInt) -> BigUInt {
        if let small = divisor.uint64 { return small == 1 ? self : quotient(dividingBy: small) }
        return BigUInt.divMod(self, divisor).quotient
    }

    /// The decimal digits.
    var decimalText: String {
        if isZero { return "0" }
        var chunks: [String] = []
        var rest = self
        let billion = BigUInt(1_000_000_000)
        while !rest.isZero {
            let (q, r) = BigUInt.divMod(rest, billion)
            chunks.append(String(r.limbs.first ?? 0))
            rest = q
        }
        var text = chunks.removeLast()
        for chunk in chunks.reversed() { text += String(repeating: "0", count: 9 - chunk.count) + chunk }
        return text
    }
}

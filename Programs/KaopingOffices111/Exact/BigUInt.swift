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

    /// Quotient and remainder of `a / b`; `b` must not be zero. Shift-and-subtract over the
    /// bits by which `a` is longer than `b`.
    static func divMod(_ a: BigUInt, _ b: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        precondition(!b.isZero, "BigUInt division by zero")
        if a < b { return (BigUInt(0), a) }
        let shift = a.bitWidth - b.bitWidth
        var divisor = b.shiftedLeft(shift)
        var remainder = a
        var quotient = [UInt32](repeating: 0, count: shift / 32 + 1)
        for bit in stride(from: shift, through: 0, by: -1) {
            if !(remainder < divisor) {
                remainder = remainder - divisor
                quotient[bit / 32] |= 1 << UInt32(bit % 32)
            }
            divisor = divisor.halved()
        }
        return (BigUInt(limbs: quotient), remainder)
    }

    /// The greatest common divisor (Euclid).
    static func gcd(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
        var (x, y) = (a, b)
        while !y.isZero { (x, y) = (y, divMod(x, y).remainder) }
        return x
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

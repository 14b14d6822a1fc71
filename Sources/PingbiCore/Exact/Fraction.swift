import Foundation

/// An exact rational number, always in lowest terms with a positive denominator.
///
/// Means of quotients (item (1)'s mean of rates, item (5)'s mean of monthly A) are not
/// finite decimals, so the scores are computed as fractions and only their final,
/// rounded values (四捨五入) become `Decimal`. That makes a score exactly on x.x5 round
/// up, and one a hair below it round down, whatever the size of the denominators.
///
/// Most values (counts, scores, weights) fit a numerator and denominator of 64 bits: those
/// are kept and computed as `UInt64` (128-bit products, overflow checked), and only a value
/// that does not fit (item (1)'s sum of rates) uses ``BigUInt``. The representation is
/// canonical (small whenever it fits), so equality and hashing are structural.
public struct Fraction: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// True for values below zero.
    public let negative: Bool
    /// The magnitude, in lowest terms.
    let magnitude: Magnitude

    /// A magnitude: numerator and positive denominator, coprime.
    enum Magnitude: Sendable, Hashable {
        /// Both fit 64 bits.
        case small(numerator: UInt64, denominator: UInt64)
        /// At least one does not fit 64 bits.
        case big(numerator: BigUInt, denominator: BigUInt)
    }

    /// From a reduced small magnitude.
    private init(negative: Bool, reducedNumerator n: UInt64, denominator d: UInt64) {
        self.negative = negative && n != 0
        self.magnitude = .small(numerator: n, denominator: n == 0 ? 1 : d)
    }

    /// The non-negative `n / d` of a small magnitude read back as it was kept (``FractionCells``):
    /// already in lowest terms, `d` not zero.
    init(reducedNumerator n: UInt64, denominator d: UInt64) {
        self.init(negative: false, reducedNumerator: n, denominator: d)
    }

    /// `n / d` with sign, reduced.
    init(negative: Bool, numerator n: UInt64, denominator d: UInt64) {
        precondition(d != 0, "Fraction with zero denominator")
        let g = Fraction.gcd(n, d)
        self.init(negative: negative, reducedNumerator: n / g, denominator: d / g)
    }

    /// `n / d` with sign, reduced; small when it fits.
    init(negative: Bool, numerator n: BigUInt, denominator d: BigUInt) {
        precondition(!d.isZero, "Fraction with zero denominator")
        if let n64 = n.uint64, let d64 = d.uint64 {
            self.init(negative: negative, numerator: n64, denominator: d64)
            return
        }
        let divisor = BigUInt.gcd(n, d)
        self.init(negative: negative, reducedNumerator: n.exactlyDivided(by: divisor), denominator: d.exactlyDivided(by: divisor))
    }

    /// `n / d` with sign, already in lowest terms; small when it fits.
    private init(negative: Bool, reducedNumerator n: BigUInt, denominator d: BigUInt) {
        if let n64 = n.uint64, let d64 = d.uint64 {
            self.init(negative: negative, reducedNumerator: n64, denominator: d64)
        } else {
            self.init(negative: negative, magnitude: .big(numerator: n, denominator: d))
        }
    }

    /// The integer `value`.
    public init(_ value: Int) {
        self.init(negative: value < 0, reducedNumerator: value.magnitude.toUInt64, denominator: 1)
    }

    /// `numerator / denominator`; `denominator` must not be zero.
    public init(_ numerator: Int, _ denominator: Int) {
        precondition(denominator != 0, "Fraction with zero denominator")
        self.init(
            negative: (numerator < 0) != (denominator < 0), numerator: numerator.magnitude.toUInt64,
            denominator: denominator.magnitude.toUInt64)
    }

    /// The exact value of a decimal (`0.25` → 1/4).
    public init(_ decimal: Decimal) {
        if let small = Fraction.small(decimal) {
            self = small
            return
        }
        self.init(decimalText: decimal)
    }

    /// The value of a decimal whose significand fits 64 bits and whose exponent is within ±19,
    /// from the significand and exponent (no text); nil otherwise.
    private static func small(_ decimal: Decimal) -> Fraction? {
        guard decimal.isFinite else { return nil }
        let exponent: Int, magnitude: UInt64, negative: Bool
        if let parts = decimal.smallParts {
            // Read from the decimal's fields: no Foundation object per value.
            (negative, magnitude, exponent) = parts
            guard exponent >= -19, exponent <= 19 else { return nil }
        } else {
            exponent = decimal.exponent
            guard exponent >= -19, exponent <= 19 else { return nil }
            let significand = decimal.significand
            magnitude = NSDecimalNumber(decimal: significand).uint64Value
            guard Decimal(magnitude) == significand else { return nil }
            negative = decimal.sign == .minus
        }
        if exponent < 0 {
            return Fraction(negative: negative, numerator: magnitude, denominator: Fraction.powersOfTen[-exponent])
        }
        let (whole, overflow) = magnitude.multipliedReportingOverflow(by: Fraction.powersOfTen[exponent])
        return overflow ? nil : Fraction(negative: negative, reducedNumerator: whole, denominator: 1)
    }

    /// The exact value of a decimal, read from its plain text (any size).
    init(decimalText decimal: Decimal) {
        var text = decimal.plainText
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let scale = parts.count == 2 ? parts[1].count : 0
        // Up to 19 digits (every score and weight): in 64 bits, without a BigUInt per digit.
        if scale <= 19, parts.joined().utf8.count <= 19 {
            var small: UInt64 = 0
            for digit in parts.joined().utf8 { small = small * 10 + UInt64(digit - UInt8(ascii: "0")) }
            self.init(negative: negative, numerator: small, denominator: Fraction.powersOfTen[scale])
            return
        }
        var magnitude = BigUInt(0)
        for digit in parts.joined().utf8 {
            magnitude = magnitude * BigUInt(10) + BigUInt(UInt64(digit - UInt8(ascii: "0")))
        }
        self.init(negative: negative, numerator: magnitude, denominator: Fraction.powerOfTen(scale))
    }

    static func powerOfTen(_ exponent: Int) -> BigUInt {
        var result = BigUInt(1)
        for _ in 0..<exponent { result = result * BigUInt(10) }
        return result
    }

    /// The numerator of the magnitude.
    var numerator: BigUInt {
        switch magnitude {
        case .small(let n, _): BigUInt(n)
        case .big(let n, _): n
        }
    }

    /// The denominator, never zero.
    var denominator: BigUInt {
        switch magnitude {
        case .small(_, let d): BigUInt(d)
        case .big(_, let d): d
        }
    }

    /// Whether this is 0.
    public var isZero: Bool {
        if case .small(0, _) = magnitude { return true }
        return false
    }

    // MARK: Arithmetic

    public static func + (a: Fraction, b: Fraction) -> Fraction {
        if case .small(let an, let ad) = a.magnitude, case .small(let bn, let bd) = b.magnitude,
           let sum = addSmall(a.negative, an, ad, b.negative, bn, bd) {
            return sum
        }
        return addReducing(a, b)
    }

    /// `a + b` for big operands by Henrici's method (Knuth, TAOCP 4.5.1): with g = gcd of the
    /// denominators (a word remainder when one of them is small), the sum needs no gcd of the
    /// big result — when g = 1 it is already in lowest terms, else only its gcd with g. Equal
    /// to ``addBig(_:_:)``.
    static func addReducing(_ a: Fraction, _ b: Fraction) -> Fraction {
        let ad = a.denominator, bd = b.denominator
        let g = BigUInt.gcd(ad, bd)
        let adg = ad.exactlyDivided(by: g), bdg = bd.exactlyDivided(by: g)
        let x = a.numerator * bdg, y = b.numerator * adg
        let negative: Bool, t: BigUInt
        if a.negative == b.negative {
            (negative, t) = (a.negative, x + y)
        } else {
            (negative, t) = x < y ? (b.negative, y - x) : (a.negative, x - y)
        }
        if t.isZero { return Fraction(0) }
        let g2 = g.uint64 == 1 ? g : BigUInt.gcd(t, g)
        return Fraction(negative: negative, reducedNumerator: t.exactlyDivided(by: g2), denominator: adg * bd.exactlyDivided(by: g2))
    }

    /// `a + b` in 64 bits, nil on overflow.
    private static func addSmall(
        _ aNegative: Bool, _ an: UInt64, _ ad: UInt64, _ bNegative: Bool, _ bn: UInt64, _ bd: UInt64
    ) -> Fraction? {
        // Two whole numbers (a group's ΣA of counts): their sum is whole, nothing to reduce.
        if ad == 1, bd == 1 {
            let (s, o) = aNegative == bNegative ? an.addingReportingOverflow(bn) : (an >= bn ? an - bn : bn - an, false)
            if o { return nil }
            let negative = aNegative == bNegative ? aNegative : (an >= bn ? aNegative : bNegative)
            return Fraction(negative: negative && s != 0, magnitude: .small(numerator: s, denominator: 1))
        }
        let g = gcd(ad, bd)
        let adg = ad / g, bdg = bd / g
        let (x, o1) = an.multipliedReportingOverflow(by: bdg)
        let (y, o2) = bn.multipliedReportingOverflow(by: adg)
        let (d, o3) = ad.multipliedReportingOverflow(by: bdg)
        if o1 || o2 || o3 { return nil }
        if aNegative == bNegative {
            let (s, o4) = x.addingReportingOverflow(y)
            if o4 { return nil }
            return Fraction(negative: aNegative, numerator: s, denominator: d)
        }
        return x < y
            ? Fraction(negative: bNegative, numerator: y - x, denominator: d)
            : Fraction(negative: aNegative, numerator: x - y, denominator: d)
    }

    /// `a + b` on big integers (any sizes).
    static func addBig(_ a: Fraction, _ b: Fraction) -> Fraction {
        let x = a.numerator * b.denominator, y = b.numerator * a.denominator
        let denominator = a.denominator * b.denominator
        if a.negative == b.negative { return Fraction(negative: a.negative, numerator: x + y, denominator: denominator) }
        return x < y
            ? Fraction(negative: b.negative, numerator: y - x, denominator: denominator)
            : Fraction(negative: a.negative, numerator: x - y, denominator: denominator)
    }

    public static prefix func - (a: Fraction) -> Fraction {
        if a.isZero { return a }
        return Fraction(negative: !a.negative, magnitude: a.magnitude)
    }

    private init(negative: Bool, magnitude: Magnitude) {
        self.negative = negative
        self.magnitude = magnitude
    }

    public static func - (a: Fraction, b: Fraction) -> Fraction { a + (-b) }

    public static func * (a: Fraction, b: Fraction) -> Fraction {
        let negative = a.negative != b.negative
        if case .small(let an, let ad) = a.magnitude, case .small(let bn, let bd) = b.magnitude {
            // Cross-reduce first: the product is then in lowest terms.
            let g1 = gcd(an, bd), g2 = gcd(bn, ad)
            let (n, o1) = (an / g1).multipliedReportingOverflow(by: bn / g2)
            let (d, o2) = (ad / g2).multipliedReportingOverflow(by: bd / g1)
            if !o1 && !o2 { return Fraction(negative: negative, reducedNumerator: n, denominator: d) }
        }
        return multiplyReducing(a, b)
    }

    /// `a × b` for big operands, cross-reduced first (each gcd a word remainder when one side
    /// is small): the product is then in lowest terms. Equal to ``multiplyBig(_:_:)``.
    static func multiplyReducing(_ a: Fraction, _ b: Fraction) -> Fraction {
        if a.isZero || b.isZero { return Fraction(0) }
        let an = a.numerator, ad = a.denominator, bn = b.numerator, bd = b.denominator
        let g1 = BigUInt.gcd(an, bd), g2 = BigUInt.gcd(bn, ad)
        return Fraction(
            negative: a.negative != b.negative,
            reducedNumerator: an.exactlyDivided(by: g1) * bn.exactlyDivided(by: g2),
            denominator: ad.exactlyDivided(by: g2) * bd.exactlyDivided(by: g1))
    }

    /// `a × b` on big integers (any sizes).
    static func multiplyBig(_ a: Fraction, _ b: Fraction) -> Fraction {
        Fraction(negative: a.negative != b.negative, numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }

    /// The reciprocal; must not be zero.
    private var reciprocal: Fraction {
        precondition(!isZero, "Fraction division by zero")
        switch magnitude {
        case .small(let n, let d): return Fraction(negative: negative, magnitude: .small(numerator: d, denominator: n))
        case .big(let n, let d): return Fraction(negative: negative, magnitude: .big(numerator: d, denominator: n))
        }
    }

    /// `a / b`; `b` must not be zero.
    public static func / (a: Fraction, b: Fraction) -> Fraction {
        a * b.reciprocal
    }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        if a.negative != b.negative { return a.negative }
        let magnitudeLess = a.negative ? lessMagnitude(b, a) : lessMagnitude(a, b)
        return magnitudeLess
    }

    /// |a| < |b|, by cross-multiplication (128-bit when both are small).
    private static func lessMagnitude(_ a: Fraction, _ b: Fraction) -> Bool {
        if case .small(let an, let ad) = a.magnitude, case .small(let bn, let bd) = b.magnitude {
            let x = an.multipliedFullWidth(by: bd), y = bn.multipliedFullWidth(by: ad)
            return (x.high, x.low) < (y.high, y.low)
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// ((n·a − sum) × factor) / sum + base, the relative score of items (1)–(5), reduced once
    /// at the end instead of after every step (`sum` must not be zero). Equal to the same
    /// expression written with the operators.
    public static func relativeScore(n: Int, a: Fraction, sum: Fraction, factor: Int, base: Int) -> Fraction {
        precondition(!sum.isZero, "Fraction division by zero")
        if case .small(let p, let q) = a.magnitude, case .small(let bigP, let bigQ) = sum.magnitude {
            // The same expression on 128-bit integers, reduced once at the end; the fraction
            // operators (a reduction per step) where a product does not fit.
            if let score = smallRelativeScore(n: n, a: (a.negative, p, q), sum: (sum.negative, bigP, bigQ), factor: factor, base: base) {
                return score
            }
            return (Fraction(n) * a - sum) * Fraction(factor) / sum + Fraction(base)
        }
        // a = p/q, sum = P/Q: ((n·p·Q − P·q) × factor + base·q·P) / (q·P).
        let p = Signed(a.negative, a.numerator), q = Signed(false, a.denominator)
        let bigP = Signed(sum.negative, sum.numerator), bigQ = Signed(false, sum.denominator)
        let denominator = q * bigP
        let numerator = (Signed(n) * p * bigQ - bigP * q) * Signed(factor) + Signed(base) * denominator
        let negative = numerator.negative != denominator.negative
        if numerator.magnitude.isZero { return Fraction(0) }
        // A prime common to both divides n·p·factor·q: one dividing P but not q divides the
        // numerator only through n·p·Q·factor, and Q shares no prime with P. When that product
        // fits a word, the big numerator and denominator (a group's ΣA of hundreds of digits)
        // are reduced by word remainders, with no gcd of two big values.
        if case .small(let pWord, let qWord) = a.magnitude, let primes = Self.wordProduct([UInt64(n.magnitude), pWord, UInt64(factor.magnitude), qWord]) {
            return Fraction(negative: negative, numerator: numerator.magnitude, denominator: denominator.magnitude, commonPrimesDivide: primes)
        }
        return Fraction(negative: negative, numerator: numerator.magnitude, denominator: denominator.magnitude)
    }

    /// ``relativeScore(n:a:sum:factor:base:)`` at most `cap` where given, then rounded half
    /// away from zero to one decimal, in tenths (`801` for 80.1): what bounding the exact score
    /// by the cap and rounding it give, decided on 128-bit integers with no fraction made or
    /// reduced. Nil where `a` or `sum` is not small, `sum` is zero, or a product overflows: the
    /// caller then computes the exact score.
    public static func relativeScoreTenths(n: Int, a: Fraction, sum: Fraction, factor: Int, base: Int, cap: Int?) -> Int? {
        guard case .small(let p, let q) = a.magnitude, case .small(let bigP, let bigQ) = sum.magnitude, bigP != 0,
            var (numerator, denominator) = smallRelativeParts(n: n, a: (a.negative, p, q), sum: (sum.negative, bigP, bigQ), factor: factor)
        else { return nil }
        if denominator < 0 { (numerator, denominator) = (-numerator, -denominator) }
        // Above the cap: N > (cap − base) × D.
        if let cap {
            guard let bound = checkedProduct(Int128(cap - base), denominator) else { return nil }
            if numerator > bound { return 10 * cap }
        }
        // The score × 10 = 10 × (base·D + N) / D, rounded half away from zero as a whole (not
        // base + N / D rounded: 80 − 0.05 is 79.95, which rounds to 80.0): ⌊(2·|X| + D) / 2D⌋
        // with X's sign, X = 10 × (base·D + N).
        guard let shifted = checkedProduct(Int128(base), denominator).flatMap({ checkedSum($0, numerator) }), let x = checkedProduct(shifted, 10)
        else { return nil }
        let (double, o1) = x.magnitude.multipliedReportingOverflow(by: 2)
        let (halfUp, o2) = double.addingReportingOverflow(denominator.magnitude)
        let (twice, o3) = denominator.magnitude.multipliedReportingOverflow(by: 2)
        guard !o1, !o2, !o3, let tenths = Int(exactly: halfUp / twice) else { return nil }
        return x < 0 ? -tenths : tenths
    }

    /// The product of `factors` when it fits a word and is not zero.
    private static func wordProduct(_ factors: [UInt64]) -> UInt64? {
        var product: UInt64 = 1
        for factor in factors {
            let (next, overflow) = product.multipliedReportingOverflow(by: factor)
            guard !overflow, next != 0 else { return nil }
            product = next
        }
        return product
    }

    /// `n / d` (n not zero) with sign, reduced, when every prime dividing both divides `primes`:
    /// the common factors are found by word remainders (gcd(d, primes), then its gcd with n)
    /// and divided out until none is left (for a relative score the first pass finds them all,
    /// as their product divides `primes`; the next pass confirms it).
    private init(negative: Bool, numerator n: BigUInt, denominator d: BigUInt, commonPrimesDivide primes: UInt64) {
        var (n, d) = (n, d)
        while true {
            let shared = Fraction.gcd(primes, d.remainder(dividingBy: primes))
            let common = shared == 1 ? 1 : Fraction.gcd(shared, n.remainder(dividingBy: shared))
            guard common > 1 else { break }
            n = n.quotient(dividingBy: common)
            d = d.quotient(dividingBy: common)
        }
        self.init(negative: negative, reducedNumerator: n, denominator: d)
    }

    /// ((n·p·Q − P·q) × factor + base·q·P) / (q·P) for a = ±p/q and sum = ±P/Q, on 128-bit
    /// integers; nil when a product overflows or the result does not fit 64 bits.
    private static func smallRelativeScore(
        n: Int, a: (negative: Bool, p: UInt64, q: UInt64), sum: (negative: Bool, p: UInt64, q: UInt64), factor: Int, base: Int
    ) -> Fraction? {
        guard let (scaled, denominator) = smallRelativeParts(n: n, a: a, sum: sum, factor: factor),
            let shifted = checkedProduct(Int128(base), denominator), let numerator = checkedSum(scaled, shifted),
            let top = UInt64(exactly: numerator.magnitude), let bottom = UInt64(exactly: denominator.magnitude)
        else { return nil }
        return Fraction(negative: (numerator < 0) != (denominator < 0), numerator: top, denominator: bottom)
    }

    /// The relative score less its base, N / D, for a = ±p/q and sum = ±P/Q: N = (n·p·Q − P·q)
    /// × factor and D = q·P, signed, on 128-bit integers; nil when a product overflows.
    private static func smallRelativeParts(
        n: Int, a: (negative: Bool, p: UInt64, q: UInt64), sum: (negative: Bool, p: UInt64, q: UInt64), factor: Int
    ) -> (numerator: Int128, denominator: Int128)? {
        func signed(_ negative: Bool, _ magnitude: UInt64) -> Int128 { negative ? -Int128(magnitude) : Int128(magnitude) }
        let p = signed(a.negative, a.p), q = Int128(a.q), bigP = signed(sum.negative, sum.p), bigQ = Int128(sum.q)
        guard let npQ = checkedProduct(Int128(n), p).flatMap({ checkedProduct($0, bigQ) }), let pq = checkedProduct(bigP, q),
            let difference = checkedSum(npQ, -pq), let numerator = checkedProduct(difference, Int128(factor)),
            let denominator = checkedProduct(q, bigP)
        else { return nil }
        return (numerator, denominator)
    }

    /// `x × y`, nil on overflow.
    private static func checkedProduct(_ x: Int128, _ y: Int128) -> Int128? {
        let (product, overflow) = x.multipliedReportingOverflow(by: y)
        return overflow ? nil : product
    }

    /// `x + y`, nil on overflow.
    private static func checkedSum(_ x: Int128, _ y: Int128) -> Int128? {
        let (total, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : total
    }

    /// A signed big integer, for ``relativeScore(n:a:sum:factor:base:)``.
    private struct Signed {
        var negative: Bool
        var magnitude: BigUInt

        init(_ negative: Bool, _ magnitude: BigUInt) {
            self.negative = negative && !magnitude.isZero
            self.magnitude = magnitude
        }

        init(_ value: Int) {
            self.init(value < 0, BigUInt(UInt64(value.magnitude)))
        }

        static func * (x: Signed, y: Signed) -> Signed {
            Signed(x.negative != y.negative, x.magnitude * y.magnitude)
        }

        static func + (x: Signed, y: Signed) -> Signed {
            if x.negative == y.negative { return Signed(x.negative, x.magnitude + y.magnitude) }
            return x.magnitude < y.magnitude
                ? Signed(y.negative, y.magnitude - x.magnitude) : Signed(x.negative, x.magnitude - y.magnitude)
        }

        static func - (x: Signed, y: Signed) -> Signed {
            x + Signed(!y.negative, y.magnitude)
        }
    }

    // MARK: Decimals

    /// Rounded half away from zero (四捨五入) to `scale` decimals, as an exact `Decimal`.
    public func rounded(_ scale: Int) -> Decimal {
        if case .small(let n, let d) = magnitude, scale <= 19 {
            let (scaled, overflow) = n.multipliedReportingOverflow(by: Fraction.powersOfTen[scale])
            if !overflow {
                let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: d)
                let magnitude = remainder >= d - remainder ? quotient + 1 : quotient
                let significand = Decimal(magnitude)
                return Fraction.decimal(negative: negative, significand: significand, scale: scale, isZero: magnitude == 0)
            }
        }
        let (quotient, remainder) = BigUInt.divMod(numerator * Fraction.powerOfTen(scale), denominator)
        let magnitude = remainder.shiftedLeft(1) < denominator ? quotient : quotient + BigUInt(1)
        let significand = Decimal(string: magnitude.decimalText) ?? 0
        return Fraction.decimal(negative: negative, significand: significand, scale: scale, isZero: magnitude.isZero)
    }

    /// The `Decimal` that ``rounded(_:)`` to one decimal gives for the value `tenths` / 10
    /// (a score decided in tenths): made from the integer, no fraction reduced.
    public static func decimal(tenths: Int) -> Decimal {
        decimal(negative: tenths < 0, significand: Decimal(tenths.magnitude), scale: 1, isZero: tenths == 0)
    }

    /// `rounded(scale).plainText`, written from the integers when the value is small (the
    /// text `Decimal` gives: no trailing zeros after the point, `0.05`, `-3`, `0`).
    public func roundedText(_ scale: Int) -> String {
        if case .small(let n, let d) = magnitude, scale <= 19 {
            let (scaled, overflow) = n.multipliedReportingOverflow(by: Fraction.powersOfTen[scale])
            if !overflow {
                let (quotient, remainder) = scaled.quotientAndRemainder(dividingBy: d)
                let magnitude = remainder >= d - remainder ? quotient + 1 : quotient
                return Fraction.text(negative: negative, magnitude: magnitude, scale: scale)
            }
        }
        let (quotient, remainder) = BigUInt.divMod(numerator * Fraction.powerOfTen(scale), denominator)
        let magnitude = remainder.shiftedLeft(1) < denominator ? quotient : quotient + BigUInt(1)
        return Fraction.text(negative: negative, digits: magnitude.decimalText, scale: scale)
    }

    /// The plain text of `±magnitude / 10^scale`, trailing zeros after the point dropped.
    static func text(negative: Bool, magnitude: UInt64, scale: Int) -> String {
        text(negative: negative, digits: String(magnitude), scale: scale)
    }

    /// The plain text of `±digits / 10^scale` (`digits` without leading zeros), trailing zeros
    /// after the point dropped.
    static func text(negative: Bool, digits decimalDigits: String, scale: Int) -> String {
        guard decimalDigits != "0" else { return "0" }
        var digits = Array(decimalDigits.utf8)
        var scale = scale
        while scale > 0, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
            scale -= 1
        }
        if scale > 0 {
            if digits.count <= scale { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: scale - digits.count + 1), at: 0) }
            digits.insert(UInt8(ascii: "."), at: digits.count - scale)
        }
        if negative { digits.insert(UInt8(ascii: "-"), at: 0) }
        return String(decoding: digits, as: UTF8.self)
    }

    private static func decimal(negative: Bool, significand: Decimal, scale: Int, isZero: Bool) -> Decimal {
        Decimal(sign: negative && !isZero ? .minus : .plus, exponent: -scale, significand: significand)
    }

    /// 10⁰ … 10¹⁹.
    private static let powersOfTen: [UInt64] = (0...19).map { power in (0..<power).reduce(UInt64(1)) { acc, _ in acc * 10 } }

    /// The number of decimals of the exact value when it is a finite decimal, else nil.
    public var terminatingScale: Int? {
        var twos = 0, fives = 0
        switch magnitude {
        case .small(_, var rest):
            twos = rest.trailingZeroBitCount
            rest >>= UInt64(twos)
            while rest % 5 == 0 {
                rest /= 5
                fives += 1
            }
            return rest == 1 ? max(twos, fives) : nil
        case .big(_, let denominator):
            var rest = denominator
            twos = rest.trailingZeroBitCount
            rest = rest.shiftedRight(twos)
            let five = BigUInt(5)
            while true {
                let (q, r) = BigUInt.divMod(rest, five)
                guard r.isZero else { break }
                rest = q
                fives += 1
            }
            return rest == BigUInt(1) ? max(twos, fives) : nil
        }
    }

    /// The exact value as a `Decimal` when it is a finite decimal of at most 20 decimals.
    public var exactDecimal: Decimal? {
        terminatingScale.flatMap { $0 <= 20 ? rounded($0) : nil }
    }

    /// The value as people read it: exact decimal text (`85.25`); a small fraction with its
    /// approximation (`292/3（≈97.33333333）`); or just the approximation (`≈26.97368421`).
    public var description: String {
        if let scale = terminatingScale, scale <= 20 { return roundedText(scale) }
        let approximation = "≈" + roundedText(8)
        if case .small(let n, let d) = magnitude, d < 1_000_000, n < 1_000_000_000_000 {
            return (negative ? "-" : "") + String(n) + "/" + String(d) + "（\(approximation)）"
        }
        return approximation
    }

    /// The value for result tables: exact when it is a finite decimal, else rounded to `scale`.
    public func display(_ scale: Int = 6) -> Decimal {
        exactDecimal ?? rounded(scale)
    }

    /// The greatest common divisor of two 64-bit integers (binary; gcd(0, d) = d).
    ///
    /// Both odd, the larger is replaced by the difference with its trailing zeros dropped; those
    /// zeros are counted on `u − v` (wrapped), which has as many as `v − u`, so that the count
    /// does not wait for the comparison (about a third faster than counting after it).
    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        var u = a >> UInt64(a.trailingZeroBitCount)
        var v = b >> UInt64(b.trailingZeroBitCount)
        repeat {
            let difference = u &- v
            let zeros = UInt64(difference.trailingZeroBitCount)
            if u > v { (u, v) = (v, difference) } else { v &-= u }
            v >>= zeros
        } while v != 0
        return u << UInt64(shift)
    }
}

extension UInt {
    fileprivate var toUInt64: UInt64 { UInt64(self) }
}

import Foundation

/// An exact rational number, always in lowest terms with a positive denominator.
///
/// Means of quotients (item (1)'s mean of rates, item (5)'s mean of monthly A) are not
/// finite decimals, so the scores are computed as fractions and only their final,
/// rounded values (四捨五入) become `Decimal`. That makes a score exactly on x.x5 round
/// up, and one a hair below it round down, whatever the size of the denominators.
public struct Fraction: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// True for values below zero.
    public let negative: Bool
    /// The magnitude's numerator.
    let numerator: BigUInt
    /// The denominator, never zero.
    let denominator: BigUInt

    private init(negative: Bool, numerator: BigUInt, denominator: BigUInt) {
        precondition(!denominator.isZero, "Fraction with zero denominator")
        let divisor = BigUInt.gcd(numerator, denominator)
        if divisor.isZero || numerator.isZero {
            self.negative = false
            self.numerator = BigUInt(0)
            self.denominator = BigUInt(1)
        } else {
            self.negative = negative
            self.numerator = BigUInt.divMod(numerator, divisor).quotient
            self.denominator = BigUInt.divMod(denominator, divisor).quotient
        }
    }

    /// The integer `value`.
    public init(_ value: Int) {
        self.init(negative: value < 0, numerator: BigUInt(value.magnitude.toUInt64), denominator: BigUInt(1))
    }

    /// `numerator / denominator`; `denominator` must not be zero.
    public init(_ numerator: Int, _ denominator: Int) {
        self = Fraction(numerator) / Fraction(denominator)
    }

    /// The exact value of a decimal (`0.25` → 1/4).
    public init(_ decimal: Decimal) {
        var text = decimal.plainText
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let scale = parts.count == 2 ? parts[1].count : 0
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

    /// Whether this is 0.
    public var isZero: Bool { numerator.isZero }

    public static func + (a: Fraction, b: Fraction) -> Fraction {
        let x = a.numerator * b.denominator, y = b.numerator * a.denominator
        let denominator = a.denominator * b.denominator
        if a.negative == b.negative { return Fraction(negative: a.negative, numerator: x + y, denominator: denominator) }
        return x < y
            ? Fraction(negative: b.negative, numerator: y - x, denominator: denominator)
            : Fraction(negative: a.negative, numerator: x - y, denominator: denominator)
    }

    public static prefix func - (a: Fraction) -> Fraction {
        Fraction(negative: !a.negative, numerator: a.numerator, denominator: a.denominator)
    }

    public static func - (a: Fraction, b: Fraction) -> Fraction { a + (-b) }

    public static func * (a: Fraction, b: Fraction) -> Fraction {
        Fraction(negative: a.negative != b.negative, numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator)
    }

    /// `a / b`; `b` must not be zero.
    public static func / (a: Fraction, b: Fraction) -> Fraction {
        precondition(!b.isZero, "Fraction division by zero")
        return Fraction(negative: a.negative != b.negative, numerator: a.numerator * b.denominator, denominator: a.denominator * b.numerator)
    }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        (a - b).negative
    }

    /// Rounded half away from zero (四捨五入) to `scale` decimals, as an exact `Decimal`.
    public func rounded(_ scale: Int) -> Decimal {
        let (quotient, remainder) = BigUInt.divMod(numerator * Fraction.powerOfTen(scale), denominator)
        let magnitude = remainder.shiftedLeft(1) < denominator ? quotient : quotient + BigUInt(1)
        let significand = Decimal(string: magnitude.decimalText) ?? 0
        return Decimal(sign: negative && !magnitude.isZero ? .minus : .plus, exponent: -scale, significand: significand)
    }

    /// The number of decimals of the exact value when it is a finite decimal, else nil.
    public var terminatingScale: Int? {
        var rest = denominator
        var twos = 0, fives = 0
        while !rest.isZero, rest.isEven {
            rest = rest.halved()
            twos += 1
        }
        let five = BigUInt(5)
        while true {
            let (q, r) = BigUInt.divMod(rest, five)
            guard r.isZero else { break }
            rest = q
            fives += 1
        }
        return rest == BigUInt(1) ? max(twos, fives) : nil
    }

    /// The exact value as a `Decimal` when it is a finite decimal of at most 20 decimals.
    public var exactDecimal: Decimal? {
        terminatingScale.flatMap { $0 <= 20 ? rounded($0) : nil }
    }

    /// The value as people read it: exact decimal text (`85.25`); a small fraction with its
    /// approximation (`292/3（≈97.33333333）`); or just the approximation (`≈26.97368421`).
    public var description: String {
        if let exact = exactDecimal { return exact.plainText }
        let approximation = "≈" + rounded(8).plainText
        if denominator < BigUInt(1_000_000), numerator < BigUInt(1_000_000_000_000) {
            return (negative ? "-" : "") + numerator.decimalText + "/" + denominator.decimalText + "（\(approximation)）"
        }
        return approximation
    }

    /// The value for result tables: exact when it is a finite decimal, else rounded to `scale`.
    public func display(_ scale: Int = 6) -> Decimal {
        exactDecimal ?? rounded(scale)
    }
}

extension UInt {
    fileprivate var toUInt64: UInt64 { UInt64(self) }
}

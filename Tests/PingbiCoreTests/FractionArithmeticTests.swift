import Foundation
import Testing
@testable import PingbiCore

/// The 64-bit fast paths of ``Fraction`` and the limb division of ``BigUInt``, checked against
/// the general big-integer path and against q × b + r = a on many generated values.
@Suite("exact fractions: fast paths")
struct FractionArithmeticTests {
    /// Generated fractions from a seeded SplitMix64.
    struct Generator {
        var random: SplitMix64
        init(state: UInt64) { random = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { random.next() }
        mutating func fraction() -> Fraction {
            let bits = Int(next() % 63) + 1
            let numerator = Int(next() >> UInt64(64 - bits)) * (next() % 2 == 0 ? 1 : -1)
            let denominator = Int(next() >> UInt64(64 - Int(next() % 40) - 1)) + 1
            return Fraction(numerator, denominator)
        }
        mutating func big(limbs: Int) -> BigUInt {
            var value = BigUInt(0)
            for _ in 0..<limbs {
                let pattern = next()
                let limb = pattern % 4 == 0 ? 0xFFFF_FFFF : pattern % 7 == 0 ? 0 : pattern >> 32
                value = value.shiftedLeft(32) + BigUInt(limb)
            }
            return value
        }
    }

    @Test func smallPathsAgreeWithTheBigPath() {
        var random = Generator(state: 111)
        for _ in 0..<3000 {
            let a = random.fraction(), b = random.fraction()
            #expect(a + b == Fraction.addBig(a, b), "\(a) + \(b)")
            #expect(a - b == Fraction.addBig(a, -b), "\(a) - \(b)")
            #expect(a * b == Fraction.multiplyBig(a, b), "\(a) × \(b)")
            #expect((a < b) == Fraction.addBig(a, -b).negative, "\(a) < \(b)")
            if !b.isZero { #expect(a / b * b == a, "\(a) / \(b)") }
        }
    }

    /// Whole numbers add without a reduction: the sums and signs of the big path, zero never
    /// negative, and a sum past 64 bits made big.
    @Test func wholeNumbersAddAsTheBigPathDoes() {
        var random = Generator(state: 117)
        var pairs: [(Fraction, Fraction)] = [(Fraction(5), Fraction(-5)), (Fraction(-5), Fraction(5)), (Fraction(-3), Fraction(-4)), (Fraction(0), Fraction(-7))]
        let huge = Fraction(Int.max) * Fraction(2)
        pairs += [(huge, huge), (-huge, -huge), (huge, -huge), (huge, Fraction(3))]
        for _ in 0..<2000 {
            pairs.append((Fraction(Int(random.next() % 2001) - 1000), Fraction(Int(random.next() % 2001) - 1000)))
        }
        for (a, b) in pairs {
            let sum = a + b
            #expect(sum == Fraction.addBig(a, b), "\(a) + \(b)")
            #expect(!(sum.isZero && sum.negative), "\(a) + \(b)")
        }
    }

    @Test func bigPathsReduceAsTheNaivePathDoes() {
        var random = Generator(state: 115)
        var bigSum = Fraction(0)
        for d in [1009, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051] { bigSum = bigSum + Fraction(100, d) }
        let bigs = [bigSum, -bigSum, bigSum * bigSum, bigSum / Fraction(3) - Fraction(7, 6), Fraction(Int.max) * Fraction(Int.max, 3)]
        for _ in 0..<300 {
            let small = random.fraction()
            for big in bigs {
                for (a, b) in [(big, small), (small, big), (big, big * small), (big, -big), (big, big)] {
                    #expect(Fraction.addReducing(a, b) == Fraction.addBig(a, b), "\(a) + \(b)")
                    #expect(Fraction.multiplyReducing(a, b) == Fraction.multiplyBig(a, b), "\(a) × \(b)")
                }
            }
        }
        for _ in 0..<500 {
            let a = random.big(limbs: Int(random.next() % 8) + 1), word = random.next() >> (random.next() % 64)
            guard word != 0 else { continue }
            let (q, r) = BigUInt.divMod(a, BigUInt(word))
            #expect(a.remainder(dividingBy: word) == r.uint64)
            #expect(a.quotient(dividingBy: word) == q)
            #expect(BigUInt.gcd(a, BigUInt(word)) == BigUInt.gcd(BigUInt(word), a))
        }
        #expect(BigUInt.gcd(BigUInt(0), BigUInt(12).shiftedLeft(100)) == BigUInt(12).shiftedLeft(100))
    }

    @Test func decimalsConvertAsTheirTextDoes() {
        var random = Generator(state: 116)
        var decimals: [Decimal] = ["0", "-0.07", "85.3", "1520", "1e19", "12345678901234567890", "0.0000000000000000001",
                                   "-98765432109876543210.5", "1e-25", "3e20"].map { Decimal(string: $0)! }
        for _ in 0..<2000 {
            let a = random.fraction()
            decimals.append(a.rounded(Int(random.next() % 12)))
            decimals.append(Decimal(sign: a.negative ? .minus : .plus, exponent: Int(random.next() % 9), significand: Decimal(random.next() >> 40)))
        }
        for decimal in decimals {
            #expect(Fraction(decimal) == Fraction(decimalText: decimal), "\(decimal)")
        }
    }

    @Test func relativeScoreAgreesWithTheOperators() {
        var random = Generator(state: 114)
        var bigSum = Fraction(0)
        for d in [1009, 1013, 1019, 1021, 1031, 1033, 1039] { bigSum = bigSum + Fraction(100, d) }
        for _ in 0..<500 {
            let a = random.fraction(), small = random.fraction()
            for sum in [small, bigSum, -bigSum, bigSum * a] where !sum.isZero {
                for (n, factor) in [(3, 10), (29, 100), (1, 10)] {
                    let expected = Fraction.addBig(
                        Fraction.multiplyBig(Fraction.multiplyBig(Fraction.addBig(Fraction(n) * a, -sum), Fraction(factor)), Fraction(1) / sum),
                        Fraction(80))
                    #expect(Fraction.relativeScore(n: n, a: a, sum: sum, factor: factor, base: 80) == expected, "\(n) \(a) \(sum)")
                }
            }
        }
    }

    /// A big ΣA whose numerator shares prime powers with n, A and the factor (the reduction by
    /// word remainders must divide every common factor out, repeatedly where a power is shared).
    @Test func relativeScoreOfABigSumIsReducedFully() {
        var bigSum = Fraction(0)
        for d in [1009, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051] { bigSum = bigSum + Fraction(100, d) }
        for scale in [Fraction(1), Fraction(64), Fraction(1, 6), Fraction(243, 8), Fraction(1_000_000)] {
            let sum = bigSum * scale
            for a in [Fraction(5, 4), Fraction(9, 8), Fraction(1210, 189), Fraction(0), Fraction(-7, 16), Fraction(1 << 40, 3)] {
                for (n, factor) in [(12, 30), (2_500, 100), (81, 10), (1, 1)] {
                    let expected = Fraction.addBig(
                        Fraction.multiplyBig(Fraction.multiplyBig(Fraction.addBig(Fraction(n) * a, -sum), Fraction(factor)), Fraction(1) / sum),
                        Fraction(80))
                    #expect(Fraction.relativeScore(n: n, a: a, sum: sum, factor: factor, base: 80) == expected, "\(n) \(a) \(sum)")
                }
            }
        }
    }

    @Test func relativeScoreOfLargeSmallFractionsAgreesWithTheOperators() {
        // 64-bit terms whose 128-bit products overflow or whose result does not fit 64 bits:
        // the operators' path, the same value.
        let large = [Fraction(Int.max, 3), Fraction(Int.max - 1, 7), -Fraction(Int.max / 2, 5), Fraction(1, Int.max), Fraction(7)]
        for a in large {
            for sum in large {
                for (n, factor) in [(3, 10), (Int.max / 4, 100)] {
                    let expected = Fraction.addBig(
                        Fraction.multiplyBig(Fraction.multiplyBig(Fraction.addBig(Fraction(n) * a, -sum), Fraction(factor)), Fraction(1) / sum),
                        Fraction(80))
                    #expect(Fraction.relativeScore(n: n, a: a, sum: sum, factor: factor, base: 80) == expected, "\(n) \(a) \(sum)")
                }
            }
        }
    }

    /// The score in tenths decided on integers is the exact score, capped, rounded half away
    /// from zero: on random fractions, exact halves (x.x5 either side of zero), the cap itself and
    /// just above it; nil (the exact path) where a product does not fit.
    @Test func relativeScoreTenthsIsTheExactScoreCappedAndRounded() {
        func exact(_ n: Int, _ a: Fraction, _ sum: Fraction, _ factor: Int, _ base: Int, _ cap: Int?) -> Decimal {
            var score = Fraction.relativeScore(n: n, a: a, sum: sum, factor: factor, base: base)
            if let cap, score > Fraction(cap) { score = Fraction(cap) }
            return score.rounded(1)
        }
        var random = Generator(state: 271)
        // Counts and means of a few months (small numerators, denominators up to 12): many
        // exact halves and scores past the cap.
        func count() -> Fraction {
            Fraction(Int(random.next() % 2001) - 1000, Int(random.next() % 12) + 1)
        }
        var cases: [(n: Int, a: Fraction, sum: Fraction, factor: Int, base: Int, cap: Int?)] = []
        for _ in 0..<3000 {
            let sum = count()
            guard !sum.isZero else { continue }
            cases.append((1 + Int(random.next() % 50), count(), sum, [10, 30, 100][Int(random.next() % 3)], 80, [100, nil][Int(random.next() % 2)]))
        }
        // ((2·201 − 400) × 10) / 400 + 80 = 80.05 exactly, and its mirror 79.95; A = 199 gives 79.95.
        cases += [(2, Fraction(201), Fraction(400), 10, 80, 100), (2, Fraction(199), Fraction(400), 10, 80, 100)]
        // Exactly at the cap (A = 60, ΣA = 60 + 3×0, n = 4: 〔(60−15)/15〕×10+80 = 110 → 100), and equal to it.
        cases += [(4, Fraction(60), Fraction(60), 10, 80, 100), (4, Fraction(105, 2), Fraction(60), 10, 80, 100)]
        // A negative sum and a negative A (the operators' signs).
        cases += [(3, Fraction(-7, 2), Fraction(-9, 4), 10, 80, 100), (5, Fraction(3), Fraction(-11, 3), 100, 80, nil)]
        var capped = 0, halves = 0
        for c in cases {
            let expected = exact(c.n, c.a, c.sum, c.factor, c.base, c.cap)
            let tenths = Fraction.relativeScoreTenths(n: c.n, a: c.a, sum: c.sum, factor: c.factor, base: c.base, cap: c.cap)
            #expect(tenths.map(Fraction.decimal(tenths:)) == expected, "\(c)")
            if let cap = c.cap, tenths == 10 * cap { capped += 1 }
            let score = Fraction.relativeScore(n: c.n, a: c.a, sum: c.sum, factor: c.factor, base: c.base) * Fraction(20)
            if score.terminatingScale == 0, (score / Fraction(2)).terminatingScale != 0 { halves += 1 }
        }
        // The generated cases reach the cap and exact halves often enough to test them.
        #expect(capped > 100 && halves > 5, "\(capped) capped, \(halves) halves")
        #expect(Fraction.relativeScoreTenths(n: 2, a: Fraction(201), sum: Fraction(400), factor: 10, base: 80, cap: 100) == 801)
        #expect(Fraction.relativeScoreTenths(n: 2, a: Fraction(199), sum: Fraction(400), factor: 10, base: 80, cap: 100) == 800)
        // Products beyond 128 bits: left to the exact path.
        #expect(Fraction.relativeScoreTenths(n: Int.max, a: Fraction(Int.max, 3), sum: Fraction(Int.max - 1, 7), factor: 100, base: 80, cap: nil) == nil)
        #expect(Fraction.relativeScoreTenths(n: 2, a: Fraction(1), sum: Fraction(0), factor: 10, base: 80, cap: 100) == nil)
    }

    /// A decimal capped and rounded from its digits is what the exact steps give: on decimals
    /// of 0 to 6 places either side of zero, exact halves, the cap and just above it.
    @Test func cappedTenthsIsTheExactCapThenRounding() {
        var random = Generator(state: 97)
        var values: [Decimal] = [
            Decimal.exact("0.75"), Decimal.exact("0.05"), Decimal.exact("-0.05"), Decimal.exact("-0.04"), Decimal.exact("4.04"),
            Decimal.exact("4.05"), Decimal.exact("3.95"), Decimal.exact("5.2"), 0, 4, 123_456,
        ]
        for _ in 0..<2000 {
            let significand = Decimal(random.next() % 100_000), places = Int(random.next() % 7)
            values.append(Decimal(sign: random.next() % 4 == 0 ? .minus : .plus, exponent: -places, significand: significand))
        }
        for value in values {
            for cap in [4, 3, 100] {
                var explanation = Explanation.silent
                let expected = ScoreSteps.cap(Fraction(value), at: cap, &explanation).rounded(1)
                let tenths = ScoreSteps.cappedTenths(value, cap: cap)
                #expect(tenths.map(Fraction.decimal(tenths:)) == expected, "\(value) cap \(cap)")
            }
        }
        #expect(ScoreSteps.cappedTenths(Decimal.exact("0.75"), cap: 4) == 8)
        #expect(ScoreSteps.cappedTenths(Decimal.exact("-0.05"), cap: 4) == -1)
        #expect(ScoreSteps.cappedTenths(Decimal.exact("4.04"), cap: 4) == 40)
        // Beyond 64 bits: left to the exact steps.
        #expect(ScoreSteps.cappedTenths(Decimal(string: "123456789012345678901234")!, cap: 4) == nil)
    }

    @Test func resultsThatFitAreSmallWhateverTheirPath() {
        let huge = Fraction(Int.max) * Fraction(Int.max)
        guard case .big = huge.magnitude else { Issue.record("Int.max² should be big"); return }
        let back = huge / Fraction(Int.max)
        #expect(back == Fraction(Int.max))
        guard case .small = back.magnitude else { Issue.record("Int.max should be small"); return }
        #expect((huge - huge).isZero && !(huge - huge).negative)
    }

    @Test func roundingAgreesWithTheBigPath() {
        var random = Generator(state: 112)
        for _ in 0..<2000 {
            let a = random.fraction()
            for scale in [0, 1, 6, 8] {
                let (quotient, remainder) = BigUInt.divMod(a.numerator * Fraction.powerOfTen(scale), a.denominator)
                let magnitude = remainder.shiftedLeft(1) < a.denominator ? quotient : quotient + BigUInt(1)
                let expected = Decimal(
                    sign: a.negative && !magnitude.isZero ? .minus : .plus, exponent: -scale,
                    significand: Decimal(string: magnitude.decimalText)!)
                #expect(a.rounded(scale) == expected, "\(a) to \(scale)")
                #expect(a.roundedText(scale) == expected.plainText, "\(a) to \(scale) as text")
            }
        }
        for _ in 0..<2000 {
            let a = random.fraction()
            let exact = a.terminatingScale.flatMap { $0 <= 20 ? a.rounded($0).plainText : nil }
            #expect(exact == nil || a.description == exact, "\(a)")
            #expect(exact != nil || a.description.contains("≈" + a.rounded(8).plainText), "\(a)")
        }
        for (magnitude, scale, text) in [(UInt64(5), 3, "0.005"), (800, 1, "80"), (1234, 2, "12.34"), (100_000_000, 6, "100"), (7, 0, "7")] {
            #expect(Fraction.text(negative: false, magnitude: magnitude, scale: scale) == text)
        }
        #expect(Fraction.text(negative: true, magnitude: 1234, scale: 2) == "-12.34")
        #expect(Fraction(-1, 100).roundedText(1) == "0")
        // Big values take the BigUInt path: the same text as Decimal's.
        var big = Fraction(0)
        for d in [1009, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051] { big = big + Fraction(100, d) - Fraction(1, 3) }
        guard case .big = big.magnitude else { Issue.record("the sum should be big"); return }
        for scale in [0, 1, 8, 12] { #expect(big.roundedText(scale) == big.rounded(scale).plainText) }
        #expect((-big).roundedText(8) == (-big).rounded(8).plainText)
        #expect(big.description == "≈" + big.rounded(8).plainText)
        #expect(Fraction(1, 8).terminatingScale == 3)
        #expect(Fraction(7, 40).terminatingScale == 3)
        #expect(Fraction(1, 3).terminatingScale == nil)
        #expect((Fraction(1, 3) * Fraction(3, 1)).description == "1")
    }

    @Test func limbDivisionReconstructsTheDividend() {
        var random = Generator(state: 113)
        for _ in 0..<2000 {
            let a = random.big(limbs: Int(random.next() % 12) + 1)
            let b = random.big(limbs: Int(random.next() % 6) + 1)
            guard !b.isZero else { continue }
            let (q, r) = BigUInt.divMod(a, b)
            #expect(q * b + r == a)
            #expect(r < b)
        }
        // Hacker's Delight's add-back case (limbs 3, 0, 0x8000_0000 by 1, 0, 0x2000_0000): q = 3.
        let a = BigUInt(0x8000_0000).shiftedLeft(64) + BigUInt(3)
        let b = BigUInt(0x2000_0000).shiftedLeft(64) + BigUInt(1)
        let (q, r) = BigUInt.divMod(a, b)
        #expect(q == BigUInt(3))
        #expect(r == BigUInt(0x2000_0000).shiftedLeft(64))
        #expect(BigUInt.gcd(BigUInt(12).shiftedLeft(100), BigUInt(18).shiftedLeft(90)) == BigUInt(6).shiftedLeft(90))
    }

    /// The binary gcd of big values agrees with Euclid's by division on generated values with a
    /// known common factor: products of a random factor and two coprime cofactors (consecutive
    /// Fibonacci numbers), even ones among them, and values of very different sizes.
    @Test func bigGCDFindsTheCommonFactor() {
        var random = Generator(state: 117)
        func euclid(_ a: BigUInt, _ b: BigUInt) -> BigUInt {
            var (x, y) = (a, b)
            while !y.isZero { (x, y) = (y, BigUInt.divMod(x, y).remainder) }
            return x
        }
        var fibonacci = [BigUInt(1), BigUInt(1)]
        while fibonacci.count < 400 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for round in 0..<200 {
            let factor = random.big(limbs: Int(random.next() % 6) + 1).shiftedLeft(Int(random.next() % 70))
            guard !factor.isZero else { continue }
            let index = 100 + Int(random.next() % 298)
            let a = factor * fibonacci[index], b = factor * fibonacci[index + 1]
            #expect(BigUInt.gcd(a, b) == factor, "round \(round)")
            #expect(BigUInt.gcd(b, a) == factor, "round \(round)")
            let c = random.big(limbs: Int(random.next() % 12) + 1), d = random.big(limbs: Int(random.next() % 12) + 1)
            guard !c.isZero, !d.isZero else { continue }
            #expect(BigUInt.gcd(c, d) == euclid(c, d), "round \(round)")
            #expect(BigUInt.gcd(c * d, d.shiftedLeft(33)) == euclid(c * d, d.shiftedLeft(33)), "round \(round)")
        }
    }

    /// The binary gcd of two words (its loop without a branch) agrees with Euclid's by division:
    /// zeros, equal values, powers of two, coprime neighbours, a shared odd factor times powers
    /// of two, and generated words of every size.
    @Test func wordGCDAgreesWithEuclid() {
        func euclid(_ a: UInt64, _ b: UInt64) -> UInt64 {
            var (x, y) = (a, b)
            while y != 0 { (x, y) = (y, x % y) }
            return x
        }
        var random = Generator(state: 29)
        var pairs: [(UInt64, UInt64)] = [(0, 0), (0, 7), (7, 0), (12, 12), (1 << 40, 1 << 12), (UInt64.max, UInt64.max - 1), (3 * 5 << 9, 5 * 7 << 3)]
        for _ in 0..<2_000 {
            let shift = UInt64(random.next() % 64)
            pairs.append((random.next() >> shift, random.next() >> UInt64(random.next() % 64)))
            let factor = random.next() % 1_000_003 | 1
            pairs.append(((random.next() % 1_000_000) * factor, (random.next() % 1_000_000) * factor << (random.next() % 20)))
        }
        for (a, b) in pairs {
            #expect(Fraction.gcd(a, b) == euclid(a, b), "gcd(\(a), \(b))")
        }
    }

    @Test func largeDenominatorsStayExact() {
        // A sum of 29 rates with distinct prime-ish denominators: far beyond Decimal's 38 digits.
        let denominators = [1009, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051, 1061, 1063, 1069, 1087, 1091, 1093, 1097,
                            1103, 1109, 1117, 1123, 1129, 1151, 1153, 1163, 1171, 1181, 1187, 1193, 1201]
        var sum = Fraction(0)
        for d in denominators { sum = sum + Fraction(100, d) }
        var back = sum
        for d in denominators { back = back - Fraction(100, d) }
        #expect(back == Fraction(0))
        #expect(sum.denominator.bitWidth > 128)
    }
}

/// ``Fraction`` on small worked values: arithmetic, 四捨五入 (half away from zero), its text.
@Suite("exact fractions")
struct FractionTests {
    @Test func arithmeticAndRounding() {
        let third = Fraction(1, 3)
        #expect(third + third + third == Fraction(1))
        #expect(Fraction(1615, 20).rounded(1) == Decimal.exact("80.8"))  // 80.75 → 80.8
        #expect(Fraction(-1615, 20).rounded(1) == Decimal.exact("-80.8"))  // half away from zero
        #expect(Fraction(16149, 200).rounded(1) == Decimal.exact("80.7"))  // 80.745
        #expect(Fraction(Decimal.exact("0.15")) == Fraction(3, 20))
        #expect(Fraction(2, 3).description == "2/3（≈0.66666667）")
        #expect(Fraction(5, 4).description == "1.25")
        #expect(Fraction(-7, 2) < Fraction(-3))
    }
}

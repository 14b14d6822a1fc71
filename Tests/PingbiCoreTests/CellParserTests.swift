import Foundation
import PingbiCore
import Testing

@Suite struct CellParserTests {
    @Test(arguments: [
        ("439,733", "439733"), ("1,234,567.5", "1234567.5"), ("0", "0"), ("-0.23", "-0.23"), ("+0.21", "0.21"),
        ("  12  ", "12"), ("007", "7"), ("123", "123"), ("0.005", "0.005"),
    ])
    func numbersParseExactly(text: String, expected: String) throws {
        let value = try CellParser.number(text)
        #expect(value.plainText == expected)
    }

    @Test(arguments: ["12abc", "1,5", "1,23", "12,3456", ",123", "1.2.3", "", "-", "1.", ".5", "abc", "1 000", "1e3", "--1"])
    func malformedNumbersAreRejected(text: String) {
        #expect(throws: CellError(expected: .number)) { try CellParser.number(text) }
    }

    @Test func percentagesWithAndWithoutSign() throws {
        #expect(try CellParser.rate("68.70%") == Decimal.exact("68.7"))
        #expect(try CellParser.rate("68.70") == Decimal.exact("68.70"))
        #expect(try CellParser.percent("-0.23%") == Decimal.exact("-0.23"))
        #expect(try CellParser.rate("100%") == Decimal(100))
        #expect(throws: CellError(expected: .rate)) { try CellParser.rate("100.01%") }
        #expect(throws: CellError(expected: .rate)) { try CellParser.rate("-0.5%") }
        #expect(throws: CellError(expected: .percentDifference)) { try CellParser.percent("12%abc") }
    }

    @Test func countsAreNonNegativeWholeNumbers() throws {
        #expect(try CellParser.count("1,520") == 1520)
        #expect(try CellParser.count("0") == 0)
        #expect(throws: CellError(expected: .count)) { try CellParser.count("-1") }
        #expect(throws: CellError(expected: .count)) { try CellParser.count("2.5") }
        #expect(throws: CellError(expected: .count)) { try CellParser.count("3x") }
    }

    @Test func decimalsAreExactNotBinary() {
        // 0.1 + 0.2 is exactly 0.3 in decimal arithmetic; in Double it is not.
        #expect(Decimal.exact("0.1") + Decimal.exact("0.2") == Decimal.exact("0.3"))
        #expect(Decimal.exact("0.59") == Decimal(59) / Decimal(100))
        let weighted = Decimal.exact("0.4") * 1 + Decimal.exact("0.25") * 2 + Decimal.exact("0.2") * 2 + Decimal.exact("0.15") * 1
        let other = Decimal.exact("0.4") * 1 + Decimal.exact("0.25") * 1 + Decimal.exact("0.2") * 1 + Decimal.exact("0.15") * 4
        #expect(weighted == other)
        #expect(weighted == Decimal.exact("1.45"))
    }
}

@Suite struct RoundingTests {
    @Test(arguments: [
        ("0.05", 1, "0.1"), ("-0.05", 1, "-0.1"), ("2.25", 1, "2.3"), ("2.35", 1, "2.4"), ("-2.25", 1, "-2.3"),
        ("85.24999", 1, "85.2"), ("85.25", 1, "85.3"), ("99.95", 1, "100"), ("0.125", 2, "0.13"), ("-0.125", 2, "-0.13"),
        ("2.5", 0, "3"), ("-2.5", 0, "-3"), ("1.45", 1, "1.5"),
    ])
    func halfAwayFromZero(value: String, scale: Int, expected: String) {
        #expect(Decimal.exact(value).rounded(scale) == Decimal.exact(expected))
    }

    @Test func thirdsRoundAfterOneDivision() {
        // (n·A − ΣA) × 10 / ΣA + 80 with A = 1, others 2: (3·1 − 5) × 10 / 5 + 80 = 76
        let score = (Decimal(3) * 1 - 5) * 10 / 5 + 80
        #expect(score == Decimal(76))
        #expect((Decimal(1) / 3 * 3).rounded(10) == Decimal(1))
    }

    @Test func fixedPadsZeros() {
        #expect(Decimal(80).fixed(1) == "80.0")
        #expect(Decimal.exact("57.7").fixed(2) == "57.70")
        #expect(Decimal.exact("-0.1").fixed(2) == "-0.10")
        #expect(Decimal.exact("3.14159").fixed(2) == "3.14")
    }
}

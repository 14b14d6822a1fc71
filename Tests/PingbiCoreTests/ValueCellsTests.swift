import Foundation
import Testing
@testable import PingbiCore

/// Values kept in fewer bytes read back exactly as stored: bit for bit for decimals (so a value
/// prints as it did), as equal fractions; those that do not fit are kept aside and read back too.
@Suite struct ValueCellsTests {
    /// Decimals of both signs, zero, both exponent signs, each of the three low significand words,
    /// trailing zeros (1.50 is not 1.5 in its fields), and significands that do not fit 48 bits.
    static let decimals = [
        "0", "1", "-1", "85.3", "-85.3", "18.740399", "1.50", "1520", "0.000001", "7E+5", "-2.5E-20", "65535", "65536",
        "4294967296", "281474976710655", "281474976710656", "-12345678901234567890", "340282366920938463463374607431768211455",
    ].map { Decimal(string: $0)! }

    static func bytes(_ value: Decimal) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    @Test func decimalsReadBackBitForBit() {
        var cells = DecimalCells(Self.decimals + [nil])
        #expect(cells.count == Self.decimals.count + 1)
        for (index, value) in Self.decimals.enumerated() {
            #expect(cells[index].map(Self.bytes) == Self.bytes(value), "\(value)")
            #expect(cells.isDefined(index))
        }
        #expect(cells[Self.decimals.count] == nil)
        #expect(!cells.isDefined(Self.decimals.count))
        // Overwritten: a value kept aside by a small one and by nil, and the other way round.
        let wide = Self.decimals.count - 1
        cells[wide] = 3
        #expect(cells[wide] == 3)
        cells[0] = Self.decimals[wide]
        #expect(cells[0] == Self.decimals[wide])
        cells[0] = nil
        #expect(cells[0] == nil && !cells.isDefined(0))
        cells.append(Self.decimals[wide])
        #expect(cells[cells.count - 1] == Self.decimals[wide])
    }

    @Test func onlyValuesOfAtMost48BitsFitEightBytes() {
        #expect(DecimalCells.cell(Decimal(string: "281474976710655")!) != nil)
        #expect(DecimalCells.cell(Decimal(string: "281474976710656")!) == nil)
        #expect(DecimalCells.cell(Decimal(string: "-0.0001")!).map(DecimalCells.decimal) == Decimal(string: "-0.0001")!)
    }

    @Test func decimalCellsAreEqualWhenTheirValuesAre() {
        let one = DecimalCells([Decimal(string: "1.0")!, nil, Self.decimals.last!])
        #expect(one == DecimalCells([1, nil, Self.decimals.last!]))
        #expect(one != DecimalCells([1, 0, Self.decimals.last!]))
        #expect(one != DecimalCells([1, nil, 2]))
        #expect(one != DecimalCells([1, nil]))
    }

    @Test func fractionsReadBackEqual() {
        let big = Fraction(Decimal(string: "340282366920938463463374607431768211455")!) / Fraction(7)
        let values: [Fraction?] = [Fraction(0), Fraction(5), Fraction(2) / Fraction(3), Fraction(-7) / Fraction(4), big, nil]
        var cells = FractionCells(count: values.count)
        for (index, value) in values.enumerated() { cells[index] = value }
        #expect(cells.count == values.count)
        #expect(values.indices.map { cells[$0] } == values)
        cells[4] = Fraction(1) / Fraction(9)
        cells[3] = nil
        cells.appendNil()
        #expect(cells[4] == Fraction(1) / Fraction(9) && cells[3] == nil && cells[6] == nil && cells.count == 7)
    }

    /// A column joined from parts made apart (two groups' scores, at scattered places) reads at
    /// every place as the column with each score recorded there: values, exact scores, A's
    /// (negative and wide ones kept aside), shown A's, B's, and nothing where nothing was recorded.
    @Test func aColumnJoinedFromPartsReadsAsRecordedDirectly() {
        let big = Fraction(Decimal(string: "340282366920938463463374607431768211455")!) / Fraction(7)
        func score(_ value: String, a: Fraction?, mean: String?, shown: String? = nil) -> ItemScore {
            ItemScore(
                unit: "", a: a, score: Fraction(Decimal(string: value)!), value: Decimal(string: value)!, aExplanation: nil,
                explanation: .silent, mean: mean.map { Decimal(string: $0)! }, shownA: shown.map { Decimal(string: $0)! })
        }
        let first = [score("80", a: Fraction(2) / Fraction(3), mean: "1.5"), score("-20", a: Fraction(-7) / Fraction(4), mean: "1.5")]
        let second = [score("100", a: big, mean: "2", shown: "12.34"), score("75.5", a: nil, mean: nil), score("81", a: Fraction(5), mean: "2")]
        let firstPlaces = [4, 0], secondPlaces = [1, 5, 2]
        var direct = ScoreColumn(count: 7)
        direct.set(first, at: firstPlaces)
        direct.set(second, at: secondPlaces)
        var joined = ScoreColumn(count: 7), firstPart = ScoreColumn(count: 2), secondPart = ScoreColumn(count: 3)
        firstPart.set(first, at: 0..<2)
        secondPart.set(second, at: 0..<3)
        joined.set(firstPart, at: firstPlaces)
        joined.set(secondPart, at: secondPlaces)
        for place in 0..<7 {
            let (a, b) = (direct.score(at: place, unit: ""), joined.score(at: place, unit: ""))
            #expect(a?.value == b?.value && a?.score == b?.score && a?.a == b?.a && a?.mean == b?.mean && a?.shownA == b?.shownA, "\(place)")
        }
        #expect(joined.score(at: 3, unit: "") == nil && joined.score(at: 6, unit: "") == nil)
        #expect(joined.score(at: 0, unit: "")?.a == Fraction(-7) / Fraction(4) && joined.score(at: 1, unit: "")?.a == big)
        #expect(joined.score(at: 2, unit: "")?.mean == 2 && joined.score(at: 4, unit: "")?.mean == Decimal(string: "1.5"))
        #expect(joined.score(at: 1, unit: "")?.shownA == Decimal(string: "12.34") && joined.score(at: 5, unit: "")?.mean == nil)
    }
}

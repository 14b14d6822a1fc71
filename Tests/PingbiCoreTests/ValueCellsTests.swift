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
}

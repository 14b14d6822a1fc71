import Testing
@testable import PingbiCore

/// The counts of a plain table kept narrow while they fit and widened once when one does not:
/// every count reads back as appended, whichever storage each part was in.
@Suite struct CountCellsTests {
    static let narrowValues = [0, 1, 65_533, 65_534, 42]
    static let wideValues = [65_535, 70_000, 4_294_967_294, 4_294_967_295, 1 << 40, 7]

    static func cells(_ values: [Int]) -> CountCells {
        var cells = CountCells()
        cells.reserve(values.count)
        for value in values { cells.append(value) }
        return cells
    }

    @Test func countsReadBackAsAppended() {
        for values in [Self.narrowValues, Self.wideValues, Self.narrowValues + Self.wideValues + Self.narrowValues] {
            let cells = Self.cells(values)
            #expect(cells.count == values.count)
            #expect(values.indices.map { cells[$0] } == values)
        }
    }

    @Test func partsJoinInOrderWhicheverTheirStorage() {
        let parts = [Self.narrowValues, Self.wideValues, [3, 4], [1 << 33, 9]]
        for first in parts {
            for second in parts {
                var cells = Self.cells(first)
                cells.append(contentsOf: Self.cells(second))
                #expect(cells.count == first.count + second.count)
                #expect((0..<cells.count).map { cells[$0] } == first + second, "\(first) + \(second)")
            }
        }
    }
}

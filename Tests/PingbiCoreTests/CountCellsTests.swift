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

    /// Parts of narrow and wide counts (one empty) joined into one, and all their counts in order.
    static func joinedParts() -> (cells: CountCells, values: [Int]) {
        let parts = [[1, 2, 3, 4], [10, 20], [], [70_000, 1 << 40, 5, 6, 7, 8], [65_534, 9]]
        var cells = Self.cells(parts[0])
        for part in parts.dropFirst() { cells.append(contentsOf: Self.cells(part)) }
        return (cells, parts.flatMap { $0 })
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

    /// Parts joined keep their own storage: rows summed across them, in any order, come to the
    /// sums of the rows of one table of all the counts.
    @Test func rowsAddAcrossJoinedParts() {
        let width = 2
        let (cells, values) = Self.joinedParts()
        #expect(cells.count == values.count && (0..<cells.count).map { cells[$0] } == values)
        for rows in [[0, 1, 2, 3, 4, 5], [5, 0, 3, 1], [4], [2, 2], [3, 4, 5, 0]] {
            var sums = [3, 0]
            rows.withUnsafeBufferPointer { rows in
                [1, 0].withUnsafeBufferPointer { places in
                    sums.withUnsafeMutableBufferPointer { cells.add(rows: rows, width: width, places: places, to: $0) }
                }
            }
            #expect(sums == [3 + rows.map { values[$0 * width + 1] }.reduce(0, +), rows.map { values[$0 * width] }.reduce(0, +)], "\(rows)")
        }
    }

    /// Rows summed at some places, in one call, whichever the storage: each place's sum over
    /// the rows, added to what the sums held (the narrow path adds whole rows, then takes the
    /// places'; the wide one adds place by place).
    @Test func rowsAddAtTheirPlaces() {
        let width = 4
        for values in [[1, 2, 3, 4, 10, 20, 30, 40, 65_534, 0, 7, 9], [1, 2, 3, 4, 10, 20, 30, 40, 1 << 40, 0, 7, 9]] {
            let cells = Self.cells(values)
            for places in [[0, 1, 2, 3], [1, 3], [2]] {
                let rows = [2, 0]
                var sums = places.map { _ in 5 }
                rows.withUnsafeBufferPointer { rows in
                    places.withUnsafeBufferPointer { places in
                        sums.withUnsafeMutableBufferPointer { cells.add(rows: rows, width: width, places: places, to: $0) }
                    }
                }
                #expect(sums == places.map { place in 5 + rows.map { values[$0 * width + place] }.reduce(0, +) }, "\(values) \(places)")
            }
        }
    }

    /// Rows read one after the other across joined parts, whichever their storage: each row's
    /// counts at the places, in the places' order; the reading stops where the body says.
    @Test func rowsReadInOrderAcrossJoinedParts() {
        let width = 2
        let (cells, values) = Self.joinedParts()
        for rows in [0..<6, 1..<5, 3..<4, 2..<2] {
            var read: [[Int]] = [], rowsRead: [Int] = []
            var room = [0, 0, 0]
            let finished = [1, 0].withUnsafeBufferPointer { places in
                room.withUnsafeMutableBufferPointer { room in
                    cells.forEachRow(rows, width: width, places: places, into: room) { row in
                        rowsRead.append(row)
                        read.append([room[0], room[1]])
                        return true
                    }
                }
            }
            #expect(finished && rowsRead == Array(rows))
            #expect(read == rows.map { [values[$0 * width + 1], values[$0 * width]] }, "\(rows)")
        }
        // Stopped at the row whose first count is 70,000 (row 3): no row after it is read.
        var rowsRead: [Int] = []
        var room = [0]
        let finished = [0].withUnsafeBufferPointer { places in
            room.withUnsafeMutableBufferPointer { room in
                cells.forEachRow(0..<6, width: width, places: places, into: room) { row in
                    rowsRead.append(row)
                    return room[0] != 70_000
                }
            }
        }
        #expect(!finished && rowsRead == [0, 1, 2, 3])
    }
}

/// A run of counts of a ``PlainTable``, row after row, as one thread read them (``CountCells``
/// holds one per part of the file): two bytes each while every count so far fits (a district
/// office's monthly counts stay in the thousands, so almost every file), four from the first one
/// that does not (those before widened once), and a count beyond 32 bits kept aside by its
/// index. 100,000 offices × 8 months × 20 columns take 32 MB rather than 64.
struct CountRun: Sendable {
    /// The counts while every one is below `UInt16.max`.
    private var narrow: [UInt16] = []
    /// The counts once one is not; `UInt32.max` where the count is in ``large``.
    private var wide: [UInt32] = []
    /// Whether the counts are in ``wide``.
    private var isWide = false
    /// The counts beyond 32 bits, by index (all but never any).
    private var large: [Int: Int] = [:]

    /// The number of counts.
    var count: Int { isWide ? wide.count : narrow.count }

    /// Makes room for `capacity` counts in all.
    mutating func reserve(_ capacity: Int) {
        if isWide {
            wide.reserveCapacity(capacity)
            LargePages.advise(capacityOf: &wide)
        } else {
            narrow.reserveCapacity(capacity)
            LargePages.advise(capacityOf: &narrow)
        }
    }

    /// Appends `value` (not negative).
    mutating func append(_ value: Int) {
        if !isWide {
            if value < Int(UInt16.max) {
                narrow.append(UInt16(truncatingIfNeeded: value))
                return
            }
            widen()
        }
        if let cell = UInt32(exactly: value), cell != UInt32.max {
            wide.append(cell)
        } else {
            large[wide.count] = value
            wide.append(UInt32.max)
        }
    }

    /// Appends `row`, counts not negative: copied at once while all are narrow.
    mutating func append(row: UnsafeBufferPointer<Int>) {
        if !isWide, row.allSatisfy({ $0 < Int(UInt16.max) }) {
            withUnsafeTemporaryAllocation(of: UInt16.self, capacity: row.count) { narrowRow in
                for index in row.indices { narrowRow[index] = UInt16(truncatingIfNeeded: row[index]) }
                narrow.append(contentsOf: UnsafeBufferPointer(narrowRow))
            }
            return
        }
        for value in row { append(value) }
    }

    /// The count at `index`.
    subscript(index: Int) -> Int {
        if !isWide { return Int(narrow[index]) }
        let cell = wide[index]
        return cell == UInt32.max ? large[index]! : Int(cell)
    }

    /// Calls `body` with each row of `rows` (of `width` counts, numbered from `first`, this run's
    /// first row), its counts at `places` put in `values` (in the places' order), until it
    /// returns false; false then. The run's counts read in place, one row after the other.
    func forEachRow(
        _ rows: Range<Int>, from first: Int, width: Int, places: UnsafeBufferPointer<Int>, into values: UnsafeMutableBufferPointer<Int>,
        _ body: (Int) -> Bool
    ) -> Bool {
        guard !isWide else {
            for row in rows {
                let start = (row - first) * width
                for index in places.indices { values[index] = self[start + places[index]] }
                guard body(row) else { return false }
            }
            return true
        }
        return narrow.withUnsafeBufferPointer { cells in
            precondition(rows.isEmpty || (rows.lowerBound >= first && (rows.upperBound - first) * width <= cells.count), "CountRun.forEachRow: rows \(rows) out of range")
            for row in rows {
                let start = (row - first) * width
                for index in places.indices { values[index] = Int(cells[start + places[index]]) }
                guard body(row) else { return false }
            }
            return true
        }
    }

    /// Adds the counts at each of `places` of each of `rows` of `width` counts to `sums`, place by
    /// place, as `CheckedCount.boundedAdd` adds (counts within ``CountLimit``, a bounded number of
    /// them); rows are numbered from `first`, this run's first row (row `r`'s counts from
    /// `(r − first) × width`).
    func add(rows: UnsafeBufferPointer<Int>, from first: Int, width: Int, places: UnsafeBufferPointer<Int>, to sums: UnsafeMutableBufferPointer<Int>) {
        guard !isWide else {
            for row in rows {
                let start = (row - first) * width
                for index in places.indices { sums[index] = CheckedCount.boundedAdd(sums[index], self[start + places[index]]) }
            }
            return
        }
        // Two-byte counts: each sum's room for all of them, checked once, not per count. Whole
        // rows are added (a run of counts side by side, which the compiler makes vector code of),
        // then the places' sums taken from them.
        precondition(rows.count <= 1 << 32, "CountRun.add: too many rows at once")
        let room = Int.max - rows.count * Int(UInt16.max)
        precondition(sums.allSatisfy { $0 <= room }, "a sum of counts within CountLimit overflowed: a count was read without CountLimit")
        guard !rows.isEmpty, width > 0 else { return }
        narrow.withUnsafeBufferPointer { cells in
            // One row: its places read where they are.
            if rows.count == 1 {
                let row = rows[0] - first
                precondition(row >= 0 && (row + 1) * width <= cells.count, "CountRun.add: row \(row) out of range")
                let start = cells.baseAddress! + row * width
                for index in places.indices { sums[index] &+= Int(start[places[index]]) }
                return
            }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: width) { whole in
                let whole = whole.baseAddress!
                whole.initialize(repeating: 0, count: width)
                for row in rows {
                    let row = row - first
                    precondition(row >= 0 && (row + 1) * width <= cells.count, "CountRun.add: row \(row) out of range")
                    let start = cells.baseAddress! + row * width
                    for index in 0..<width { whole[index] &+= Int(start[index]) }
                }
                for index in places.indices { sums[index] &+= whole[places[index]] }
            }
        }
    }

    /// Moves the counts to four bytes each, keeping the room made for them.
    private mutating func widen() {
        wide.reserveCapacity(narrow.capacity)
        wide += narrow.lazy.map(UInt32.init)
        narrow = []
        isWide = true
    }
}

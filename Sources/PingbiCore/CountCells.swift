/// The counts of a ``PlainTable``, row after row: one ``CountRun`` per part of the file read on
/// its own thread, kept where that thread put them. Joining the parts only lists their runs: at
/// 100,000 offices × 8 months, copying the later half's 16 MB of counts into memory touched for
/// the first time had taken about 50 ms on one thread.
struct CountCells: Sendable {
    /// The runs, in the order of their rows; never empty.
    private var runs = [CountRun()]
    /// Where each run's counts start among all of them, by run.
    private var starts = [0]
    /// The run holding the first count of each block of 2^``blockShift`` counts, as joined: what
    /// finds a count's run in a step or two (a row read cell by cell reads many).
    private var blockRuns: [Int32] = []
    /// The base-2 logarithm of the number of counts in a block of ``blockRuns``.
    private static let blockShift = 12

    /// The number of counts.
    var count: Int { starts[starts.count - 1] + runs[runs.count - 1].count }

    /// Makes room for `capacity` counts in all.
    mutating func reserve(_ capacity: Int) {
        runs[runs.count - 1].reserve(capacity - starts[starts.count - 1])
    }

    /// Appends `value` (not negative).
    mutating func append(_ value: Int) {
        runs[runs.count - 1].append(value)
    }

    /// Appends `row`, counts not negative.
    mutating func append(row: UnsafeBufferPointer<Int>) {
        runs[runs.count - 1].append(row: row)
    }

    /// Appends the counts of `later`, the counts read right after these, by taking its runs as
    /// they are (none copied).
    mutating func append(contentsOf later: CountCells) {
        for run in later.runs where run.count > 0 {
            if runs[runs.count - 1].count == 0 {
                runs[runs.count - 1] = run
            } else {
                starts.append(count)
                runs.append(run)
            }
        }
        blockRuns = []
        blockRuns.reserveCapacity(count >> Self.blockShift + 1)
        var run = 0
        for block in 0...(count >> Self.blockShift) {
            while run + 1 < starts.count, starts[run + 1] <= block << Self.blockShift { run += 1 }
            blockRuns.append(Int32(run))
        }
    }

    /// The count at `index`.
    subscript(index: Int) -> Int {
        let run = self.run(holding: index)
        return runs[run][index - starts[run]]
    }

    /// Adds the counts at each of `places` of each of `rows` of `width` counts (row `r`'s from
    /// `r × width`) to `sums`, place by place, as `CheckedCount.boundedAdd` adds (counts within
    /// ``CountLimit``, a bounded number of them): each run's rows in one call of its own.
    func add(rows: UnsafeBufferPointer<Int>, width: Int, places: UnsafeBufferPointer<Int>, to sums: UnsafeMutableBufferPointer<Int>) {
        guard runs.count > 1 else { return runs[0].add(rows: rows, from: 0, width: width, places: places, to: sums) }
        guard width > 0 else { return }
        // The runs read in place, none copied (retaining its counts) for a call.
        runs.withUnsafeBufferPointer { runs in
            var first = 0
            while first < rows.count {
                // The rows from `first` on in the same run.
                let run = self.run(holding: rows[first] * width)
                let (low, high) = (starts[run] / width, (starts[run] + runs[run].count) / width)
                var end = first
                while end < rows.count, rows[end] >= low, rows[end] < high { end += 1 }
                precondition(end > first, "CountCells.add: row \(rows[first]) out of range")
                runs[run].add(rows: UnsafeBufferPointer(rebasing: rows[first..<end]), from: low, width: width, places: places, to: sums)
                first = end
            }
        }
    }

    /// Calls `body` with each row of `rows` (of `width` counts, row `r`'s from `r × width`), its
    /// counts at `places` put in `values`, until it returns false; false then: each run's rows
    /// read in one call of its own.
    func forEachRow(
        _ rows: Range<Int>, width: Int, places: UnsafeBufferPointer<Int>, into values: UnsafeMutableBufferPointer<Int>,
        _ body: (Int) -> Bool
    ) -> Bool {
        guard width > 0 else { return rows.allSatisfy(body) }
        // The runs read in place, none copied (retaining its counts) for a call.
        return runs.withUnsafeBufferPointer { runs in
            var row = rows.lowerBound
            while row < rows.upperBound {
                // The rows from `row` on in the same run.
                let run = self.run(holding: row * width)
                let end = min(rows.upperBound, (starts[run] + runs[run].count) / width)
                precondition(end > row, "CountCells.forEachRow: row \(row) out of range")
                guard runs[run].forEachRow(row..<end, from: starts[run] / width, width: width, places: places, into: values, body) else { return false }
                row = end
            }
            return true
        }
    }

    /// The run holding the count at `index`: the last starting at or before it, from its block's
    /// (counts appended after the last join are in the last run).
    private func run(holding index: Int) -> Int {
        let block = max(0, index) >> Self.blockShift
        var run = block < blockRuns.count ? Int(blockRuns[block]) : runs.count - 1
        while run > 0, starts[run] > index { run -= 1 }
        while run + 1 < starts.count, starts[run + 1] <= index { run += 1 }
        return run
    }
}

import PingbiCore

extension [Row] {
    /// The row starting on `line` among rows in a file's order (their lines ascending), found
    /// by halving; nil when none starts there.
    func row(startingOn line: Int) -> Row? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low].line == line ? self[low] : nil
    }
}

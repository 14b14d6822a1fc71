import PingbiCore
/// A plain-text table with CJK-aware alignment: numbers right-aligned, text left-aligned.
public struct TextTable {
    /// The header cells.
    public var header: [String]
    /// The rows.
    public var rows: [[String]] = []
    /// Which columns are right-aligned (numbers).
    public var rightAligned: Set<Int>

    /// A table with `header`; `rightAligned` holds the indices of numeric columns.
    public init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// The table as lines, columns separated by two spaces, a rule under the header. A cell's
    /// line breaks and other control characters are shown visibly, so a row stays one line.
    public func render() -> String {
        let all = ([header] + rows).map { $0.map { VisibleText.of($0) } }
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0.indices.contains(column) ? $0[column] : "") }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            header.indices.map { column in
                DisplayWidth.pad(cells.indices.contains(column) ? cells[column] : "", to: widths[column], leading: rightAligned.contains(column))
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(all[0]), rule] + all.dropFirst().map(line)).joined(separator: "\n") + "\n"
    }
}

import Foundation

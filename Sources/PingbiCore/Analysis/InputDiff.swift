import Foundation

/// One difference between two versions of an input table: a cell that changed, or a row
/// that one version has and the other has not.
public struct CellChange: Sendable, Equatable {
    /// The file name.
    public let file: String
    /// The row's values in the table's key columns (`高雄市三民區`, `111-03`).
    public let key: [String]
    /// The line of the row in the old and the new file (nil where the row is absent).
    public let oldLine: Int?
    /// See ``oldLine``.
    public let newLine: Int?
    /// The column, for a changed cell; nil for a row added or removed.
    public let column: String?
    /// The cell's old text (for a removed row, nil).
    public let old: String?
    /// The cell's new text (for an added row, nil).
    public let new: String?

    /// The unit the row is about: its first key value, normalised.
    public var unit: String { key.first.map(UnitName.normalize) ?? "" }
}

/// The cell-by-cell differences between two versions of the same input table, rows matched
/// by the table's key columns (the n-th row with a key in one version matches the n-th in
/// the other).
public enum InputDiff {
    /// The changes from `old` to `new`, in the new file's order, then removed rows.
    public static func changes(_ spec: TableSpec, old: Table, new: Table) -> [CellChange] {
        let columns = spec.columns.map(\.name).filter { name in
            old.rows.first?.has(name) == true || new.rows.first?.has(name) == true
        }
        func key(_ row: Row) -> [String] { spec.key.map { UnitName.normalize(row.text($0)) } }
        var oldRows: [[String]: [Row]] = [:]
        for row in old.rows { oldRows[key(row), default: []].append(row) }

        var changes: [CellChange] = []
        var used: [[String]: Int] = [:]
        for row in new.rows {
            let rowKey = key(row)
            let occurrence = used[rowKey, default: 0]
            used[rowKey] = occurrence + 1
            guard let candidates = oldRows[rowKey], occurrence < candidates.count else {
                changes.append(CellChange(
                    file: spec.fileName, key: rowKey, oldLine: nil, newLine: row.line, column: nil, old: nil, new: ""))
                continue
            }
            let before = candidates[occurrence]
            for column in columns where !spec.key.contains(column) {
                let a = before.text(column), b = row.text(column)
                if a != b {
                    changes.append(CellChange(
                        file: spec.fileName, key: rowKey, oldLine: before.line, newLine: row.line, column: column, old: a, new: b))
                }
            }
        }
        for row in old.rows {
            let rowKey = key(row)
            let matched = used[rowKey, default: 0]
            let position = oldRows[rowKey]!.firstIndex { $0.line == row.line }!
            if position >= matched {
                changes.append(CellChange(
                    file: spec.fileName, key: rowKey, oldLine: row.line, newLine: nil, column: nil, old: "", new: nil))
            }
        }
        return changes
    }
}

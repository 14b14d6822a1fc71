/// The cells and merged ranges of one worksheet part, as stored: each cell's type, style,
/// stored value (`<v>`, or an inline string's text) and whether it holds a formula.
struct SheetCells {
    /// One stored cell.
    struct Cell {
        /// The zero-based column.
        let column: Int
        /// The `t` attribute (`s`, `n`, `inlineStr`, …); empty means a number.
        let type: String
        /// The `s` attribute: the index of its cell format.
        let style: Int?
        /// The stored value, or the inline string.
        let value: String
        /// Whether the cell has a formula (`<f>`).
        let hasFormula: Bool
    }

    /// One stored row.
    struct Row {
        /// The row number (1-based).
        let number: Int
        /// Its cells, in the order stored.
        var cells: [Cell]
    }

    /// A merged range, zero-based columns and 1-based rows, inclusive.
    struct Merge {
        let name: String
        let top: Int, left: Int, bottom: Int, right: Int
    }

    /// The rows, in the order stored.
    private(set) var rows: [Row] = []
    /// The merged ranges.
    private(set) var merges: [Merge] = []

    /// Reads a worksheet part.
    init(_ bytes: [UInt8]) throws(XMLScanner.Failure) {
        var scanner = XMLScanner(bytes)
        var nextRow = 1
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, let empty) = event else { continue }
            switch name {
            case "row":
                let number = attributes["r"].flatMap { Int($0) } ?? nextRow
                guard number >= 1, number <= CellReference.maxRows else { throw XMLScanner.Failure() }
                nextRow = number + 1
                rows.append(Row(number: number, cells: []))
                if empty { _ = try scanner.next() }
            case "c":
                guard !rows.isEmpty else { throw XMLScanner.Failure() }
                let column: Int
                if let reference = attributes["r"] {
                    guard let parsed = CellReference.parse(reference), parsed.row == rows[rows.count - 1].number else { throw XMLScanner.Failure() }
                    column = parsed.column
                } else {
                    column = (rows[rows.count - 1].cells.last?.column ?? -1) + 1
                    guard column < CellReference.maxColumns else { throw XMLScanner.Failure() }
                }
                var value = ""
                var hasFormula = false
                if empty {
                    _ = try scanner.next()
                } else {
                    while let inner = try scanner.next() {
                        if case .end("c") = inner { break }
                        guard case .start(let child, _, let childEmpty) = inner else { continue }
                        switch child {
                        case "v", "is": value = childEmpty ? "" : try scanner.elementText()
                        case "f": hasFormula = true; if !childEmpty { try scanner.skipElement() } else { _ = try scanner.next() }
                        default: if !childEmpty { try scanner.skipElement() } else { _ = try scanner.next() }
                        }
                    }
                }
                rows[rows.count - 1].cells.append(
                    Cell(column: column, type: attributes["t"] ?? "", style: attributes["s"].flatMap { Int($0) },
                         value: value, hasFormula: hasFormula))
            case "mergeCell":
                guard let reference = attributes["ref"] else { continue }
                let ends = reference.split(separator: ":")
                guard ends.count == 2, let from = CellReference.parse(String(ends[0])), let to = CellReference.parse(String(ends[1])),
                      from.row <= to.row, from.column <= to.column else { throw XMLScanner.Failure() }
                merges.append(Merge(name: reference, top: from.row, left: from.column, bottom: to.row, right: to.column))
            default: continue
            }
        }
    }
}

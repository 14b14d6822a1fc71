extension ProgramResult {
    /// Adds a policy's decision to the result: its outcomes, warnings and vacancies.
    public mutating func record(_ decision: Decision) {
        outcomes += decision.outcomes
        warnings += decision.warnings
        vacancies += decision.vacancies
    }
}

extension [UnitResult] {
    /// Puts the rows in display order: by group (those of `groups` first, in that order, then
    /// the others by key), then rank (rows without a rank last), then name or, under
    /// `tied: .roster`, their present order.
    public mutating func sortForDisplay(tied: TiedOrder = .name, groups listed: [String] = []) {
        // Read in place: no row is copied to read its group, rank or name. Each row's group (as
        // its place) and rank are read once and sorted as integers with the row's index; only
        // rows equal on both are then put in order by name.
        let order = withUnsafeBufferPointer { rows in
            // Groups are few: each is compared as its place among the listed, then the sorted, group names.
            let groups = listed + Set(rows.indices.map { rows[$0].group ?? "" }).subtracting(listed).sorted()
            let place = Dictionary(groups.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var keyed = rows.indices.map { (group: place[rows[$0].group ?? ""]!, rank: rows[$0].rank ?? Int.max, index: $0) }
            keyed.sort { $0 < $1 }
            if tied == .name {
                var start = 0
                while start < keyed.count {
                    var end = start + 1
                    while end < keyed.count, keyed[end].group == keyed[start].group, keyed[end].rank == keyed[start].rank { end += 1 }
                    // Equal names keep their present order (the sort is stable).
                    if end - start > 1 { keyed[start..<end].sort { rows[$0.index].unit < rows[$1.index].unit } }
                    start = end
                }
            }
            return keyed.map(\.index)
        }
        permute(to: order)
    }

    /// Puts the row at `order[i]` at `i`, for every `i` (`order` a permutation of the indices),
    /// by moves along the permutation's cycles: no row is copied (100,000 rows' copies each
    /// retained and released a dozen references).
    private mutating func permute(to order: [Int]) {
        var placed = [Bool](repeating: false, count: count)
        withUnsafeMutableBufferPointer { rows in
            for start in rows.indices where !placed[start] {
                var current = start
                while true {
                    placed[current] = true
                    let next = order[current]
                    if next == start { break }
                    rows.swapAt(current, next)
                    current = next
                }
            }
        }
    }
}

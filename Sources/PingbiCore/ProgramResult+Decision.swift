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
        // Read in place: no row is copied to read its group, rank or name.
        let order = withUnsafeBufferPointer { rows in
            // Groups are few (gathered without hashing each row's, ``GroupPlaces``): each is
            // compared as its place among the listed, then the sorted, group names.
            let grouped = GroupPlaces(rows.indices.map { rows[$0].group ?? "" })
            let groups = listed + Set(grouped.order).subtracting(listed).sorted()
            let place = Dictionary(groups.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            var groupPlaces = [Int](repeating: 0, count: rows.count)
            for (number, members) in grouped.members.enumerated() {
                let groupPlace = place[grouped.order[number]]!
                for member in members { groupPlaces[member] = groupPlace }
            }
            let keys = rows.indices.map { (group: groupPlaces[$0], rank: rows[$0].rank ?? Int.max) }
            var order = Self.order(keys, groups: groups.count)
            guard tied == .name else { return order }
            // Only rows equal on group and rank are put in order by name: the runs of them, those
            // of each half of the order on one of two threads.
            var runs: [Range<Int>] = []
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
                if end - start > 1 { runs.append(start..<end) }
                start = end
            }
            let middle = runs.firstIndex { $0.upperBound > order.count / 2 } ?? runs.count
            nonisolated(unsafe) let read = rows
            order.withUnsafeMutableBufferPointer { order in
                let order = TwoThreads.Elements(order), halves = [runs[..<middle], runs[middle...]]
                let sort: @Sendable (Int) -> Void = { half in
                    for run in halves[half] { Self.sortByName(order.buffer(run), read) }
                }
                _ = TwoThreads.both(work: read.count, { sort(0) }, { sort(1) })
            }
            return order
        }
        permute(to: order)
    }

    /// The indices of `keys` (each a group's place below `groups` and a rank, `Int.max` for none)
    /// by group, then rank, equal keys in index order. Ranks from 1 to a few times the number
    /// of keys (every program's) are counted into a place per group and rank, with no
    /// comparison; other ranks are sorted.
    private static func order(_ keys: [(group: Int, rank: Int)], groups: Int) -> [Int] {
        // Each group's highest rank; its rows without a rank come after it.
        var top = [Int](repeating: 0, count: groups), counted = true
        for key in keys where key.rank != Int.max {
            guard key.rank >= 1, key.rank <= 4 * keys.count + 16 else {
                counted = false
                break
            }
            top[key.group] = Swift.max(top[key.group], key.rank)
        }
        guard counted else {
            return keys.indices.sorted { (keys[$0].group, keys[$0].rank, $0) < (keys[$1].group, keys[$1].rank, $1) }
        }
        // Each group's first place among the places: ranks 1…top, then one for rows without a rank.
        var first = [Int](repeating: 0, count: groups + 1)
        for group in 0..<groups { first[group + 1] = first[group] + top[group] + 1 }
        let slot = { (key: (group: Int, rank: Int)) in first[key.group] + (key.rank == Int.max ? top[key.group] : key.rank - 1) }
        // How many keys go before each place, then each index put after those before it.
        var next = [Int](repeating: 0, count: first[groups] + 1)
        for key in keys { next[slot(key) + 1] += 1 }
        for place in next.indices.dropFirst() { next[place] += next[place - 1] }
        var order = [Int](repeating: 0, count: keys.count)
        for index in keys.indices {
            let place = slot(keys[index])
            order[next[place]] = index
            next[place] += 1
        }
        return order
    }

    /// The row indices `run` put in order of the rows' names as `String` orders them, equal
    /// names in their present order. Names made only of ASCII and U+4000–U+9FFF (CJK unified
    /// ideographs: every office's name) are compared as UTF-8 bytes: none of those characters
    /// decomposes or combines, so such a name is its own NFC form, which `String` orders by
    /// scalars, as their bytes order them.
    private static func sortByName(_ run: UnsafeMutableBufferPointer<Int>, _ rows: UnsafeBufferPointer<UnitResult>) {
        var run = run
        guard run.allSatisfy({ isOwnNFC(rows[$0].unit) }) else { return run.sort { rows[$0].unit < rows[$1].unit } }
        run.sort { precedesAsBytes(rows[$0].unit, rows[$1].unit) }
    }

    /// Whether `a`'s UTF-8 bytes come before `b`'s, read where they are (a native string's are).
    private static func precedesAsBytes(_ a: String, _ b: String) -> Bool {
        let inPlace: Bool?? = a.utf8.withContiguousStorageIfAvailable { a in
            b.utf8.withContiguousStorageIfAvailable { b in a.lexicographicallyPrecedes(b) }
        }
        guard let inPlace, let inPlace else { return a.utf8.lexicographicallyPrecedes(b.utf8) }
        return inPlace
    }

    /// Whether `name` is only ASCII and U+4000–U+9FFF (UTF-8 lead bytes E4–E9).
    private static func isOwnNFC(_ name: String) -> Bool {
        let bytes = name.utf8
        return bytes.withContiguousStorageIfAvailable(isOwnNFC) ?? isOwnNFC(bytes)
    }

    /// ``isOwnNFC(_:)-(String)`` of a name's UTF-8 bytes.
    private static func isOwnNFC(_ bytes: some Sequence<UInt8>) -> Bool {
        var continuations = 0
        for byte in bytes {
            if continuations > 0 {
                continuations -= 1
            } else if byte >= 0x80 {
                guard (0xE4...0xE9).contains(byte) else { return false }
                continuations = 2
            }
        }
        return true
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

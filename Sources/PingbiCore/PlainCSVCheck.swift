import Foundation

extension InputValidation {
    /// Whether `file` is a plain CSV file (``CSVBytes``) with nothing for the full check to
    /// report (``plainTable(_:spec:)``).
    static func isPlainAndClean(_ file: InputFile) -> Bool {
        file.data.plainTable(file.fileName, spec: file.spec) != nil
    }

    /// The cells of `csv` when it has nothing for the full check to report: its header has
    /// every required column of `spec` once, every cell is what its column holds
    /// (``ColumnKind``), and no two rows share a key. Told from the file's bytes, a cell made a
    /// String only where its bytes alone do not tell (a plain count needs none, a name or month
    /// repeated on many rows one for its first spelling); every count and every repeating cell
    /// is kept as it is read (``PlainTable``). Nil when the file has a problem, or may: the full
    /// check then finds and words every one.
    public static func plainTable(_ csv: CSVBytes, spec: TableSpec) -> PlainTable? {
        guard let header = csv.header(for: spec) else { return nil }
        var columns = spec.columns.compactMap { column in header[column.name].map { PlainColumn(column, position: $0) } }
        let keys = spec.key.compactMap { key in columns.firstIndex { $0.spec.name == key } }
        let hasKeys = !keys.isEmpty && keys.count == spec.key.count
        // Each column's place in the key, if any.
        let keyPlace = columns.indices.map { keys.firstIndex(of: $0) }
        // Each repeating column's place among those the table keeps.
        let repeating = columns.indices.filter { columns[$0].remembers }
        let repeatingPlace = columns.indices.map { repeating.firstIndex(of: $0) }
        var table = PlainTable.Builder(
            spec: spec, countColumns: columns.filter(\.isCount).map(\.spec.name), repeating: repeating.map { columns[$0].spec.name })
        var seenKeys = SeenKeys()
        var ids = [Int](repeating: 0, count: keys.count)
        let clean = csv.forEachRow { row in
            // Room for the rows, about as many as the file holds of the first one's length.
            if table.rowCount == 0 { table.reserve(rows: csv.bytes.count / max(row.byteCount, 1) * 5 / 4 + 16) }
            var keyIsValid = hasKeys
            for index in columns.indices {
                let place = keyPlace[index]
                if columns[index].isCount, place == nil, let plain = row.plainDigits(at: columns[index].position),
                   plain <= CountLimit.maximum {
                    table.add(count: plain)
                    continue
                }
                guard let id = columns[index].check(row.fields.field(columns[index].position), interning: place != nil) else { return false }
                if columns[index].isCount {
                    // A count the check found good but not plain digits: spaces around it, or an
                    // allowed blank (0).
                    let text = row.text(at: columns[index].position)
                    guard let value = text.isEmpty ? 0 : try? CountLimit.parse(text) else { return false }
                    table.add(count: value)
                } else if let kept = repeatingPlace[index] {
                    table.add(id: id, at: kept)
                }
                if keyIsValid, let place {
                    if id < 0 { keyIsValid = false } else { ids[place] = id }
                }
            }
            guard !keyIsValid || seenKeys.insert(ids) else { return false }
            table.endRow()
            return true
        }
        guard clean else { return nil }
        return table.table(forms: repeating.map { columns[$0].formTexts })
    }

    /// A column of a plain file being checked: what its cells' bytes were found to be.
    private struct PlainColumn {
        let spec: ColumnSpec
        let position: Int
        /// Whether the column holds counts (``ColumnKind/count`` or ``ColumnKind/headcount``).
        let isCount: Bool
        /// Whether cells repeat on many rows (names, months, choices): results kept by bytes.
        let remembers: Bool
        /// The read form of each id given, in order of the ids.
        private(set) var formTexts: [String] = []
        /// The cells' bytes found good, with their ids (``check(_:interning:)``), most recent
        /// last: a unit's rows follow each other, months cycle through a few.
        private var recent: [(bytes: [UInt8], id: Int)] = []
        /// Every good cell's bytes, with its id, once ``repeats``.
        private var known: [ByteText: Int] = [:]
        /// Whether a read form came back after others (a file by month, then office): only then
        /// are cells kept in ``known``. A file whose names each come in one run (by office, then
        /// month) would only fill it.
        private var repeats = false
        /// The number of each read form (``ColumnKind/keyForm(_:)``) met.
        private var forms: [CanonicalText: Int] = [:]

        init(_ spec: ColumnSpec, position: Int) {
            self.spec = spec
            self.position = position
            isCount = spec.kind.isCount
            remembers = spec.kind.repeatsDownAColumn
        }

        /// The id of a cell whose untrimmed bytes are `cell` — equal ids for equal read forms,
        /// -1 for a blank the column allows, 0 where `interning` is false — or nil when the cell
        /// is not what the column holds.
        mutating func check(_ cell: UnsafeBufferPointer<UInt8>, interning: Bool) -> Int? {
            if remembers {
                for entry in recent.indices.reversed() where Self.same(recent[entry].bytes, cell) { return recent[entry].id }
                if repeats, let id = known[ByteText(cell)] {
                    remember(cell, id: id)
                    return id
                }
            }
            let text = CellTrimming.trim(String(decoding: cell, as: UTF8.self))
            if !(text.isEmpty && spec.allowsBlank) {
                guard spec.kind.problem(text) == nil else { return nil }
            }
            // A blank cell names no key (the row is then not compared).
            var id = -1
            if !text.isEmpty {
                id = 0
                if interning || remembers {
                    let keyForm = spec.kind.keyForm(text)
                    let form = CanonicalText(keyForm)
                    if let found = forms[form] {
                        id = found
                        repeats = true
                    } else {
                        id = forms.count
                        forms[form] = id
                        formTexts.append(keyForm)
                    }
                }
            }
            if remembers {
                if repeats { known[ByteText(cell)] = id }
                remember(cell, id: id)
            }
            return id
        }

        /// Keeps `cell` among the ``recent`` (up to 16).
        private mutating func remember(_ cell: UnsafeBufferPointer<UInt8>, id: Int) {
            if recent.count == 16 { recent.removeFirst() }
            recent.append((Array(cell), id))
        }

        private static func same(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            a.count == b.count && a.withUnsafeBufferPointer { a in a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0 }
        }
    }

    /// The keys of the rows so far, as their cells' ids: whether a row repeats one.
    private struct SeenKeys {
        /// Of one-column keys: whether each id was met.
        private var single: [Bool] = []
        /// Of two-column keys whose second id is below 64: per first id, the second ids met.
        private var pairs: [UInt64] = []
        /// The other keys.
        private var others = Set<[Int]>()

        /// Adds `ids`; false when they were met before.
        mutating func insert(_ ids: [Int]) -> Bool {
            if ids.count == 1 {
                let id = ids[0]
                if id >= single.count { single += [Bool](repeating: false, count: id + 1 - single.count + single.count / 2) }
                defer { single[id] = true }
                return !single[id]
            }
            if ids.count == 2, ids[1] < 64 {
                let (first, bit) = (ids[0], UInt64(1) << UInt64(ids[1]))
                if first >= pairs.count { pairs += [UInt64](repeating: 0, count: first + 1 - pairs.count + pairs.count / 2) }
                defer { pairs[first] |= bit }
                return pairs[first] & bit == 0
            }
            return others.insert(ids).inserted
        }
    }
}

/// Bytes compared and hashed as they are: a memo's key for cells.
private struct ByteText: Hashable {
    let bytes: [UInt8]
    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = Array(bytes) }

    /// Hashes the bytes at once (an array of bytes hashes them one by one).
    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

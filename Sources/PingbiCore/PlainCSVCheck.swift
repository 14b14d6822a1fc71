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
    ///
    /// A file of ``twoThreadBytes`` or more is scanned in parts shared by two threads, cut at
    /// records' ends (``CSVBytes/cut(near:)``), and the parts joined in order: the table is the
    /// one a single scan makes.
    public static func plainTable(_ csv: CSVBytes, spec: TableSpec) -> PlainTable? {
        let size = csv.count
        guard size >= twoThreadBytes else { return plainTable(csv, spec: spec, cutsNear: []) }
        // An even number of parts: two threads take the same number when they go at one pace.
        let parts = 2 * min(maximumParts / 2, max(1, size / (2 * partBytes)))
        return plainTable(csv, spec: spec, cutsNear: (1..<parts).map { size / parts * $0 })
    }

    /// The size from which a plain file is scanned on two threads. Measured on kaoping-111's
    /// offices.csv of 10,000 offices (310 kB): 12–20 ms of CPU on one thread, two halves of
    /// 6 ms each and 1.3 ms to join them; a file far smaller takes a few milliseconds either way.
    static let twoThreadBytes = 256 << 10

    /// The size of a part of a larger file, and the most parts: many more parts than threads, so
    /// that a thread slowed by another task (the file's SHA-256 is taken meanwhile) takes fewer
    /// of them rather than leaving the other waiting at the end. Measured on activity.csv of
    /// 100,000 offices (63 MB): two halves ended 90 ms apart, eight parts still 100 ms apart
    /// (one part's time).
    static let partBytes = 512 << 10, maximumParts = 64

    /// ``plainTable(_:spec:)``, scanning the file in parts, cut near each of `cutsNear` (at the
    /// first record end at or after it, ``CSVBytes/cut(near:)``; where none is, or two fall
    /// together, there is one part fewer), on two threads.
    static func plainTable(_ csv: CSVBytes, spec: TableSpec, cutsNear: [Int]) -> PlainTable? {
        guard let header = csv.header(for: spec) else { return nil }
        let layout = PlainLayout(spec: spec, header: header)
        var cuts: [Int] = []
        for near in cutsNear.sorted() {
            if let cut = csv.cut(near: near), cut > (cuts.last ?? 0) { cuts.append(cut) }
        }
        guard !cuts.isEmpty else {
            return PlainScan.scan(csv, csv.allRecords, layout, tableBytes: csv.count)?.table
        }
        // Each part makes room for its own rows only: joining them copies no counts. A part is
        // joined as soon as it and those before it are scanned, beside the scans of the others.
        let bounds = [csv.allRecords.start] + cuts + [csv.count]
        let whole = TwoThreads.fold(count: bounds.count - 1, work: csv.count, into: PlainScan?.none) { part in
            PlainScan.scan(csv, csv.records(from: bounds[part], before: bounds[part + 1]), layout, tableBytes: bounds[part + 1] - bounds[part])
        } _: { whole, part in
            guard let part else { return false }
            guard whole != nil else {
                whole = part
                return true
            }
            return whole!.append(part)
        }
        return whole??.table
    }

    /// What a plain file's scan looks for, told from `spec` and the file's header.
    private struct PlainLayout {
        /// The columns the file has, their memos empty.
        let columns: [PlainColumn]
        /// The key's columns (their indices in ``columns``), in the key's order.
        let keys: [Int]
        /// Whether the file has every key column.
        let hasKeys: Bool
        /// Each column's place in the key, if any.
        let keyPlace: [Int?]
        /// The columns whose cells repeat down the column (their indices in ``columns``).
        let repeating: [Int]
        /// Each column's place in ``repeating``, if any.
        let repeatingPlace: [Int?]
        /// Each count column's place in a row of counts (``PlainTable/countPlace(_:)``), if any.
        let countPlace: [Int?]
        /// The count columns outside the key, with their positions in the file and places in a
        /// row of counts: most cells are these, and most of them plain digits.
        let counts: [(column: Int, position: Int, place: Int)]
        /// The other columns (names, months, choices, key counts).
        let others: [Int]
        let spec: TableSpec

        init(spec: TableSpec, header: [String: Int]) {
            self.spec = spec
            let columns = spec.columns.compactMap { column in header[column.name].map { PlainColumn(column, position: $0) } }
            let keys = spec.key.compactMap { key in columns.firstIndex { $0.spec.name == key } }
            let repeating = columns.indices.filter { columns[$0].remembers }
            self.columns = columns
            self.keys = keys
            hasKeys = !keys.isEmpty && keys.count == spec.key.count
            keyPlace = columns.indices.map { keys.firstIndex(of: $0) }
            self.repeating = repeating
            repeatingPlace = columns.indices.map { repeating.firstIndex(of: $0) }
            let countColumns = columns.indices.filter { columns[$0].isCount }
            countPlace = columns.indices.map { countColumns.firstIndex(of: $0) }
            let keyed = keyPlace
            counts = countColumns.indices.filter { keyed[countColumns[$0]] == nil }.map { (countColumns[$0], columns[countColumns[$0]].position, $0) }
            others = columns.indices.filter { !columns[$0].isCount || keyed[$0] != nil }
        }
    }

    /// The scan of a run of a plain file's rows (all of them, or a half): its cells, its
    /// columns' memos and read forms, and the keys met.
    private struct PlainScan {
        let layout: PlainLayout
        var columns: [PlainColumn]
        /// The cells found good so far.
        private(set) var builder: PlainTable.Builder
        private var seenKeys = SeenKeys()
        /// The current row's key, as its cells' ids.
        private var ids: [Int]
        /// The bytes the table will hold the rows of, to make room for them at the first row.
        private let tableBytes: Int
        /// The line after the rows scanned, counted as their records' lines are
        /// (``CSVBytes/records(from:before:)`` counts a later part's from 1).
        private var nextLine = 1

        private init(_ layout: PlainLayout, tableBytes: Int) {
            self.layout = layout
            self.tableBytes = tableBytes
            columns = layout.columns
            builder = PlainTable.Builder(
                spec: layout.spec, countColumns: layout.columns.filter(\.isCount).map(\.spec.name),
                repeating: layout.repeating.map { layout.columns[$0].spec.name })
            ids = [Int](repeating: 0, count: layout.keys.count)
        }

        /// The scan of the rows of `records` of `csv`, its table making room for the rows of
        /// `tableBytes` bytes; nil when a row has a problem or repeats a key.
        static func scan(_ csv: CSVBytes, _ records: CSVBytes.Records, _ layout: PlainLayout, tableBytes: Int) -> PlainScan? {
            var scan = PlainScan(layout, tableBytes: tableBytes)
            // One row's counts, made here and handed to the table whole.
            let next = withUnsafeTemporaryAllocation(of: Int.self, capacity: max(scan.builder.countWidth, 1)) { counts in
                csv.forEachRow(in: records) { scan.add($0, counts: counts) }
            }
            guard let next else { return nil }
            scan.nextLine = next
            return scan
        }

        /// The table of the rows scanned.
        var table: PlainTable {
            builder.table(forms: layout.repeating.map { columns[$0].formTexts }, written: Set(columns.filter { !$0.isCount && $0.isWritten }.map(\.spec.name)))
        }

        /// Adds `row`, its counts gathered in `counts` (room for a row's); false when it has a
        /// problem or repeats a key.
        private mutating func add(_ row: borrowing CSVBytesRow, counts: UnsafeMutableBufferPointer<Int>) -> Bool {
            // Room for the rows, about as many as the bytes hold of the first one's length.
            if builder.rowCount == 0 { builder.reserve(rows: tableBytes / max(row.byteCount, 1) * 5 / 4 + 16) }
            for (index, position, place) in layout.counts {
                if let plain = row.fields.plainDigits(position), plain <= CountLimit.maximum {
                    counts[place] = plain
                    continue
                }
                // An empty cell the column allows counts 0, as its text would read (no text made).
                if row.fields.field(position).isEmpty, columns[index].spec.allowsBlank {
                    counts[place] = 0
                    continue
                }
                guard columns[index].check(row.fields.field(position), interning: false) != nil,
                      let value = Self.count(row, at: position) else { return false }
                counts[place] = value
            }
            var keyIsValid = layout.hasKeys
            for index in layout.others {
                let place = layout.keyPlace[index]
                guard let id = columns[index].check(row.fields.field(columns[index].position), interning: place != nil) else { return false }
                if let countPlace = layout.countPlace[index] {
                    guard let value = Self.count(row, at: columns[index].position) else { return false }
                    counts[countPlace] = value
                } else if let kept = layout.repeatingPlace[index] {
                    builder.add(id: id, at: kept)
                }
                if id >= 0, !columns[index].isWritten { columns[index].isWritten = true }
                if keyIsValid, let place {
                    if id < 0 { keyIsValid = false } else { ids[place] = id }
                }
            }
            guard !keyIsValid || seenKeys.insert(ids) else { return false }
            // The row's counts only: the room is at least one place, even for a table of none
            // (`offices.csv`), whose one unset place had been appended to every row.
            builder.add(counts: UnsafeBufferPointer(rebasing: counts[..<builder.countWidth]))
            builder.endRow(line: row.line)
            return true
        }

        /// The value of a count cell the check found good, read from its text: spaces around
        /// it, an allowed blank (0), or plain digits. Nil when it is past ``CountLimit``.
        private static func count(_ row: borrowing CSVBytesRow, at position: Int) -> Int? {
            let text = row.text(at: position)
            return text.isEmpty ? 0 : try? CountLimit.parse(text)
        }

        /// Appends the rows of `later`, the scan of the rows right after these, its lines counted
        /// from 1 (``CSVBytes/records(from:before:)``): its read forms numbered on from these columns' (a
        /// form met here keeps its number), as one scan of both runs numbers them, and its lines
        /// moved on past these. False when a key of `later`'s is one of these rows' keys.
        mutating func append(_ later: PlainScan) -> Bool {
            let numbers = columns.indices.map { columns[$0].adopt(later.columns[$0]) }
            for index in columns.indices where later.columns[index].isWritten { columns[index].isWritten = true }
            guard seenKeys.insert(contentsOf: later.seenKeys, numbers: layout.keys.map { numbers[$0] }) else { return false }
            builder.append(later.builder, numbers: layout.repeating.map { numbers[$0] }, lines: nextLine - 1)
            nextLine += later.nextLine - 1
            return true
        }
    }

    /// A column of a plain file being checked: what its cells' bytes were found to be.
    private struct PlainColumn {
        let spec: ColumnSpec
        let position: Int
        /// Whether the column holds counts (``ColumnKind/count`` or ``ColumnKind/headcount``).
        let isCount: Bool
        /// Whether cells repeat on many rows (names, months, choices): results kept by bytes.
        let remembers: Bool
        /// Whether the column holds unit names (``ColumnKind/unit``).
        let isUnit: Bool
        /// Whether a cell was not blank (kept for columns other than counts).
        var isWritten = false
        /// The read form of each id given, in order of the ids.
        private(set) var formTexts: [String] = []
        /// The cells' bytes found good, with their ids (``check(_:interning:)``), most recent
        /// last: a unit's rows follow each other, months cycle through a few.
        private var recent: [(bytes: [UInt8], id: Int)] = []
        /// Every good cell's bytes, with its id, once ``repeats``.
        private var known: [ByteText: Int] = [:]
        /// The cells in a row not found among the ``recent``.
        private var misses = 0
        /// The misses in a row after which the ``recent`` are no longer looked among nor kept,
        /// until cells repeat: a roster's names each come once (`offices.csv`), and keeping each
        /// of 100,000 names to compare the next 16 with it found none.
        private static let missesBeforeRecentStops = 64
        /// Whether a read form came back after others (a file by month, then office): only then
        /// are cells kept in ``known``. A file whose names each come in one run (by office, then
        /// month) would only fill it.
        private var repeats = false
        /// The number of each read form (``ColumnKind/keyForm(_:)``) met.
        private var forms = FormNumbers()

        init(_ spec: ColumnSpec, position: Int) {
            self.spec = spec
            self.position = position
            isCount = spec.kind.isCount
            remembers = spec.kind.repeatsDownAColumn
            isUnit = spec.kind == .unit
        }

        /// The id of a cell whose untrimmed bytes are `cell` — equal ids for equal read forms,
        /// -1 for a blank the column allows, 0 where `interning` is false — or nil when the cell
        /// is not what the column holds.
        mutating func check(_ cell: UnsafeBufferPointer<UInt8>, interning: Bool) -> Int? {
            // The recent cells are looked among while they are found there, or cells repeat.
            let looksRecent = remembers && (repeats || misses < Self.missesBeforeRecentStops)
            if looksRecent {
                for entry in recent.indices.reversed() where Self.same(recent[entry].bytes, cell) {
                    misses = 0
                    return recent[entry].id
                }
                misses += 1
                if repeats, let id = known[ByteText(cell)] {
                    remember(cell, id: id)
                    return id
                }
            }
            let id: Int
            if isUnit, UnitName.isOwnKey(cell) {
                // A name that is its own read form and key (most are): numbered by its bytes,
                // a String made only for a form not met yet.
                id = intern(cell) { String(decoding: cell, as: UTF8.self) }
            } else {
                guard let read = read(cell, interning: interning) else { return nil }
                id = read
            }
            if remembers {
                if repeats { known[ByteText(cell)] = id }
                if looksRecent { remember(cell, id: id) }
            }
            return id
        }

        /// ``check(_:interning:)`` of a cell not known before, read from its text.
        private mutating func read(_ cell: UnsafeBufferPointer<UInt8>, interning: Bool) -> Int? {
            let text = CellTrimming.trim(String(decoding: cell, as: UTF8.self))
            if !(text.isEmpty && spec.allowsBlank) {
                guard spec.kind.problem(text) == nil else { return nil }
            }
            // A blank cell names no key (the row is then not compared).
            guard !text.isEmpty else { return -1 }
            guard interning || remembers else { return 0 }
            let keyForm = spec.kind.keyForm(text)
            return CanonicalText(keyForm).bytes.withUnsafeBufferPointer { intern($0) { keyForm } }
        }

        /// The number of the read form whose key is `form` (written `text()`): a form not met
        /// yet is numbered next, one met again marks the column as ``repeats``.
        private mutating func intern(_ form: UnsafeBufferPointer<UInt8>, text: () -> String) -> Int {
            let (id, known) = forms.number(ofBytes: form)
            if known { repeats = true } else { formTexts.append(text()) }
            return id
        }

        /// Takes in the read forms of `later`, the same column scanned further down the file, once
        /// every cell is checked: for each of `later`'s numbers in turn, the number of its form
        /// here, a form not met here numbered next (as one scan of both runs numbers it), so that
        /// a part after `later` finds it.
        mutating func adopt(_ later: PlainColumn) -> [Int] {
            // Room made as appending makes it (doubling), not just enough: parts join one by one.
            later.formTexts.indices.map { number in
                let (found, known) = forms.number(of: number, in: later.forms)
                if !known { formTexts.append(later.formTexts[number]) }
                return found
            }
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

        /// Adds every key of `other`, the number at each place of the key renumbered by that
        /// place's `numbers`; false when one was met before.
        mutating func insert(contentsOf other: SeenKeys, numbers: [[Int]]) -> Bool {
            var ids = [Int](repeating: 0, count: numbers.count)
            for (id, met) in other.single.enumerated() where met {
                ids[0] = numbers[0][id]
                guard insert(ids) else { return false }
            }
            for (first, seconds) in other.pairs.enumerated() where seconds != 0 {
                ids[0] = numbers[0][first]
                // Each bit set, lowest first.
                var rest = seconds
                while rest != 0 {
                    ids[1] = numbers[1][rest.trailingZeroBitCount]
                    rest &= rest - 1
                    guard insert(ids) else { return false }
                }
            }
            for key in other.others {
                for place in key.indices { ids[place] = numbers[place][key[place]] }
                guard insert(ids) else { return false }
            }
            return true
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


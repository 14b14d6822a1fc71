import Foundation

/// Checks input files against their ``TableSpec`` before a program runs, and finds every
/// problem at once rather than the first: an unreadable file, a duplicate header, a missing
/// required column, each cell that is not what its column's ``ColumnKind`` holds, and each row
/// whose key (``TableSpec/key``) repeats an earlier row's. What only a program can judge (a
/// part larger than its whole, a unit not in the roster) is left to its evaluation.
public enum InputValidation {
    /// The problems of `files`, nil when there are none: sorted by file, then line, then the
    /// column's position in the file; a file read by several programs with the same layout is
    /// checked once. Of a file with very many problems only those of its first rows are kept
    /// (at least `kept` of them, whole rows), the rest counted: a wrong file of a million rows
    /// costs no more memory than its first rows.
    public static func check(_ files: [InputFile], kept: Int = 1000) -> DataProblems? {
        // The program reads the same files next: a large file's records are handed over to it;
        // what an earlier check handed over and nothing took is not.
        ParsedFiles.shared.forgetHandedOverPlain()
        return ParsedFiles.$handsOver.withValue(true) { checkAll(files, kept: kept) }
    }

    private static func checkAll(_ files: [InputFile], kept: Int) -> DataProblems? {
        var checked: [(spec: TableSpec, path: String, label: String)] = []
        var found: [Located] = []
        var unkept = 0
        for file in files {
            let path = file.data.directory.appendingPathComponent(file.fileName).standardizedFileURL.path
            if checked.contains(where: { $0.spec == file.spec && $0.path == path && $0.label == file.data.label }) { continue }
            checked.append((file.spec, path, file.data.label))
            let (problems, more) = problems(of: file, kept: kept)
            found += problems
            unkept += more
        }
        var seen = Set<String>()
        let unique = found.filter { seen.insert($0.error.description).inserted }
        guard !unique.isEmpty else { return nil }
        let sorted = unique.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.error.file != y.error.file { return x.error.file < y.error.file }
            if x.line != y.line { return x.line < y.line }
            if x.position != y.position { return x.position < y.position }
            return a.offset < b.offset
        }.map(\.element.error)
        return DataProblems(sorted, count: sorted.count + unkept)
    }

    /// A problem with where it sits: its line (0 for the whole file) and its column's position
    /// in the file's header (`Int.max` for a column the header lacks).
    private struct Located {
        let error: DataError
        let line: Int
        let position: Int

        init(_ error: DataError, position: Int) {
            self.error = error
            self.line = error.line ?? 0
            self.position = position
        }
    }

    /// The problems of one file: those of its first rows (whole rows, at least `kept` problems)
    /// and how many more there are.
    private static func problems(of file: InputFile, kept: Int) -> (problems: [Located], more: Int) {
        // A large file is usually plain and clean: told from its bytes, without records.
        if isPlainAndClean(file) { return ([], 0) }
        let spec = file.spec
        let source: (records: [CSVRecord], file: String, sheet: String?)
        do {
            source = try file.data.records(file.fileName)
        } catch {
            return ([Located(error, position: -1)], 0)
        }
        let (table, header) = Table.checked(records: source.records, spec: spec, file: source.file, sheet: source.sheet)
        var found = header.map { Located($0.error, position: $0.position) }
        guard let table else { return (found, 0) }
        var more = 0
        // The columns the file has, each looked up once; a key column the file lacks (already
        // reported at the header) leaves the rows without keys.
        var columns = spec.columns.compactMap { column in
            table.rows.first?.columns.position(column.name).map { CheckedColumn(column, position: $0) }
        }
        let keys = spec.key.compactMap { key in columns.firstIndex { $0.spec.name == key } }
        let hasKeys = !keys.isEmpty && keys.count == spec.key.count
        // Rows are compared by their key cells' read forms, each interned as a number: a row's key
        // is then a few integers to hash, not a joined text.
        var keyIDs: [CanonicalText: Int] = [:]
        var firstLine: [[Int]: Int] = [:]
        var firstLineOfPacked: [Int: Int] = [:]
        var values = [String](repeating: "", count: keys.count)
        var ids = [Int](repeating: 0, count: keys.count)
        // Each column's place in the key, if any.
        let keyPlace = columns.indices.map { keys.firstIndex(of: $0) }
        for row in table.rows {
            // Past the kept rows, problems are only counted.
            let keeping = found.count < kept
            func report(_ error: @autoclosure () -> DataError, at position: Int) {
                if keeping { found.append(Located(error(), position: position)) } else { more += 1 }
            }
            var keyIsValid = hasKeys
            for place in values.indices {
                values[place] = ""
                ids[place] = 0
            }
            for index in columns.indices {
                // A count of plain digits within the limit, the common cell, is good: told from
                // its bytes, without making a String (unless the key needs it).
                if columns[index].isCount, keyPlace[index] == nil,
                   let plain = row.plainDigits(at: columns[index].position), plain <= CountLimit.maximum {
                    continue
                }
                let text = row.cell(at: columns[index].position)
                let (problem, key) = columns[index].check(text)
                if let problem {
                    report(row.error(columns[index].spec.name, expected: problem.description), at: columns[index].position)
                }
                if keyIsValid, let place = keyPlace[index] {
                    if problem != nil || text.isEmpty {
                        keyIsValid = false
                    } else {
                        values[place] = key
                        ids[place] = columns[index].id(of: text, key: key, interning: &keyIDs)
                    }
                }
            }
            // The key's last column by index: a CheckedColumn is not copied per row.
            guard keyIsValid, let lastKey = keys.last else { continue }
            // A key of one or two ids (each below the number of rows) packed in one Int: no
            // array to allocate and hash per row.
            let packed = ids.count <= 2 ? ids.reduce(0) { $0 << 32 | $1 } : nil
            let earlier = if let packed { firstLineOfPacked[packed] } else { firstLine[ids] }
            if let first = earlier {
                let expected = Table.duplicateExpectation(
                    firstLine: first, key: values.joined(separator: " "), columns: keys.map { columns[$0].spec.name },
                    rule: spec.keyRule)
                let (name, position) = (columns[lastKey].spec.name, columns[lastKey].position)
                let value = keys.count == 1 ? values[0] : row.text(name)
                report(row.error(name, value: value, expected: expected), at: position)
            } else {
                if let packed { firstLineOfPacked[packed] = row.line } else { firstLine[ids] = row.line }
            }
        }
        return (found, more)
    }

    /// A column of a file being checked: its spec, its position in the file, and what its
    /// repeated values (months, units, choices) were found to be.
    private struct CheckedColumn {
        let spec: ColumnSpec
        let position: Int
        private let remembers: Bool
        /// By the cell's exact bytes: a String key would hash its Unicode-normalised form, which
        /// for Chinese names costs more than the check it saves.
        private var seen: [ExactText: (problem: CellExpectation?, key: String)] = [:]
        /// The interned key form of each text seen (where the column remembers).
        private var ids: [ExactText: Int] = [:]

        /// Whether the column holds counts (``ColumnKind/count`` or ``ColumnKind/headcount``).
        let isCount: Bool

        init(_ spec: ColumnSpec, position: Int) {
            self.spec = spec
            self.position = position
            isCount = spec.kind.isCount
            remembers = spec.kind.repeatsDownAColumn
        }

        /// The cells this column checked most recently (up to ``recentCount``), with their
        /// results and ids: a unit's rows usually follow each other, and a month column cycles
        /// through a few months, so most cells are found here without hashing them.
        private var recentTexts: [String] = []
        private var recentResults: [(problem: CellExpectation?, key: String)] = []
        private var recentIDs: [Int?] = []
        /// The entry of ``recentTexts`` found last; the next one is tried second.
        private var lastFound = 0
        /// The entry of ``recentTexts`` replaced next, once it is full.
        private var replacedNext = 0
        private static let recentCount = 16

        /// The entry of ``recentTexts`` holding exactly `text`, if any.
        private mutating func recentEntry(_ text: String) -> Int? {
            let count = recentTexts.count
            guard count > 0 else { return nil }
            let second = lastFound + 1 < count ? lastFound + 1 : 0
            if ExactText.sameBytes(recentTexts[lastFound], text) { return lastFound }
            if ExactText.sameBytes(recentTexts[second], text) {
                lastFound = second
                return second
            }
            for index in 0..<count where index != lastFound && index != second && ExactText.sameBytes(recentTexts[index], text) {
                lastFound = index
                return index
            }
            return nil
        }

        /// Keeps `text` among ``recentTexts``.
        private mutating func remember(_ text: String, _ result: (problem: CellExpectation?, key: String), id: Int?) {
            if recentTexts.count < Self.recentCount {
                recentTexts.append(text)
                recentResults.append(result)
                recentIDs.append(id)
                lastFound = recentTexts.count - 1
            } else {
                recentTexts[replacedNext] = text
                recentResults[replacedNext] = result
                recentIDs[replacedNext] = id
                lastFound = replacedNext
                replacedNext = (replacedNext + 1) % Self.recentCount
            }
        }

        /// The problem with a cell (nil when it is good or an allowed blank) and its key form.
        mutating func check(_ text: String) -> (problem: CellExpectation?, key: String) {
            if remembers, let entry = recentEntry(text) { return recentResults[entry] }
            if remembers, let known = seen[ExactText(text)] {
                remember(text, known, id: ids[ExactText(text)])
                return known
            }
            let problem = text.isEmpty && spec.allowsBlank ? nil : spec.kind.problem(text)
            let result = (problem, problem == nil ? spec.kind.keyForm(text) : text)
            if remembers {
                seen[ExactText(text)] = result
                remember(text, result, id: nil)
            }
            return result
        }

        /// The number standing for `key` (the read form of the good cell `text`) in `interning`:
        /// equal numbers for equal read forms (``CanonicalText``), a new one for a form not met yet.
        mutating func id(of text: String, key: String, interning: inout [CanonicalText: Int]) -> Int {
            let entry = remembers ? recentEntry(text) : nil
            if let entry, let id = recentIDs[entry] { return id }
            let id = lookUp(text, key: key, interning: &interning)
            if let entry { recentIDs[entry] = id }
            return id
        }

        private mutating func lookUp(_ text: String, key: String, interning: inout [CanonicalText: Int]) -> Int {
            if remembers, let known = ids[ExactText(text)] { return known }
            let canonical = CanonicalText(key)
            let id: Int
            if let known = interning[canonical] {
                id = known
            } else {
                id = interning.count
                interning[canonical] = id
            }
            if remembers { ids[ExactText(text)] = id }
            return id
        }
    }
}

/// A String compared and hashed by its UTF-8 bytes (canonically equal texts written with other
/// code points are different keys): for memos, where a miss only repeats work.
private struct ExactText: Hashable {
    let text: String
    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ExactText, b: ExactText) -> Bool {
        sameBytes(a.text, b.text)
    }

    /// Whether `a` and `b` are the same UTF-8 bytes (compared with memcmp, not per byte).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
        return (same ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }
}

import Foundation

/// ``AwardGap``'s search for many units at once, giving exactly the steps a search of each
/// (policy, column, direction) on its own would give, with far fewer runs of the program:
///
/// - one run of changed data answers every award policy (the searches share their runs);
/// - the searches advance in rounds, all of a round's runs spread over every core (the answers
///   do not depend on the order runs finish in);
/// - a search stops as soon as it cannot reach a policy's three smallest steps: its answer lies
///   above the smallest change it has tried without effect, so once three searches of the
///   policy have answers no greater than that change, its own would come after them;
/// - a change that leaves the data as it is (removing from a count of 0) is the baseline, not run;
/// - where the program has what-if runs (``Program/trials(_:)``) for the file, the change is
///   made to the data it read once; otherwise the changed file is the baseline's text with only
///   the unit's lines written anew, and the program runs on it.
struct AwardGapSearch {
    /// A unit's input table as read: its records (header first), the line where each starts,
    /// and each one's CSV text (none for a file the trials answer: it is never written anew).
    struct Table {
        let spec: TableSpec
        let records: [[String]]
        let recordLines: [Int]
        let header: [String]
        let lines: [String]
        let keyColumn: Int?
    }

    /// One count column of one unit's rows.
    struct Candidate {
        let table: Int
        let column: Int
        let total: Int
        let rows: [Int]
    }

    /// One change tried: the unit, its candidate, the direction, the amount.
    struct Probe: Hashable {
        let unit: Int
        let candidate: Int
        let adding: Bool
        let amount: Int
    }

    /// The doubling-then-halving search of one policy, column and direction.
    struct Search {
        enum State { case doubling, halving, found(Int), none, dropped }
        let unit: Int
        let policy: Int
        let candidate: Int
        let adding: Bool
        let limit: Int
        var low = 0, high = 1
        var state = State.doubling

        var isActive: Bool {
            switch state {
            case .doubling, .halving: true
            default: false
            }
        }

        /// The amount this search needs a run of next.
        var amount: Int {
            if case .halving = state { return low + (high - low) / 2 }
            return high
        }

        /// Advances on whether the unit's standing changes at ``amount``.
        mutating func advance(flips: Bool) {
            switch state {
            case .doubling:
                if flips {
                    state = .halving
                } else if high < limit {
                    low = high
                    high = min(high * 2, limit)
                } else {
                    state = .none
                }
            case .halving:
                let middle = amount
                if flips { high = middle } else { low = middle }
            default: return
            }
            if case .halving = state, high - low <= 1 { state = .found(high) }
        }
    }

    let program: any Program
    let context: EvaluationContext
    let baseline: ProgramResult
    let tables: [Table]
    /// The program's what-if runs, if it has them.
    let trials: ProgramTrials?
    /// The award policies, in the order findings are given.
    let policies: [String]

    /// The search of `program`'s gaps from `baseline`, its result on `context`; `usingTrials`
    /// false runs every change on a changed copy of its file, even where the program has
    /// what-if runs (tests compare the two).
    init(_ program: any Program, context: EvaluationContext, baseline: ProgramResult, usingTrials: Bool = true) {
        self.program = program
        self.context = context
        self.baseline = baseline
        // The baseline read the data, so reading it again for the trials does not fail; if it
        // did, every change would run on a changed copy of its file.
        let trials = usingTrials ? (try? program.trials(context)) : nil
        self.trials = trials
        var tables: [Table] = []
        for spec in program.inputs {
            // CSV or a workbook's sheet alike; an input the program ran without is skipped.
            guard let read = try? context.data.records(spec.fileName).records else { continue }
            let records = read.map(\.fields)
            guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"])) }) else { continue }
            let written = trials?.files.contains(spec.fileName) != true
            tables.append(Table(
                spec: spec, records: records, recordLines: read.map(\.line), header: header,
                lines: written ? records.map { CSV.text([$0]) } : [], keyColumn: spec.key.first.flatMap { header.firstIndex(of: $0) }))
        }
        self.tables = tables
        policies = baseline.outcomePolicies.filter { baseline.policyKinds[$0] == .award }
            + baseline.policyKinds.filter { $0.value == .award && !baseline.outcomePolicies.contains($0.key) }.keys.sorted()
    }

    /// The position of `table`'s month column, if its layout has one.
    private func monthColumn(of table: Table) -> Int? {
        guard let spec = table.spec.columns.first(where: { if case .month = $0.kind { true } else { false } }) else { return nil }
        return table.header.firstIndex(of: spec.name)
    }

    /// Every count column (``ColumnKind/isCount``) of `unit`'s rows that holds a count in each
    /// of them, table by table; under `--period`, only the rows of months inside it (a row
    /// outside changes nothing). A column of another kind whose cells are whole numbers (a
    /// 組別, last year's average the groups are drawn by) is not a count the unit could add to.
    func candidates(of unit: String) -> [Candidate] {
        var candidates: [Candidate] = []
        for (position, table) in tables.enumerated() {
            let month = monthColumn(of: table)
            let rows = table.records.indices.dropFirst().filter { index in
                let record = table.records[index]
                guard let key = table.keyColumn, key < record.count, UnitName.normalize(record[key]) == unit else { return false }
                guard let month, let period = context.period else { return true }
                return month < record.count && YearMonth(CellTrimming.trim(record[month])).map(period.contains) == true
            }
            guard !rows.isEmpty else { continue }
            let countColumns = Set(table.spec.columns.filter(\.kind.isCount).map(\.name))
            for (column, name) in table.header.enumerated() where countColumns.contains(name) && !table.spec.key.contains(name) {
                let counts = rows.map { row -> Int? in
                    column < table.records[row].count ? try? CellParser.count(CellTrimming.trim(table.records[row][column])) : nil
                }
                guard counts.allSatisfy({ $0 != nil }) else { continue }
                candidates.append(Candidate(table: position, column: column, total: counts.reduce(0) { $0 + $1! }, rows: rows))
            }
        }
        return candidates
    }

    /// The gaps of `units` (each in the baseline), in that order.
    func run(units: [String]) -> [AwardGap] {
        let candidates = units.map(candidates(of:))
        let holds = units.map { unit in policies.map { policy in baseline.outcomes.contains { $0.policy == policy && $0.unit == unit } } }
        // Jobs in the order a lone search of each would list them: candidate, then adding before removing.
        var searches: [Search] = []
        for unit in units.indices {
            for policy in policies.indices {
                for (index, candidate) in candidates[unit].enumerated() {
                    for adding in [true, false] {
                        searches.append(Search(
                            unit: unit, policy: policy, candidate: index, adding: adding,
                            limit: adding ? max(1_000, candidate.total * 10) : candidate.total))
                    }
                }
            }
        }

        // The policies each unit holds after each change tried (nil: the changed data is an error).
        var known: [Probe: [Bool]?] = [:]
        while true {
            drop(&searches)
            var wanted: [Probe] = []
            var seen: Set<Probe> = []
            for search in searches where search.isActive {
                let probe = Probe(unit: search.unit, candidate: search.candidate, adding: search.adding, amount: search.amount)
                guard known[probe] == nil, !seen.contains(probe) else { continue }
                let candidate = candidates[probe.unit][probe.candidate]
                if !probe.adding && candidate.total == 0 {
                    known[probe] = holds[probe.unit]  // removing from nothing changes nothing
                    continue
                }
                seen.insert(probe)
                wanted.append(probe)
            }
            if wanted.isEmpty && !searches.contains(where: \.isActive) { break }
            let outcomes = Outcomes(count: wanted.count)
            let names = units, round = wanted
            DispatchQueue.concurrentPerform(iterations: round.count) { index in
                let probe = round[index]
                outcomes.store(index, holding(names[probe.unit], after: probe, of: candidates[probe.unit][probe.candidate]))
            }
            for (probe, holding) in zip(wanted, outcomes.all) { known[probe] = holding }
            for index in searches.indices where searches[index].isActive {
                let search = searches[index]
                let probe = Probe(unit: search.unit, candidate: search.candidate, adding: search.adding, amount: search.amount)
                let after = known[probe]!
                searches[index].advance(flips: after.map { $0[search.policy] != holds[search.unit][search.policy] } ?? false)
            }
        }

        var gaps: [AwardGap] = []
        let countNoun = AwardGap.countNoun(of: tables.map(\.spec))
        var position = 0
        for (unit, name) in units.enumerated() {
            var findings: [AwardGap.Finding] = []
            for policy in policies.indices {
                var found: [(order: Int, step: AwardGap.Step)] = []
                for _ in 0..<(candidates[unit].count * 2) {
                    let search = searches[position]
                    if case .found(let amount) = search.state {
                        let candidate = candidates[unit][search.candidate]
                        let table = tables[candidate.table]
                        let column = table.header[candidate.column]
                        found.append((position, AwardGap.Step(
                            file: table.spec.fileName, column: column, delta: search.adding ? amount : -amount, total: candidate.total,
                            countWord: table.spec.columns.first { $0.name == column }?.kind.countWord ?? "件")))
                    }
                    position += 1
                }
                found.sort { a, b in
                    (abs(a.step.delta), a.step.column, a.order) < (abs(b.step.delta), b.step.column, b.order)
                }
                findings.append(AwardGap.Finding(policy: policies[policy], holds: holds[unit][policy], steps: found.prefix(3).map(\.step)))
            }
            gaps.append(AwardGap(unit: name, result: baseline, findings: findings, countNoun: countNoun))
        }
        return gaps
    }

    /// Stops every search that can no longer give one of its policy's three smallest steps: its
    /// answer exceeds its `low`, and three answers of that unit and policy are no greater.
    private func drop(_ searches: inout [Search]) {
        var answers: [[Int]: [Int]] = [:]
        for search in searches {
            if case .found(let amount) = search.state { answers[[search.unit, search.policy], default: []].append(amount) }
        }
        let third = answers.compactMapValues { $0.count >= 3 ? $0.sorted()[2] : nil }
        for index in searches.indices where searches[index].isActive {
            if let third = third[[searches[index].unit, searches[index].policy]], searches[index].low >= third {
                searches[index].state = .dropped
            }
        }
    }

    /// The new count of each of the candidate's rows that `probe` changes (by record index):
    /// adding puts the whole amount on the unit's first row; removing takes from its rows in
    /// order, each down to 0.
    private func changedCells(_ probe: Probe, of candidate: Candidate) -> [(row: Int, value: Int)] {
        let table = tables[candidate.table]
        var cells: [(row: Int, value: Int)] = []
        var rest = probe.amount
        for row in probe.adding ? [candidate.rows[0]] : candidate.rows where rest > 0 {
            let now = (try? CellParser.count(CellTrimming.trim(table.records[row][candidate.column]))) ?? 0
            let taken = probe.adding ? -rest : min(now, rest)
            cells.append((row, now - taken))
            rest = probe.adding ? 0 : rest - taken
        }
        return cells
    }

    /// The policies `unit` holds when the program runs on the data changed by `probe`; nil when
    /// the changed data is an error.
    private func holding(_ unit: String, after probe: Probe, of candidate: Candidate) -> [Bool]? {
        let table = tables[candidate.table]
        let cells = changedCells(probe, of: candidate)
        let outcomes: [Outcome]?
        if let trials, trials.files.contains(table.spec.fileName) {
            outcomes = try? trials.outcomes(after: DataChange(
                unit: unit, file: table.spec.fileName, column: table.header[candidate.column],
                cells: cells.map { DataChange.Cell(line: table.recordLines[$0.row], value: $0.value) }))
        } else {
            var lines = table.lines
            for (row, value) in cells {
                var record = table.records[row]
                record[candidate.column] = String(value)
                lines[row] = CSV.text([record])
            }
            var changed = context
            changed.data.replacements[table.spec.fileName] = lines.joined()
            outcomes = try? Explanation.silently { try program.evaluate(changed) }.outcomes
        }
        guard let outcomes else { return nil }
        return policies.map { policy in outcomes.contains { $0.policy == policy && $0.unit == unit } }
    }

    /// The runs of one round, stored from every core.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [[Bool]?]

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func store(_ index: Int, _ holding: [Bool]?) { lock.withLock { outcomes[index] = holding } }

        var all: [[Bool]?] { lock.withLock { outcomes } }
    }
}

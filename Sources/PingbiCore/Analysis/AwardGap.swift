import Foundation

/// How far a unit stands from each award: for an award it does not have, the smallest change
/// to one of its own input counts (over the period) that would give it the award; for one it
/// has, the smallest change that would lose it — each found by running the program again on
/// the changed data, so group means, caps, ties and tie-breaks move exactly as the program
/// computes them.
///
/// The search tries changes of 1, 2, 4, … (up to ten times the unit's total, or all of it when
/// removing) and then halves the last step: it finds the smallest change wherever an award,
/// once won within a step, stays won to the end of that step.
public struct AwardGap: Sendable {
    /// One change to one of the unit's counts.
    public struct Step: Sendable, Equatable {
        /// The input file.
        public let file: String
        /// The column.
        public let column: String
        /// The change over the period: positive to add, negative to remove.
        public let delta: Int
        /// The unit's total of the column over its rows now.
        public let total: Int
        /// What the column counts in: 件, or 人 for a count of people.
        public let countWord: String

        /// A step.
        public init(file: String, column: String, delta: Int, total: Int, countWord: String = "件") {
            self.file = file
            self.column = column
            self.delta = delta
            self.total = total
            self.countWord = countWord
        }
    }

    /// What the analysis found for one award policy.
    public struct Finding: Sendable {
        /// The policy.
        public let policy: String
        /// Whether the unit has the award now.
        public let holds: Bool
        /// The smallest single-count changes that would change that, smallest first (at most
        /// three); empty when no single count can.
        public let steps: [Step]
    }

    /// The unit.
    public let unit: String
    /// The baseline result.
    public let result: ProgramResult
    /// One finding per award policy.
    public let findings: [Finding]

    /// Searches every count column of `unit`'s rows for every award policy of `program`.
    /// Throws the baseline's ``DataError``; a unit not in the result is a nil result.
    public static func analyse(_ program: any Program, context: EvaluationContext, unit name: String) throws -> AwardGap? {
        let result = try program.evaluate(context)
        guard let unit = result.unit(named: name)?.unit else { return nil }
        var tables: [(spec: TableSpec, records: [[String]], header: [String], rows: [Int])] = []
        for spec in program.inputs {
            // CSV or a workbook's sheet alike; an input the program ran without is skipped.
            guard let records = try? context.data.records(spec.fileName).records.map(\.fields) else { continue }
            guard let header = records.first?.map({ $0.trimmingCharacters(in: .whitespaces.union(["\u{FEFF}"])) }) else { continue }
            let keyColumn = spec.key.first.flatMap { header.firstIndex(of: $0) }
            let rows = records.indices.dropFirst().filter { index in
                keyColumn.map { $0 < records[index].count && UnitName.normalize(records[index][$0]) == unit } ?? false
            }
            if !rows.isEmpty { tables.append((spec, records, header, rows)) }
        }

        // Every column of the unit's rows that holds a count in each of them.
        var candidates: [(table: Int, column: Int, total: Int)] = []
        for (position, table) in tables.enumerated() {
            for (column, name) in table.header.enumerated() where !table.spec.key.contains(name) {
                let counts = table.rows.map { row -> Int? in
                    column < table.records[row].count ? try? CellParser.count(CellTrimming.trim(table.records[row][column])) : nil
                }
                guard counts.allSatisfy({ $0 != nil }) else { continue }
                candidates.append((position, column, counts.reduce(0) { $0 + $1! }))
            }
        }

        let searched = candidates, read = tables
        let awards = result.outcomePolicies.filter { result.policyKinds[$0] == .award }
            + result.policyKinds.filter { $0.value == .award && !result.outcomePolicies.contains($0.key) }.keys.sorted()
        var findings: [Finding] = []
        for policy in awards {
            let holds = result.outcomes.contains { $0.policy == policy && $0.unit == unit }
            let steps = Steps(count: candidates.count * 2)
            DispatchQueue.concurrentPerform(iterations: candidates.count * 2) { job in
                let candidate = searched[job / 2], adding = job % 2 == 0
                let table = read[candidate.table]
                /// Whether the unit's standing changes with `amount` added (or removed).
                @Sendable func flips(_ amount: Int) -> Bool {
                    var records = table.records
                    var rest = amount
                    if adding {
                        let row = table.rows[0]
                        let now = (try? CellParser.count(CellTrimming.trim(records[row][candidate.column]))) ?? 0
                        records[row][candidate.column] = String(now + amount)
                    } else {
                        for row in table.rows where rest > 0 {
                            let now = (try? CellParser.count(CellTrimming.trim(records[row][candidate.column]))) ?? 0
                            let taken = min(now, rest)
                            records[row][candidate.column] = String(now - taken)
                            rest -= taken
                        }
                    }
                    var changed = context
                    changed.data.replacements[table.spec.fileName] = CSV.text(records)
                    guard let run = try? program.evaluate(changed) else { return false }
                    return run.outcomes.contains { $0.policy == policy && $0.unit == unit } != holds
                }
                // Doubling steps find the first flip even where a larger change flips back (an
                // office that wins 菁英獎 leaves the 行動服務 pool's winners); halving then finds
                // the smallest change within that step.
                let limit = adding ? max(1_000, candidate.total * 10) : candidate.total
                var low = 0, high = 1
                while high < limit, !flips(high) {
                    low = high
                    high = min(high * 2, limit)
                }
                guard high > low, high < limit || flips(high) else { return }
                while high - low > 1 {
                    let middle = low + (high - low) / 2
                    if flips(middle) { high = middle } else { low = middle }
                }
                steps.store(
                    job, Step(
                        file: table.spec.fileName, column: table.header[candidate.column], delta: adding ? high : -high,
                        total: candidate.total,
                        countWord: table.spec.columns.first { $0.name == table.header[candidate.column] }?.kind.countWord ?? "件"))
            }
            let found = steps.all.compactMap { $0 }
                .sorted { abs($0.delta) != abs($1.delta) ? abs($0.delta) < abs($1.delta) : $0.column < $1.column }
            findings.append(Finding(policy: policy, holds: holds, steps: Array(found.prefix(3))))
        }
        return AwardGap(unit: unit, result: result, findings: findings)
    }

    /// The steps found by parallel searches.
    final class Steps: @unchecked Sendable {
        private let lock = NSLock()
        private var steps: [Step?]

        init(count: Int) { steps = Array(repeating: nil, count: count) }

        func store(_ index: Int, _ step: Step) { lock.withLock { steps[index] = step } }

        var all: [Step?] { lock.withLock { steps } }
    }
}

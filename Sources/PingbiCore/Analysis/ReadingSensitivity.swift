import Foundation

/// How a program's outcomes and ranks depend on its readings: the program evaluated on the
/// same data under every combination of the values of every reading the user did not fix.
///
/// An outcome that stands under every combination is robust; one that does not is what the
/// 承辦人 must settle before publishing, and this says which single reading changes move it
/// and to whom the award goes instead.
public struct ReadingSensitivity: Sendable {
    /// An outcome as compared across combinations: policy, unit and label (`特優` vs `優`).
    public struct OutcomeKey: Hashable, Sendable, Comparable {
        /// The policy id.
        public let policy: String
        /// The unit.
        public let unit: String
        /// The label, where the policy has levels.
        public let label: String?
        /// What the label says.
        public let labelKind: Outcome.LabelKind

        /// The key of `outcome`.
        public init(_ outcome: Outcome) {
            policy = outcome.policy
            unit = outcome.unit
            label = outcome.label
            labelKind = outcome.labelKind
        }

        public static func < (a: OutcomeKey, b: OutcomeKey) -> Bool {
            (a.policy, a.unit, a.label ?? "") < (b.policy, b.unit, b.label ?? "")
        }
    }

    /// One reading set to one value other than the baseline's.
    public struct Change: Hashable, Sendable {
        /// The reading.
        public let reading: AnyReading
        /// The value it is set to.
        public let value: String
    }

    /// How one outcome fares across the combinations.
    public struct Stability: Sendable {
        /// The outcome as the baseline decided it (or, for an outcome absent from the baseline,
        /// as the first combination that decided it).
        public let outcome: Outcome
        /// The unit's group, if it has one.
        public let group: String?
        /// In how many combinations the outcome stands.
        public let stands: Int
        /// The single reading changes from the baseline under which the outcome does not
        /// stand (for an outcome of the baseline), or does (for one that is not).
        public let changes: [Change]
        /// Under those single changes, the units that get the same policy instead (or lose it).
        public let instead: [String]
    }

    /// The range of one unit's rank across the combinations.
    public struct RankRange: Sendable {
        /// The unit.
        public let unit: String
        /// Its group, if any.
        public let group: String?
        /// Its rank under the baseline.
        public let baseline: Int?
        /// The best (lowest) rank under any combination.
        public let best: Int
        /// The worst (highest) rank under any combination.
        public let worst: Int
    }

    /// The program's id.
    public let program: String
    /// The program's title.
    public let title: String
    /// The readings varied, in the program's order.
    public let varied: [AnyReading]
    /// The readings held at the user's value.
    public let fixed: [ReadingInForce]
    /// The baseline: the readings in force without any change (defaults or the user's values).
    public let baseline: [ReadingInForce]
    /// The number of combinations evaluated.
    public let combinations: Int
    /// Combinations the data does not allow (a reading under which the input is an error),
    /// with the first such error.
    public let failed: (count: Int, example: String?)
    /// The baseline's outcomes, robust ones and those that move, in the baseline's order.
    public let outcomes: [Stability]
    /// Outcomes the baseline does not have but some combination does.
    public let newcomers: [Stability]
    /// Every unit whose rank is not the same under every combination, in display order.
    public let movingRanks: [RankRange]
    /// Group titles by key, from the baseline result.
    public let groupTitles: [String: String]
    /// Policy titles by id, from the baseline result.
    public let policyTitles: [String: String]

    /// The outcomes of the baseline that do not stand under every combination.
    public var dependent: [Stability] { outcomes.filter { $0.stands < combinations - failed.count } }

    /// Evaluates `program` on `context`'s data under every combination of the values of its
    /// readings, except those named in `fixed` (held at the context's value). Combinations run
    /// in parallel. Throws the baseline's ``DataError`` when the data is bad under the baseline.
    public static func analyse(_ program: any Program, context: EvaluationContext, fixed: Set<String>) throws -> ReadingSensitivity {
        let readings = program.readings
        let varied = readings.filter { !fixed.contains($0.name) && $0.values.count > 1 }
        let baselineResult = try program.evaluate(context)
        let baselineValues = varied.map { context.readings.value(of: $0) }

        // Mixed-radix enumeration: digit i is the index of varied[i]'s value.
        let radices = varied.map(\.values.count)
        let count = radices.reduce(1, *)
        @Sendable func values(of index: Int) -> [String] {
            var rest = index
            return zip(varied, radices).map { reading, radix in
                defer { rest /= radix }
                return reading.values[rest % radix]
            }
        }
        func index(of values: [String]) -> Int {
            var index = 0, scale = 1
            for (reading, value) in zip(varied, values) {
                index += (reading.values.firstIndex(of: value) ?? 0) * scale
                scale *= reading.values.count
            }
            return index
        }

        let runs = Runs(count: count)
        let evaluate = program.evaluator(context)
        let groups = Dictionary(baselineResult.units.map { ($0.unit, $0.group) }, uniquingKeysWith: { a, _ in a })
        DispatchQueue.concurrentPerform(iterations: count) { combination in
            var chosen = context.readings.chosen
            for (reading, value) in zip(varied, values(of: combination)) { chosen[reading.name] = value }
            do {
                let result = try evaluate(ReadingChoices(chosen))
                runs.store(combination, .run(Run(result, baselineGroups: groups)))
            } catch {
                runs.store(combination, .failed("\(error)"))
            }
        }
        let all = runs.all

        let baselineRun = Run(baselineResult, baselineGroups: groups)
        let succeeded = all.compactMap(\.run)
        let failures = all.compactMap { evaluation -> String? in
            if case .failed(let message) = evaluation { return message }
            return nil
        }

        // Single changes from the baseline, each with its run (if the data allows it).
        var singles: [(change: Change, run: Run)] = []
        for (position, reading) in varied.enumerated() {
            for value in reading.values where value != baselineValues[position] {
                var changed = baselineValues
                changed[position] = value
                if let run = all[index(of: changed)].run {
                    singles.append((Change(reading: reading, value: value), run))
                }
            }
        }

        var stands: [OutcomeKey: Int] = [:]
        var firstSeen: [OutcomeKey: Outcome] = [:]
        for run in succeeded {
            for (key, outcome) in run.outcomes {
                stands[key, default: 0] += 1
                if firstSeen[key] == nil { firstSeen[key] = outcome }
            }
        }

        func stability(_ key: OutcomeKey, _ outcome: Outcome, inBaseline: Bool) -> Stability {
            let moving = singles.filter { ($0.run.outcomes[key] != nil) != inBaseline }
            // Who gets it instead, or loses it: for a policy chosen within each group, only units
            // of the unit's own group (another group's winners change for reasons of their own).
            // Both the baseline's holders and the changed run's are taken among the units in the
            // unit's group under the changed reading (which may move it, or them, to another).
            let group = groups[outcome.unit] ?? nil, withinGroup = !baselineResult.crossGroupPolicies.contains(key.policy)
            var instead: [String] = []
            for single in moving {
                func competes(_ unit: String) -> Bool {
                    !withinGroup || single.run.group(of: unit, groups) == single.run.group(of: outcome.unit, groups)
                }
                let baselineHolders = Set(baselineRun.outcomes.keys.filter { $0.policy == key.policy && competes($0.unit) }.map(\.unit))
                let holders = single.run.outcomes.keys.filter { $0.policy == key.policy && competes($0.unit) }.map(\.unit)
                let others = inBaseline
                    ? holders.filter { !baselineHolders.contains($0) }
                    : baselineHolders.filter { !holders.contains($0) }
                for unit in others.sorted() where !instead.contains(unit) { instead.append(unit) }
            }
            return Stability(
                outcome: outcome, group: group, stands: stands[key] ?? 0,
                changes: moving.map(\.change), instead: instead)
        }

        let outcomes = baselineResult.outcomes.map { stability(OutcomeKey($0), $0, inBaseline: true) }
        let newcomers = firstSeen.keys.filter { baselineRun.outcomes[$0] == nil }.sorted()
            .map { stability($0, firstSeen[$0]!, inBaseline: false) }

        var ranges: [RankRange] = []
        for unit in baselineResult.units {
            let ranks = succeeded.compactMap { $0.ranks[unit.unit] ?? nil }
            guard let best = ranks.min(), let worst = ranks.max(), best != worst || ranks.count < succeeded.count else { continue }
            ranges.append(RankRange(unit: unit.unit, group: unit.group, baseline: unit.rank, best: best, worst: worst))
        }

        return ReadingSensitivity(
            program: program.id, title: program.title, varied: varied,
            fixed: context.readings.inForce(readings.filter { fixed.contains($0.name) }),
            baseline: baselineResult.readings, combinations: count,
            failed: (failures.count, failures.first), outcomes: outcomes, newcomers: newcomers, movingRanks: ranges,
            groupTitles: baselineResult.groupTitles, policyTitles: baselineResult.policyTitles)
    }

    /// What one combination decided, reduced to what is compared.
    struct Run: Sendable {
        let outcomes: [OutcomeKey: Outcome]
        let ranks: [String: Int?]
        /// The units in another group than under the baseline (a reading of the group bounds
        /// moves some), with their group here.
        let movedGroups: [String: String?]

        init(_ result: ProgramResult, baselineGroups: [String: String?]) {
            outcomes = Dictionary(result.outcomes.map { (OutcomeKey($0), $0) }, uniquingKeysWith: { a, _ in a })
            ranks = Dictionary(result.units.map { ($0.unit, $0.rank) }, uniquingKeysWith: { a, _ in a })
            var moved: [String: String?] = [:]
            for unit in result.units where (baselineGroups[unit.unit] ?? nil) != unit.group { moved[unit.unit] = unit.group }
            movedGroups = moved
        }

        /// The group of `unit` in this run, given the baseline's `groups`.
        func group(of unit: String, _ groups: [String: String?]) -> String? {
            movedGroups[unit] ?? groups[unit] ?? nil
        }
    }

    /// One combination's evaluation: its run, or the data error it met.
    enum Evaluation: Sendable {
        case run(Run)
        case failed(String)

        var run: Run? {
            if case .run(let run) = self { return run }
            return nil
        }
    }

    /// The combinations' evaluations, stored from parallel workers.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var evaluations: [Evaluation]

        init(count: Int) {
            evaluations = Array(repeating: .failed(""), count: count)
        }

        func store(_ index: Int, _ evaluation: Evaluation) {
            lock.withLock { evaluations[index] = evaluation }
        }

        var all: [Evaluation] { lock.withLock { evaluations } }
    }
}

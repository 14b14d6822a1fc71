import Foundation

/// A program whose total is a weighted sum of item scores, so that its weights can be moved.
public protocol WeightedProgram: Program {
    /// The weighted items in column order: id, title, weight (they sum to 1).
    var weightedItems: [(id: String, title: String, weight: Decimal)] { get }
    /// The same program with other weights, by item id.
    func reweighted(_ weights: [String: Decimal]) -> any Program
    /// Evaluates the program under many weight vectors, reading the data once where the program
    /// can; a result may come without explanations (only its outcomes are compared). By default
    /// each vector's ``reweighted(_:)`` program is evaluated afresh.
    func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult
}

extension WeightedProgram {
    /// Each vector's reweighted program, evaluated afresh.
    public func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        let program = self
        return { weights in try program.reweighted(weights).evaluate(context) }
    }
}

/// How a program's awards depend on its weights: each weight moved by ±5 and ±10 percentage
/// points (the others scaled to keep the sum at 100%), and a seeded random sample of weight
/// vectors within ±10 points of the document's. Weights are kept to 4 decimals, the last
/// other item taking the rounding, so every run's arithmetic stays exact.
public struct WeightSensitivity: Sendable {
    /// One weight vector tried.
    public struct Variant: Sendable {
        /// The weights, by item id.
        public let weights: [String: Decimal]
        /// For a single-item shift: the item and its shift in percentage points.
        public let shift: (item: String, points: Int)?
    }

    /// How one outcome fared.
    public struct Share: Sendable {
        /// The outcome (as the baseline or, for a newcomer, the first run decided it).
        public let outcome: Outcome
        /// Single-item shifts under which it stands, of ``WeightSensitivity/shifts``.
        public let shiftsStanding: Int
        /// Random vectors under which it stands, of ``WeightSensitivity/samples``.
        public let samplesStanding: Int
        /// The single-item shifts under which it does not stand (for the baseline's outcomes)
        /// or does (for newcomers): item id and points.
        public let movedBy: [(item: String, points: Int)]
    }

    /// The program's id and title.
    public let program: String, title: String
    /// The weighted items.
    public let items: [(id: String, title: String, weight: Decimal)]
    /// The number of single-item shifts tried.
    public let shifts: Int
    /// The number of random vectors tried, and the seed.
    public let samples: Int, seed: UInt64
    /// The baseline's award outcomes, with their shares.
    public let awards: [Share]
    /// Award outcomes the baseline does not have but some variant does.
    public let newcomers: [Share]
    /// Policy titles by id.
    public let policyTitles: [String: String]

    /// The single shifts in percentage points.
    public static let points = [-10, -5, 5, 10]

    /// Runs `program` under every single shift and `samples` random vectors from `seed`.
    public static func analyse(
        _ program: any WeightedProgram, context: EvaluationContext, samples: Int = 200, seed: UInt64 = 1
    ) throws -> WeightSensitivity {
        let baseline = try program.evaluate(context)
        let items = program.weightedItems
        var variants: [Variant] = []
        for item in items {
            for points in points {
                if let weights = shifted(items, item: item.id, by: Decimal(points) / 100) {
                    variants.append(Variant(weights: weights, shift: (item.id, points)))
                }
            }
        }
        let shiftCount = variants.count
        var generator = SplitMix64(seed: seed)
        var drawn = 0
        while drawn < samples {
            // Each weight moves by a multiple of half a point within ±10, then all are scaled.
            let moved = items.map { max(Decimal(0), $0.weight + Decimal(Int(generator.next() % 41) - 20) / 200) }
            guard let weights = normalised(zip(items.map(\.id), moved).map { ($0, $1) }),
                  items.allSatisfy({ abs(weights[$0.id]! - $0.weight) <= Decimal(10) / 100 })
            else { continue }
            variants.append(Variant(weights: weights, shift: nil))
            drawn += 1
        }

        let runs = Box(count: variants.count), tried = variants
        let evaluate = program.weightEvaluator(context)
        DispatchQueue.concurrentPerform(iterations: tried.count) { index in
            let result = try? evaluate(tried[index].weights)
            runs.store(index, result.map { Set($0.outcomes.map(ReadingSensitivity.OutcomeKey.init)) })
        }
        let outcomeSets = runs.all
        let kinds = baseline.policyKinds
        let isAward = { (outcome: Outcome) in kinds[outcome.policy] == .award }

        func share(_ outcome: Outcome, inBaseline: Bool) -> Share {
            let key = ReadingSensitivity.OutcomeKey(outcome)
            var single = 0, random = 0
            var moved: [(String, Int)] = []
            for (index, set) in outcomeSets.enumerated() {
                let stands = set?.contains(key) ?? false
                if index < shiftCount {
                    if stands { single += 1 }
                    if stands != inBaseline, let shift = variants[index].shift { moved.append(shift) }
                } else if stands {
                    random += 1
                }
            }
            return Share(outcome: outcome, shiftsStanding: single, samplesStanding: random, movedBy: moved)
        }

        let baselineKeys = Set(baseline.outcomes.map(ReadingSensitivity.OutcomeKey.init))
        var newcomerKeys: [ReadingSensitivity.OutcomeKey] = []
        var firstSeen: [ReadingSensitivity.OutcomeKey: Outcome] = [:]
        for index in variants.indices {
            guard let set = outcomeSets[index] else { continue }
            for key in set.sorted() where !baselineKeys.contains(key) && firstSeen[key] == nil && kinds[key.policy] == .award {
                firstSeen[key] = Outcome(policy: key.policy, unit: key.unit, label: key.label, labelKind: key.labelKind)
                newcomerKeys.append(key)
            }
        }
        return WeightSensitivity(
            program: program.id, title: program.title, items: items, shifts: shiftCount, samples: samples, seed: seed,
            awards: baseline.outcomes.filter(isAward).map { share($0, inBaseline: true) },
            newcomers: newcomerKeys.map { share(firstSeen[$0]!, inBaseline: false) },
            policyTitles: baseline.policyTitles)
    }

    /// `items` with `item` moved by `delta` and the others scaled to keep the sum; nil when
    /// the weight would fall below zero.
    public static func shifted(_ items: [(id: String, title: String, weight: Decimal)], item: String, by delta: Decimal) -> [String: Decimal]? {
        guard let moved = items.first(where: { $0.id == item }), moved.weight + delta >= 0 else { return nil }
        let rest = 1 - moved.weight
        guard rest > 0 else { return nil }
        let scale = (1 - moved.weight - delta) / rest
        return normalised(items.map { ($0.id, $0.id == item ? $0.weight + delta : $0.weight * scale) }, fixed: item)
    }

    /// Weights rounded to 4 decimals and summing to exactly 1: the last item other than
    /// `fixed` takes the difference. Nil when nothing can take it or it would go negative.
    static func normalised(_ weights: [(String, Decimal)], fixed: String? = nil) -> [String: Decimal]? {
        let total = weights.reduce(Decimal(0)) { $0 + $1.1 }
        guard total > 0 else { return nil }
        var rounded = weights.map { ($0.0, fixed == $0.0 ? $0.1 : ($0.1 / (fixed == nil ? total : 1)).rounded(4)) }
        guard let last = rounded.lastIndex(where: { $0.0 != fixed }) else { return nil }
        let others = rounded.enumerated().filter { $0.offset != last }.reduce(Decimal(0)) { $0 + $1.element.1 }
        rounded[last].1 = 1 - others
        guard rounded[last].1 >= 0 else { return nil }
        return Dictionary(rounded, uniquingKeysWith: { a, _ in a })
    }

    /// Runs' outcome sets stored from parallel workers.
    final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var sets: [Set<ReadingSensitivity.OutcomeKey>?]

        init(count: Int) { sets = Array(repeating: nil, count: count) }

        func store(_ index: Int, _ set: Set<ReadingSensitivity.OutcomeKey>?) { lock.withLock { sets[index] = set } }

        var all: [Set<ReadingSensitivity.OutcomeKey>?] { lock.withLock { sets } }
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same sample everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

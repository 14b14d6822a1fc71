import Foundation
import PingbiCore

/// `kaoping-111`'s input as read: the offices' activity over the evaluated period and the
/// warnings reading it gave. Only `group-bounds` changes what is read, so a run under many
/// readings (``Kaoping111/evaluator(_:)``) reads the files once per value of it.
struct KaopingData: Sendable {
    /// The evaluated period.
    let period: PeriodRange
    /// Whether it is a sub-period of the program's (outcomes provisional).
    let provisional: Bool
    /// Whether the period was taken from the months the data covers (no `--period`).
    let periodFromData: Bool
    /// Every office's activity, in roster order.
    let activity: [OfficeActivity]
    /// Every office's monthly values of the items counted monthly, parallel to ``activity``
    /// (they depend on the data only, not on the readings).
    let months: [[MonthValues]]
    /// The warnings of reading the files.
    let warnings: [String]

    /// The data read under each `group-bounds` value, read on first use.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private let program: Kaoping111
        private let context: EvaluationContext
        private var loads: [GroupBounds: Result<KaopingData, DataError>] = [:]
        private var scored: [[String]: KaopingScores] = [:]
        private var itemScored: [[String]: KaopingItemScores] = [:]
        private var ranked: [[String]: KaopingRanks] = [:]

        init(program: Kaoping111, context: EvaluationContext) {
            self.program = program
            self.context = context
        }

        /// The data under `readings`' `group-bounds` (or its error).
        func loaded(_ readings: ReadingChoices) throws(DataError) -> KaopingData {
            let bounds: GroupBounds = readings(KaopingReadings.groupBounds)
            let load = lock.withLock {
                if let load = loads[bounds] { return load }
                let load = Result { () throws(DataError) in try program.load(context, bounds: bounds) }
                loads[bounds] = load
                return load
            }
            return try load.get()
        }

        /// The scores under `readings`: made by `score` the first time their
        /// ``KaopingReadings/scoring`` values occur, reused after (unexplained runs only).
        func scores(_ readings: ReadingChoices, _ score: () -> KaopingScores) -> KaopingScores {
            let key = KaopingReadings.scoring.map { readings.value(of: $0) }
            if let known = lock.withLock({ scored[key] }) { return known }
            let made = score()
            lock.withLock { scored[key] = made }
            return made
        }

        /// The item scores under `readings`: made by `score` the first time their
        /// ``KaopingReadings/scoring`` values occur, reused after (weights do not change them).
        func itemScores(_ readings: ReadingChoices, _ score: () -> KaopingItemScores) -> KaopingItemScores {
            let key = KaopingReadings.scoring.map { readings.value(of: $0) }
            if let known = lock.withLock({ itemScored[key] }) { return known }
            let made = score()
            lock.withLock { itemScored[key] = made }
            return made
        }

        /// The ranks under `readings`: made by `rank` the first time their scoring and
        /// `assist-count` values occur, reused after (unexplained runs only).
        func ranks(_ readings: ReadingChoices, _ rank: () -> KaopingRanks) -> KaopingRanks {
            let key = (KaopingReadings.scoring + [KaopingReadings.assistCount.erased]).map { readings.value(of: $0) }
            if let known = lock.withLock({ ranked[key] }) { return known }
            let made = rank()
            lock.withLock { ranked[key] = made }
            return made
        }
    }
}

/// Every office's unit with 協助件數, 行動量 and its group rank, and the standings the awards
/// read (both in roster order; the result puts the units in display order).
struct KaopingRanks: Sendable {
    /// The units, in roster order.
    let units: [UnitResult]
    /// The standings, in roster order.
    let standings: [Standing]
    /// The warnings of reading and scoring.
    let warnings: [String]
    /// The group means of ``KaopingScores/groupMeans``.
    var groupMeans: [String: [String: Decimal]] = [:]
}

/// Every office's score on every item (what the weights do not change), in a sheet by item and
/// office.
struct KaopingItemScores: Sendable {
    /// Every office's score on every item.
    let sheet: ScoreSheet
    /// The warnings of reading and scoring.
    let warnings: [String]
    /// Each group's mean B of each item's A, by group key then column key, as the scores used it.
    let groupMeans: [String: [String: Decimal]]
}

/// Every office's item values and total (in roster order), before 協助件數, ranks and awards.
struct KaopingScores: Sendable {
    /// Each office's unit with its item values, total and their explanations.
    let units: [UnitResult]
    /// Each office's 總得分.
    let totals: [Decimal]
    /// The warnings of reading and scoring.
    let warnings: [String]
    /// Each group's mean B of each item's A, by group key then column key, as the scores used it.
    var groupMeans: [String: [String: Decimal]] = [:]
}

/// The explanations of one result, computed (with a second, recorded run) when the first of
/// them is read.
final class RecordedExplanations: @unchecked Sendable {
    private let lock = NSLock()
    private var compute: (@Sendable () -> ProgramResult)?
    private var byUnit: [String: [String: Explanation]]?

    init(_ compute: @escaping @Sendable () -> ProgramResult) {
        self.compute = compute
    }

    /// The explanation of `key` for `unit`.
    func explanation(_ unit: String, _ key: String) -> Explanation {
        lock.withLock {
            if byUnit == nil {
                byUnit = Dictionary(compute!().units.map { ($0.unit, $0.explanations) }, uniquingKeysWith: { a, _ in a })
                compute = nil
            }
            return byUnit![unit]![key]!
        }
    }
}

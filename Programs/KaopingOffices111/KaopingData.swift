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
    /// Every office's activity, in roster order.
    let activity: [OfficeActivity]
    /// The warnings of reading the files.
    let warnings: [String]

    /// The data read under each `group-bounds` value, read on first use.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private let program: Kaoping111
        private let context: EvaluationContext
        private var loads: [GroupBounds: Result<KaopingData, DataError>] = [:]

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
    }
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

import Foundation

/// A ``ScoredProgram``'s stages under many readings, each made the first time the readings it
/// depends on occur and reused after: the data per ``ScoredProgram/loadingReadings``, the item
/// scores and totals per loading and scoring readings, the ranks per those and the ranking
/// readings.
final class PipelineCache<Program: ScoredProgram>: @unchecked Sendable {
    private let lock = NSLock()
    private let program: Program
    private let context: EvaluationContext
    private var loads: [[String]: Result<Program.Data, any Error>] = [:]
    private var items: [[String]: ScoredItems] = [:]
    private var totalled: [[String]: [UnitResult]] = [:]
    private var ranked: [[String]: RankedUnits<Program.Member>] = [:]

    init(_ program: Program, context: EvaluationContext) {
        self.program = program
        self.context = context
    }

    private func key(_ readings: ReadingChoices, _ depends: [AnyReading]) -> [String] {
        depends.map { readings.value(of: $0) }
    }

    /// The data under `readings` (or its error).
    func loaded(_ readings: ReadingChoices) throws -> Program.Data {
        let key = key(readings, program.loadingReadings)
        let load = lock.withLock {
            if let load = loads[key] { return load }
            var context = context
            context.readings = readings
            let load = Result { try program.load(context) }
            loads[key] = load
            return load
        }
        return try load.get()
    }

    /// The item scores under `readings`, made by `score` the first time.
    func itemScores(_ readings: ReadingChoices, _ score: () -> ScoredItems) -> ScoredItems {
        let key = key(readings, program.loadingReadings + program.scoringReadings)
        if let known = lock.withLock({ items[key] }) { return known }
        let made = score()
        lock.withLock { items[key] = made }
        return made
    }

    /// The rows with their totals under `readings` (this program's weights), made by `total`
    /// the first time.
    func totals(_ readings: ReadingChoices, _ total: () -> [UnitResult]) -> [UnitResult] {
        let key = key(readings, program.loadingReadings + program.scoringReadings)
        if let known = lock.withLock({ totalled[key] }) { return known }
        let made = total()
        lock.withLock { totalled[key] = made }
        return made
    }

    /// The ranks under `readings`, made by `rank` the first time.
    func ranks(_ readings: ReadingChoices, _ rank: () -> RankedUnits<Program.Member>) -> RankedUnits<Program.Member> {
        let key = key(readings, program.loadingReadings + program.scoringReadings + program.rankingReadings)
        if let known = lock.withLock({ ranked[key] }) { return known }
        let made = rank()
        lock.withLock { ranked[key] = made }
        return made
    }
}

import Foundation

/// A later edition of a program: the `base` program, with whatever the edition changed in it,
/// registered under the edition's own id (and title and sample data, where given).
///
/// `swift package new-program` writes one per program of the module it starts from, so a new
/// year's module begins as "last year's rules under this year's id":
///
/// ```swift
/// public let programs: [any Program] = [
///     Edition(base: PensionCounty112(), id: "pension-county-113", sampleData: sample),
/// ]
/// ```
///
/// The edition's differences are stated on the base before it is wrapped (a program made to be
/// inherited exposes its weights, quotas, groups, items and caps as `var`s; see
/// `docs/new-year.md`); readings the new document settles are given as `settling`, and readings
/// a new item brings as `adding`. Everything else — inputs, indicators, policies, the
/// computation — is the base's. Results carry the edition's id and title.
public struct Edition: Program {
    /// The program this edition is built on, as the edition configured it.
    public private(set) var base: any Program
    /// The edition's id (`kaoping-112`).
    public let id: String
    /// The edition's title; the base's when the edition did not give one.
    public let title: String
    /// The edition's sample data; the base's when the edition did not give its own.
    public let sampleData: URL
    /// The readings the edition's document settles (with the base's own settled ones).
    public let settledReadings: [SettledReading]
    /// The readings the edition adds (a new item's), after the base's.
    public let addedReadings: [AnyReading]

    /// `base` under `id`, with `title` and `sampleData` when given (else the base's), the
    /// readings of `settling` settled and those of `adding` added.
    public init(
        base: any Program, id: String, title: String? = nil, sampleData: URL? = nil, settling: [SettledReading] = [],
        adding: [AnyReading] = []
    ) {
        self.base = base
        self.id = id
        self.title = title ?? base.title
        self.sampleData = sampleData ?? base.sampleData
        self.settledReadings = base.settledReadings + settling
        self.addedReadings = adding
    }

    /// The base's input tables.
    public var inputs: [TableSpec] { base.inputs }
    /// The files the base reads.
    public func inputFiles(_ context: EvaluationContext) -> [InputFile] { base.inputFiles(context) }
    /// The base's readings but those settled, then the added ones.
    public var readings: [AnyReading] {
        let settled = Set(settledReadings.map(\.reading.name))
        return base.readings.filter { !settled.contains($0.name) } + addedReadings
    }
    /// The base's indicators.
    public var indicators: [any Indicator] { base.indicators }
    /// The base's award policies.
    public var policies: [any AwardPolicy] { base.policies }
    /// The base's program period.
    public var programPeriod: PeriodRange? { base.programPeriod }
    /// The base's agency.
    public var agency: String? { base.agency }
    /// The base's main award.
    public var primaryPolicy: String? { base.primaryPolicy }

    /// The base's ``Program/ownRules``.
    public var ownRules: [RulesDocument.Entry] { base.ownRules }

    /// The base's result with the settled readings, under the edition's id, title and readings.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        var settledContext = context
        settledContext.readings = context.readings.settling(settledReadings)
        return relabelled(try base.evaluate(settledContext), context.readings)
    }

    /// The base's evaluator (which may read the data once) with the settled readings, its
    /// results under the edition's id, title and readings.
    public func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult {
        var settledContext = context
        settledContext.readings = context.readings.settling(settledReadings)
        let evaluate = base.evaluator(settledContext)
        let settled = settledReadings, edition = self
        return { readings in edition.relabelled(try evaluate(readings.settling(settled)), readings) }
    }

    /// The base's what-if runs with the settled readings, their results under the edition's id,
    /// title and readings; the changed unit's outcomes as the base answers them (relabelling
    /// changes none).
    public func trials(_ context: EvaluationContext) throws -> ProgramTrials? {
        var settledContext = context
        settledContext.readings = context.readings.settling(settledReadings)
        guard let trials = try base.trials(settledContext) else { return nil }
        let edition = self, readings = context.readings
        return ProgramTrials(
            files: trials.files, result: { change in edition.relabelled(try trials.result(after: change), readings) },
            outcomes: { change in try trials.outcomes(after: change) })
    }

    /// `result` under the edition's id and title, listing the edition's readings (not the
    /// settled ones) at their values under `choices`.
    private func relabelled(_ result: ProgramResult, _ choices: ReadingChoices) -> ProgramResult {
        var result = result
        result.program = id
        result.title = title
        result.readings = choices.inForce(readings)
        return result
    }
}

extension Edition: WeightedProgram {
    /// The base's weighted items, if it has any.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        (base as? any WeightedProgram)?.weightedItems ?? []
    }

    /// The edition over its base with other weights (its settled and added readings kept).
    public func reweighted(_ weights: [String: Decimal]) -> any Program {
        guard let weighted = base as? any WeightedProgram else { return self }
        var edition = self
        edition.base = weighted.reweighted(weights)
        return edition
    }

    /// The base's weight evaluator with the settled readings, its results under the edition's
    /// id, title and readings.
    public func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        guard let weighted = base as? any WeightedProgram else {
            let evaluate = evaluator(context), readings = context.readings
            return { _ in try evaluate(readings) }
        }
        var settledContext = context
        settledContext.readings = context.readings.settling(settledReadings)
        let evaluate = weighted.weightEvaluator(settledContext), edition = self, readings = context.readings
        return { weights in edition.relabelled(try evaluate(weights), readings) }
    }
}

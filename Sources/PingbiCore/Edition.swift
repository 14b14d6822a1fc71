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
/// inherited exposes its weights, quotas and caps as `var`s; see `docs/new-year.md`). Everything
/// else — inputs, readings, indicators, policies, the computation — is the base's. Results carry
/// the edition's id and title.
public struct Edition: Program {
    /// The program this edition is built on, as the edition configured it.
    public let base: any Program
    /// The edition's id (`kaoping-112`).
    public let id: String
    /// The edition's title; the base's when the edition did not give one.
    public let title: String
    /// The edition's sample data; the base's when the edition did not give its own.
    public let sampleData: URL

    /// `base` under `id`, with `title` and `sampleData` when given (else the base's).
    public init(base: any Program, id: String, title: String? = nil, sampleData: URL? = nil) {
        self.base = base
        self.id = id
        self.title = title ?? base.title
        self.sampleData = sampleData ?? base.sampleData
    }

    /// The base's input tables.
    public var inputs: [TableSpec] { base.inputs }
    /// The files the base reads.
    public func inputFiles(_ context: EvaluationContext) -> [InputFile] { base.inputFiles(context) }
    /// The base's readings.
    public var readings: [Reading] { base.readings }
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

    /// The base's result, under the edition's id and title.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        var result = try base.evaluate(context)
        result.program = id
        result.title = title
        return result
    }

    /// The base's evaluator (which may read the data once), its results under the edition's
    /// id and title.
    public func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult {
        let evaluate = base.evaluator(context)
        let id = id, title = title
        return { readings in
            var result = try evaluate(readings)
            result.program = id
            result.title = title
            return result
        }
    }
}

extension Edition: WeightedProgram {
    /// The base's weighted items, if it has any.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        (base as? any WeightedProgram)?.weightedItems ?? []
    }

    /// The edition over its base with other weights.
    public func reweighted(_ weights: [String: Decimal]) -> any Program {
        guard let weighted = base as? any WeightedProgram else { return self }
        return Edition(base: weighted.reweighted(weights), id: id, title: title, sampleData: sampleData)
    }
}

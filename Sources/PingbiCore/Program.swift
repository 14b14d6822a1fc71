import Foundation

/// One program edition (`kaoping-111`): its document's rules as indicators and policies,
/// the inputs it reads, its readings, and sample data shipped with its module.
public protocol Program: Sendable {
    /// The id used on the command line and in results (`pension-county-112`).
    var id: String { get }
    /// The document's title in Traditional Chinese.
    var title: String { get }
    /// The input tables it reads, for `validate` and `template`.
    var inputs: [TableSpec] { get }
    /// Its readings, each with default and alternatives.
    var readings: [AnyReading] { get }
    /// The readings its document settles at one value (an edition's; none by default): they
    /// are not among ``readings`` and every run uses their value.
    var settledReadings: [SettledReading] { get }
    /// Rules of its own beyond items, awards, inputs and readings, for its rules document (how
    /// units are grouped); none by default.
    var ownRules: [RulesDocument.Entry] { get }
    /// Its indicators, each with clause and examples.
    var indicators: [any Indicator] { get }
    /// Its award policies, each with clause and examples.
    var policies: [any AwardPolicy] { get }
    /// The folder of sample data shipped in its module (範例資料 or published tables).
    var sampleData: URL { get }
    /// The whole period the program covers, for a program with periods: a `--period` must lie
    /// inside it (checked before the program runs). Nil, the default, for a program without.
    var programPeriod: PeriodRange? { get }
    /// The agency that runs the program, as a report's letterhead names it; nil, the default, names none.
    var agency: String? { get }
    /// The id of the policy that is each group's main award, if any (nil, the default).
    var primaryPolicy: String? { get }
    /// The files a run on `context` reads, each with its layout, for checking before it runs.
    /// By default each of `inputs` in the data folder; a program that also reads files named
    /// otherwise (dated snapshots) lists them too.
    func inputFiles(_ context: EvaluationContext) -> [InputFile]
    /// Evaluates the program on the context's data. Throws ``DataError`` on bad input.
    func evaluate(_ context: EvaluationContext) throws -> ProgramResult
    /// Evaluates the program on the context's data under many readings, reading the data once
    /// where the program can (`pingbi sensitivity`); the default evaluates afresh each time.
    /// The result under `readings` has the values, ranks, outcomes, warnings and notes that
    /// ``evaluate(_:)`` gives with them; its explanations may be left out (nobody reads them
    /// among a thousand runs).
    func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult
    /// What-if runs on the context's data read once (``AwardGap``): nil, the default, where the
    /// program has none, and each change is run on a changed copy of the file. Throws the
    /// ``DataError`` of reading the data.
    func trials(_ context: EvaluationContext) throws -> ProgramTrials?
}

extension Program {
    /// No period of its own.
    public var programPeriod: PeriodRange? { nil }
    /// No agency named.
    public var agency: String? { nil }
    /// No main award.
    public var primaryPolicy: String? { nil }
    /// No reading settled.
    public var settledReadings: [SettledReading] { [] }
    /// No rules of its own.
    public var ownRules: [RulesDocument.Entry] { [] }
    /// No what-if runs of its own.
    public func trials(_ context: EvaluationContext) throws -> ProgramTrials? { nil }

    /// ``evaluate(_:)`` with each readings in turn.
    public func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult {
        { readings in
            var variant = context
            variant.readings = readings
            return try evaluate(variant)
        }
    }

    /// Each of `inputs` in the context's data folder.
    public func inputFiles(_ context: EvaluationContext) -> [InputFile] {
        inputs.map { InputFile($0, in: context.data) }
    }
}

extension Program {
    /// The rules a result carries for its appendix: the items' and awards'.
    public var resultRules: [RulesDocument.Entry] {
        RulesDocument(self).entries.filter { $0.section == .indicator || $0.section == .award }
    }

    /// The result skeleton every program starts from: id, title, readings in force; `rules`
    /// when the caller made them once for many runs, else this program's.
    public func emptyResult(_ context: EvaluationContext, rules: [RulesDocument.Entry]? = nil) -> ProgramResult {
        var result = ProgramResult(
            program: id, title: title, readings: context.readings.inForce(readings),
            policyTitles: Dictionary(policies.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
        result.policyKinds = Dictionary(policies.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        result.policyKinds[TiedAtCut.policy] = .tiedAtCut
        result.isSample = context.data.isSample
        result.crossGroupPolicies = Set(policies.filter(\.acrossGroups).map(\.id))
        result.agency = agency
        result.primaryPolicy = primaryPolicy
        result.rules = rules ?? resultRules
        return result
    }
}

/// What a run gives a program: where its data is, the readings chosen, the period.
public struct EvaluationContext: Sendable {
    /// The input files.
    public var data: DataSource
    /// The readings in force.
    public var readings: ReadingChoices
    /// A sub-period to evaluate, for programs with periods (`--period 111-02..111-05`).
    public var period: PeriodRange?
    /// A folder of dated snapshots, for programs that track a series (`--history DIR`).
    public var history: URL?

    /// A context.
    public init(data: DataSource, readings: ReadingChoices = ReadingChoices(), period: PeriodRange? = nil, history: URL? = nil) {
        self.data = data
        self.readings = readings
        self.period = period
        self.history = history
    }
}

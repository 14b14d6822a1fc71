import Foundation

/// A program the core runs from its declaration, the way its document reads: the data it
/// reads, its items (each group's, each unit's, bonuses), its weights, how units rank, and its
/// awards in order. The pipeline (``ScoredProgram/evaluate(_:)``) loads the data, scores every
/// item, totals, ranks within groups over ``rankKeys``, decides each award, and assembles the
/// result; runs under many readings reuse each stage where the readings it depends on repeat.
///
/// A program keeps code only for what is its own: reading its files (``load(_:)``), a unit's
/// values beyond the items (``describe(_:at:in:)``), its standings (``standings(_:rows:readings:)``)
/// and its notes (``finish(_:data:context:)``).
public protocol ScoredProgram: Program {
    /// The data as read.
    associatedtype Data: ScoredData
    /// What the award policies read of each unit.
    associatedtype Member: Sendable

    /// The weight of each weighted item in the total, by item id.
    var weights: [String: Decimal] { get set }
    /// The items scored within each group, in column order: each is weighted.
    var groupItems: [any GroupScoredItem<Data.Unit>] { get }
    /// The items scored on each unit's own data, in column order: weighted, or bonuses.
    var unitItems: [any UnitScoredItem<Data.Unit>] { get }
    /// The tie-break chain ranking units within their group.
    var rankKeys: [RankKey<Member>] { get }
    /// The award policies, in the order they are decided.
    var awards: [any StandingsAward<Member>] { get }
    /// The result's value columns, in display order.
    var columns: [ValueColumn] { get }
    /// The title of each group, by group key.
    var groupTitles: [String: String] { get }
    /// The title of the result's `tied-at-cut` outcomes (who decides them), if its awards refer any.
    var tiedAtCutTitle: String? { get }
    /// Whether each row gets the weighted total (總得分, the default); a program that ranks on an
    /// item's own value (收繳率消長) has no total and no weights.
    var addsTotal: Bool { get }
    /// How units of the same group and rank are listed (by name by default).
    var tiedOrder: TiedOrder { get }
    /// The group keys in the order the result lists their units (督導員 before 服務員), groups
    /// not named here following in key order; empty, the default, lists every group in key order.
    var groupOrder: [String] { get }
    /// How equal standings share ranks under `readings` (competition, 1、1、3, by default).
    func rankMethod(_ readings: ReadingChoices) -> RankMethod
    /// The readings that change what ``load(_:)`` reads (none by default).
    var loadingReadings: [AnyReading] { get }
    /// The readings the item scores and totals depend on (all by default).
    var scoringReadings: [AnyReading] { get }
    /// The readings the standings and ranks depend on beyond the scoring ones (all by default).
    var rankingReadings: [AnyReading] { get }

    /// Reads the context's data.
    func load(_ context: EvaluationContext) throws -> Data
    /// The rounding stage of the scores and the total under `readings`.
    func rounding(_ readings: ReadingChoices) -> RoundingStage
    /// Adds to the row of the unit at `index` of `data` the values of its own beyond the items
    /// (a series, a missing month); nothing by default. The program reads the unit in its data
    /// (handed over by the pipeline, which is generic over the program, every unit was copied).
    func describe(_ row: inout UnitResult, at index: Int, in data: Data)
    /// Each unit's standing for ranking and awards (parallel to the data's units), given its
    /// row with the total; adds to the rows the values the standings have beyond it (a
    /// tie-breaker with its explanation).
    func standings(_ data: Data, rows: inout [UnitResult], readings: ReadingChoices) -> [Member]
    /// What the program decides on its data before the awards, listed first (初審 of the
    /// nominations; a commendation on a total row that does not compete); nothing by default.
    func decidedBeforeAwards(_ data: Data, readings: ReadingChoices) -> Decision
    /// Completes the result: notes, text columns (nothing by default).
    func finish(_ result: inout ProgramResult, data: Data, context: EvaluationContext)
}

extension ScoredProgram {
    /// A weighted total.
    public var addsTotal: Bool { true }
    /// Tied units by name.
    public var tiedOrder: TiedOrder { .name }
    /// Groups in key order.
    public var groupOrder: [String] { [] }
    /// Competition ranks.
    public func rankMethod(_ readings: ReadingChoices) -> RankMethod { .competition }
    /// Nothing read differently.
    public var loadingReadings: [AnyReading] { [] }
    /// Every reading.
    public var scoringReadings: [AnyReading] { readings }
    /// Every reading.
    public var rankingReadings: [AnyReading] { readings }
    /// No `tied-at-cut` title of its own.
    public var tiedAtCutTitle: String? { nil }
    /// Nothing beyond the items.
    public func describe(_ row: inout UnitResult, at index: Int, in data: Data) {}
    /// Nothing.
    public func decidedBeforeAwards(_ data: Data, readings: ReadingChoices) -> Decision { Decision() }
    /// Nothing to add.
    public func finish(_ result: inout ProgramResult, data: Data, context: EvaluationContext) {}

    /// The group items, then the unit items.
    public var indicators: [any Indicator] { groupItems.map { $0 } + unitItems.map { $0 } }
    /// The awards.
    public var policies: [any AwardPolicy] { awards.map { $0 } }

    /// The weights of the weighted items (every group item, then the unit items that are not
    /// bonuses), in order; an item without a weight is a programming error of the program.
    public var itemWeights: [WeightedTotal.Weight] {
        (groupItems.map(\.id) + unitItems.filter { !$0.isBonus }.map(\.id)).map { id in
            guard let weight = weights[id] else { preconditionFailure("\(self.id): item \(id) has no weight in `weights`") }
            return WeightedTotal.Weight(id: id, weight)
        }
    }
}

import Foundation

/// A column of a program's per-unit values: its key in JSON and its heading for people.
public struct ValueColumn: Sendable, Equatable {
    /// The key in `values` (`S1`, `total`, `change`).
    public let key: String
    /// The heading in Traditional Chinese (`承保申辦率得分`).
    public let title: String
    /// Decimals to show in tables; `nil` shows the value as computed.
    public let scale: Int?
    /// What the column is to a reader of charts (a change, a rate, its base, a trend), if anything.
    public var role: Role?
    /// True for the column the units' ranks are decided by (總得分, 收繳率消長, 積分).
    public var ranks: Bool
    /// True when a lower value is better (a rank-sum score): rank 1 holds the lowest.
    public var lowerIsBetter: Bool

    /// What a column is, declared by the program so renderers never read a key.
    public enum Role: String, Sendable, Equatable {
        /// A change between two periods (percentage points): charted as diverging bars.
        case change
        /// A rate of this period: charted with its ``base`` as a tick.
        case rate
        /// The previous period's rate, the ``rate``'s base.
        case base
        /// A text column holding a sparkline of the unit's series (``Sparkline``).
        case trend
    }

    /// A column.
    public init(
        _ key: String, _ title: String, scale: Int? = nil, role: Role? = nil, ranks: Bool = false, lowerIsBetter: Bool = false
    ) {
        self.key = key
        self.title = title
        self.scale = scale
        self.role = role
        self.ranks = ranks
        self.lowerIsBetter = lowerIsBetter
    }
}

/// One unit's computed values, rank and explanations.
public struct UnitResult: Sendable, Equatable {
    /// The unit's name (`高雄市三民區`, `臺南市`).
    public var unit: String
    /// The group it competes in, if the program has groups.
    public var group: String?
    /// Its rank within its group (or the whole program).
    public var rank: Int?
    /// Its values by column key; a key without a value is undefined (JSON `null`).
    public var values: UnitValues
    /// The explanation behind each value, by column key (text cells' too).
    public var explanations: [String: Explanation] {
        get { explanationTable.all }
        _modify {
            explanationTable.materialise()
            yield &explanationTable.stored
        }
    }
    /// Where ``explanations`` are kept (or made from, when deferred).
    private var explanationTable: UnitExplanations
    /// Short texts by text-column key (``ProgramResult/textColumns``): a trend sparkline
    /// `▁▃▅█`, a direction `提升`. Never numbers: those belong in `values`.
    public var texts: [String: String]
    /// The agency that nominated the unit, where units are people nominated by agencies (an
    /// exemplary 督導員's 推薦機關); nil for a unit that is itself an office or an area.
    public var agency: String? = nil
    /// The unit's values month by month, in month order, where the program records them.
    public var months: [MonthValues] {
        get { monthTable.all }
        set { monthTable = UnitMonths(newValue) }
    }
    /// Where ``months`` are kept (or made from, when given by a source).
    private var monthTable = UnitMonths()
    /// The values its trend column draws (``ColumnRole/trend``), one per period tracked, nil
    /// where a period has none; empty when it has no trend.
    public var series: [Decimal?] = []

    /// A unit result.
    public init(
        unit: String, group: String? = nil, rank: Int? = nil, values: UnitValues = [:],
        explanations: [String: Explanation] = [:], texts: [String: String] = [:]
    ) {
        self.unit = unit
        self.group = group
        self.rank = rank
        self.values = values
        self.explanationTable = UnitExplanations(explanations)
        self.texts = texts
    }

    /// Replaces the explanations with those `build` gives when first read (all of the unit's
    /// at once): a run nobody explains keeps one closure per unit, not one per value.
    public mutating func deferExplanations(_ build: @escaping @Sendable () -> [String: Explanation]) {
        explanationTable = UnitExplanations(deferred: build)
    }

    /// Replaces the explanations with those `source` gives for its row `row` when first read:
    /// one source shared by every unit of a result, not one closure per unit.
    public mutating func deferExplanations(to source: any UnitExplanationsSource, row: Int) {
        explanationTable = UnitExplanations(source: source, row: row)
    }

    /// Has ``months`` given by `source` (its unit `unit`) when read, not kept on the row.
    public mutating func deferMonths(to source: any UnitMonthsSource, unit: Int) {
        monthTable = UnitMonths(source: source, unit: unit)
    }
}

/// Everything a program run decided: the input of every renderer. Renderers never compute.
public struct ProgramResult: Sendable, Equatable {
    /// The program's id.
    public var program: String
    /// The program's title in Chinese.
    public var title: String
    /// The readings in force, in the program's order.
    public var readings: [ReadingInForce]
    /// The period evaluated, if the program has periods (`111-02..111-09`).
    public var period: PeriodRange?
    /// True when the run covered only part of the period and its outcomes are not final.
    public var provisional: Bool
    /// The data files read, as the user named them.
    public var sources: [String]
    /// Warnings about the data and the decisions.
    public var warnings: [String]
    /// Notes every reader of the result must see (e.g. amounts are ceilings).
    public var notes: [String]
    /// The places left empty (從缺) or not refilled (不遞補), each with its award, places and
    /// sentence for the public (the sentences are among ``warnings`` too).
    public var vacancies: [Vacancy] = []
    /// The value columns, in display order.
    public var columns: [ValueColumn]
    /// Columns of text per unit (``UnitResult/texts``), shown after the value columns in
    /// tables; machine formats write them apart from `values` (JSON: `"texts"`). `scale` is unused.
    public var textColumns: [ValueColumn]
    /// The units, in display order (by group, then rank).
    public var units: [UnitResult]
    /// The outcomes of every policy.
    public var outcomes: [Outcome]
    /// The names of the groups, by group key, where the program has groups (`"1"` → `第一組`).
    public var groupTitles: [String: String]
    /// The names of the policies, by id (`elite` → `菁英獎`).
    public var policyTitles: [String: String]
    /// What each policy's outcomes mean (award, list, exclusion, tied at the cut line), by id.
    public var policyKinds: [String: OutcomeKind] = [:]
    /// True when the run read a program's shipped sample, not the user's data.
    public var isSample = false
    /// The policies that choose among all units rather than within each group (``AwardPolicy/acrossGroups``):
    /// their outcomes are listed on their own, never under a group.
    public var crossGroupPolicies: Set<String> = []
    /// The agency that runs the program (`衛生福利部中央健康保險署高屏業務組`), if the program names it.
    public var agency: String?
    /// The policy that is each group's main award (菁英獎), if the program has one: charts draw
    /// its cut line, tables star its winners, unit pages measure the distance to its cut.
    public var primaryPolicy: String?
    /// Each group's mean of a column, by group key then column key, where the program scores a
    /// unit against its group's mean (kaoping's B of items (1)–(5), under the readings in force).
    public var groupMeans: [String: [String: Decimal]] = [:]
    /// The program's rules as ``RulesDocument`` gives them: its items (clause and weight), then its awards.
    public var rules: [RulesDocument.Entry] = []
    /// The digests of the input files read and the pingbi version (empty unless the run recorded them).
    public var provenance: Provenance = Provenance()

    /// A result; programs fill it in as they evaluate.
    public init(
        program: String, title: String, readings: [ReadingInForce], period: PeriodRange? = nil,
        provisional: Bool = false, sources: [String] = [], warnings: [String] = [], notes: [String] = [],
        columns: [ValueColumn] = [], textColumns: [ValueColumn] = [], units: [UnitResult] = [],
        outcomes: [Outcome] = [], groupTitles: [String: String] = [:], policyTitles: [String: String] = [:]
    ) {
        self.program = program
        self.title = title
        self.readings = readings
        self.period = period
        self.provisional = provisional
        self.sources = sources
        self.warnings = warnings
        self.notes = notes
        self.columns = columns
        self.textColumns = textColumns
        self.units = units
        self.outcomes = outcomes
        self.groupTitles = groupTitles
        self.policyTitles = policyTitles
    }

    /// The result for one unit, by name: as written (trimmed) first, a person's name being
    /// never altered, else after normalising both (台→臺), as a unit matches a roster.
    public func unit(named name: String) -> UnitResult? {
        let written = name.trimmingCharacters(in: .whitespaces)
        if let unit = units.first(where: { $0.unit == written }) { return unit }
        let wanted = UnitName.normalize(name)
        return units.first { UnitName.normalize($0.unit) == wanted }
    }

    /// The policies that decided outcomes, in the order their first outcome appears.
    public var outcomePolicies: [String] {
        var policies: [String] = []
        for outcome in outcomes where !policies.contains(outcome.policy) { policies.append(outcome.policy) }
        return policies
    }

    /// The column the ranks are decided by (``ValueColumn/ranks``), if the program declares one.
    public var rankingColumn: ValueColumn? { columns.first { $0.ranks } }

    /// The first value or text column with `role`.
    public func column(_ role: ValueColumn.Role) -> ValueColumn? {
        (columns + textColumns).first { $0.role == role }
    }

    /// The outcomes of one policy.
    public func outcomes(of policy: String) -> [Outcome] {
        outcomes.filter { $0.policy == policy }
    }
}

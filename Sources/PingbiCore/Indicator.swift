/// One item of a program's document: from a unit's data (and, where the document says so,
/// its group's) it computes a value with the explanation behind it.
public protocol Indicator: Documented {
    /// What the indicator reads: a unit's data and whatever context the document names.
    associatedtype Input
    /// What it produces, usually a value with its ``Explanation``.
    associatedtype Output
    /// Computes the indicator.
    func evaluate(_ input: Input) -> Output
}

/// A rule that turns ranked results into outcomes: an award, a review list, a commendation.
public protocol AwardPolicy: Documented {
    /// The ranked results the policy reads.
    associatedtype Input
    /// Whether its outcomes are awards a unit strives for, or lists it would rather avoid.
    var kind: OutcomeKind { get }
    /// Whether it chooses among all units of the program rather than within each group
    /// (行動服務貢獻獎 is awarded 不分組別): reports list its outcomes apart from the groups.
    var acrossGroups: Bool { get }
    /// Decides the outcomes, with any warnings the decision raises.
    func decide(_ input: Input) -> Decision
}

extension AwardPolicy {
    /// Most policies award.
    public var kind: OutcomeKind { .award }
    /// Most policies choose within each group, or the program has no groups.
    public var acrossGroups: Bool { false }
}

/// What a policy's outcomes mean to the unit they name: renderers and analyses read this,
/// never a policy's id or wording.
public enum OutcomeKind: String, Sendable, Equatable {
    /// A place a unit strives for: 菁英獎, 特優, a prize or a commendation.
    case award
    /// A list a unit would rather not be on: 提出檢討報告, 關注名單, 未達訪視目標.
    case list
    /// Left out before ranking, with its reason (初審未通過).
    case exclusion
    /// Tied at a quota's cut line that the quota cannot hold (`cut-ties=refer`): referred to
    /// the panel, which decides (``TiedAtCut``).
    case tiedAtCut = "tied-at-cut"
}

/// What an award policy decided.
public struct Decision: Sendable, Equatable {
    /// The outcomes, in order.
    public var outcomes: [Outcome]
    /// Warnings for the report (a quota exceeded by ties, a place left vacant).
    public var warnings: [String]
    /// The places left empty (從缺) or not refilled (不遞補), each with its sentence for the
    /// public: the sentence is also among ``warnings``, so the 承辦人's list stays whole.
    public var vacancies: [Vacancy] = []

    /// A decision.
    public init(outcomes: [Outcome] = [], warnings: [String] = []) {
        self.outcomes = outcomes
        self.warnings = warnings
    }

    /// Records places of `policy` left empty or not refilled, told in `sentence`.
    public mutating func vacant(_ sentence: String, policy: String? = nil, places: ClosedRange<Int>? = nil) {
        warnings.append(sentence)
        vacancies.append(Vacancy(sentence, policy: policy, places: places))
    }
}

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
    /// Decides the outcomes, with any warnings the decision raises.
    func decide(_ input: Input) -> Decision
}

/// What an award policy decided.
public struct Decision: Sendable, Equatable {
    /// The outcomes, in order.
    public var outcomes: [Outcome]
    /// Warnings for the report (a quota exceeded by ties, a place left vacant).
    public var warnings: [String]

    /// A decision.
    public init(outcomes: [Outcome] = [], warnings: [String] = []) {
        self.outcomes = outcomes
        self.warnings = warnings
    }
}

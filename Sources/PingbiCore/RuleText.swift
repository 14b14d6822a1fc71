/// One rule of a program as a report quotes it: an indicator or an award policy, its name and
/// the clause of the document it implements.
public struct RuleText: Sendable, Equatable {
    /// Whether the rule scores units or decides outcomes.
    public enum Kind: String, Sendable, Equatable {
        /// An item of the document (an indicator).
        case indicator
        /// An award, list or exclusion (a policy).
        case policy
    }

    /// An indicator or a policy.
    public let kind: Kind
    /// The rule's id within the program (a policy's id is its outcomes' `policy`).
    public let id: String
    /// The name in Traditional Chinese, as the document writes it.
    public let name: String
    /// The clause of the document, quoted.
    public let clause: String

    /// A rule.
    public init(kind: Kind, id: String, name: String, clause: String) {
        self.kind = kind
        self.id = id
        self.name = name
        self.clause = clause
    }
}

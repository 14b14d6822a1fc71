import Foundation

/// One thing a policy decided for a unit: an award, a place on a review list, an exclusion.
public struct Outcome: Sendable, Equatable {
    /// The policy id (`elite`, `review-report`).
    public var policy: String
    /// The unit it concerns.
    public var unit: String
    /// The unit's place where the policy ranks (`mobile`'s 1 and 2, the county's rank).
    public var rank: Int?
    /// The award's name or level, in Chinese (`特優`).
    public var label: String?
    /// What `label` says: the award's name restated, or a level within it that reports show.
    public var labelKind: LabelKind
    /// An amount of money (a county's total, a prize).
    public var amount: Decimal?
    /// An amount per person, where `amount` is a total.
    public var perPerson: Decimal?
    /// Why (an exclusion's reason, a tie referred to the panel).
    public var reason: String?
    /// The agency that nominated the unit, where units are people nominated by agencies
    /// (an exemplary 督導員's 推薦機關): shown beside the name in every report.
    public var agency: String?
    /// True when the run covered only part of the period: the outcome is not final.
    public var provisional: Bool

    /// An outcome.
    public init(
        policy: String, unit: String, rank: Int? = nil, label: String? = nil, labelKind: LabelKind = .name, amount: Decimal? = nil,
        perPerson: Decimal? = nil, reason: String? = nil, agency: String? = nil, provisional: Bool = false
    ) {
        self.policy = policy
        self.unit = unit
        self.rank = rank
        self.label = label
        self.labelKind = labelKind
        self.amount = amount
        self.perPerson = perPerson
        self.reason = reason
        self.agency = agency
        self.provisional = provisional
    }
}

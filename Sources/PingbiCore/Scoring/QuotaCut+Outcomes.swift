import Foundation

extension QuotaCut {
    /// The outcomes of the cut: each selected unit under `policy` with its rank, `label` and
    /// `reason`, in rank order, then each unit tied at the line, referred to the panel
    /// (``TiedAtCut``) with `referral` of its rank.
    public func outcomes(
        policy: String, label: String, provisional: Bool = false, unit name: (Unit) -> String,
        reason: (Unit) -> String? = { _ in nil }, referral: (Int) -> String
    ) -> [Outcome] {
        selected.map {
            Outcome(policy: policy, unit: name($0.unit), rank: $0.rank, label: label, reason: reason($0.unit), provisional: provisional)
        }
            + tiedAtCut.map {
                TiedAtCut.outcome(unit: name($0.unit), rank: $0.rank, label: label, reason: referral($0.rank), provisional: provisional)
            }
    }
}

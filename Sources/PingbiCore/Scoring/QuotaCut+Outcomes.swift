import Foundation

extension QuotaCut {
    /// The outcomes of the cut: each selected unit under `policy` with its rank, `label` and
    /// `reason`, in rank order, then each unit tied at the line, referred to the panel
    /// (``TiedAtCut``) with `referral` of its rank.
    public func outcomes(
        policy: String, label: String, provisional: Bool = false, unit name: (Unit) -> String,
        reason: (Unit) -> String? = { _ in nil }, referral: (Int) -> String
    ) -> [Outcome] {
        outcomes(policy: policy, label: label, provisional: provisional, unit: name, reason: reason, referral: { _, rank in referral(rank) })
    }

    /// The outcomes of the cut, each unit's made in one place: each selected unit under `policy`
    /// with its rank, `label`, `reason` and `agency`, then completed by `complete` (what it is
    /// given beyond them: an amount, an amount per person, a label of its own level), in rank
    /// order; then each unit tied at the line, referred to the panel (``TiedAtCut``) under
    /// `referredLabel` (the award's `label` when nil) with its `agency` and `referral` of the
    /// unit and its rank.
    ///
    /// ```swift
    /// cut.outcomes(policy: id, label: name, referredLabel: "切線同分", unit: \.name, agency: \.agency,
    ///              referral: { n, _ in "複審分數 \(n.score) 於切線同分" }) { outcome, n in
    ///     outcome.amount = prize
    /// }
    /// ```
    public func outcomes(
        policy: String, label: String, referredLabel: String? = nil, provisional: Bool = false,
        unit name: (Unit) -> String, agency: (Unit) -> String? = { _ in nil }, reason: (Unit) -> String? = { _ in nil },
        referral: (Unit, Int) -> String, completing complete: (inout Outcome, Unit) -> Void = { _, _ in }
    ) -> [Outcome] {
        selected.map { unit, rank in
            var outcome = Outcome(
                policy: policy, unit: name(unit), rank: rank, label: label, reason: reason(unit), agency: agency(unit),
                provisional: provisional)
            complete(&outcome, unit)
            return outcome
        }
            + tiedAtCut.map { unit, rank in
                TiedAtCut.outcome(
                    unit: name(unit), rank: rank, label: referredLabel ?? label, reason: referral(unit, rank), agency: agency(unit),
                    provisional: provisional)
            }
    }
}

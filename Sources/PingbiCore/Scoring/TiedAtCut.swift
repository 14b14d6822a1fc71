import Foundation

/// The outcome of a unit tied at a quota's cut line that the quota cannot hold
/// (`cut-ties=refer`): referred to the panel, which decides.
public enum TiedAtCut {
    /// The outcome's policy id, the same in every program.
    public static let policy = "tied-at-cut"

    /// The outcome's title in a result: `切線同分（交評審）` for `panel` 評審.
    public static func title(referredTo panel: String) -> String {
        "切線同分（交\(panel)）"
    }

    /// A unit referred to the panel, at `rank`, with the award's `label` and the `reason`.
    public static func outcome(
        unit: String, rank: Int?, label: String, reason: String, agency: String? = nil, provisional: Bool = false
    ) -> Outcome {
        Outcome(policy: policy, unit: unit, rank: rank, label: label, reason: reason, agency: agency, provisional: provisional)
    }
}

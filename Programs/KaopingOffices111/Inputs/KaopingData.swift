import Foundation
import PingbiCore

/// `kaoping-111`'s input as read: the offices' activity over the evaluated period and the
/// warnings reading it gave. Only `group-bounds` changes what is read, so a run under many
/// readings reads the files once per value of it.
public struct KaopingData: ScoredData {
    /// The evaluated period.
    public let period: PeriodRange
    /// Whether it is a sub-period of the program's (outcomes provisional).
    public let provisional: Bool
    /// Whether the period was taken from the months the data covers (no `--period`).
    let periodFromData: Bool
    /// Every office's activity, in roster order.
    public let activity: [OfficeActivity]
    /// Every office's monthly values of the items counted monthly, by position in ``activity``
    /// (they depend on the data only, not on the readings), worked out when read.
    let monthly: MonthlyA
    /// The warnings of reading the files.
    public let warnings: [String]

    /// Every office's activity.
    public var units: [OfficeActivity] { activity }
    /// The evaluated period.
    public var evaluatedPeriod: PeriodRange? { period }
}

import Foundation
import PingbiCore

/// An area's standing as the pipeline ranks it and 連續下降列入關注 reads it: its 本期收繳率 and
/// the periods of decline at the end of its series.
public struct IndigenousArea: Sendable, Equatable {
    /// The area's name.
    public let name: String
    /// 本期收繳率 (%), what areas rank on.
    public let rate: Decimal
    /// Consecutive periods of decline at the end of its series (0 without earlier snapshots).
    public let declines: Int
    /// Since which snapshot it has declined, for the reason (empty when it has not).
    public let since: String

    /// An area.
    public init(name: String, rate: Decimal, declines: Int = 0, since: String = "") {
        self.name = name
        self.rate = rate
        self.declines = declines
        self.since = since
    }
}

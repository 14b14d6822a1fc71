import Foundation
import PingbiCore

/// `nominations.csv` after 初審: the finalists who go on to 複審, 初審's exclusions, and the
/// warnings of reading and screening.
public struct ReviewedNominations: ScoredData {
    /// The file, as the user named it.
    public let file: String
    /// The finalists, in file order.
    public let units: [Finalist]
    /// 初審's outcomes: each nomination left out, with its reason.
    public let excluded: [Outcome]
    /// Agencies that nominated nobody, then agencies over their quota.
    public let warnings: [String]

    /// The nominations after 初審.
    public init(file: String, units: [Finalist], excluded: [Outcome], warnings: [String]) {
        self.file = file
        self.units = units
        self.excluded = excluded
        self.warnings = warnings
    }
}

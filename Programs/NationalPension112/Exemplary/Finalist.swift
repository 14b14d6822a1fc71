import Foundation
import PingbiCore

/// 初審入圍者: a nomination that passed 初審, with its five panel scores (all given), as 複審
/// scores it; nominees compete within their 職稱.
public struct Finalist: RosterUnit {
    /// The nomination.
    public let nomination: Nomination
    /// 評審1 … 評審5.
    public let scores: [Decimal]

    /// A finalist.
    public init(nomination: Nomination, scores: [Decimal]) {
        self.nomination = nomination
        self.scores = scores
    }

    /// The name as shown.
    public var name: String { nomination.name }
    /// 職稱: the group it competes in.
    public var group: String { nomination.title }
}

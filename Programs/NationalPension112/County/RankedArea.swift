import Foundation

/// An area with its 收繳率消長 and its rank, as the county policies read it.
public struct RankedArea: Sendable, Equatable {
    /// The area's name.
    public let name: String
    /// 收繳率消長, in percentage points.
    public let change: Decimal
    /// Its rank by 消長 under the `rank-method` in force.
    public let rank: Int

    /// An area.
    public init(name: String, change: Decimal, rank: Int) {
        self.name = name
        self.change = change
        self.rank = rank
    }

    /// Areas ranked by 消長 descending, for examples: `("甲", "-0.07")…`.
    static func ranked(_ changes: [(String, String)], method: RankMethod = .competition) -> [RankedArea] {
        let values = changes.map { Decimal.exact($0.1) }
        let ranks = Ranking.ranks(values, by: [.descending { $0 }], method: method)
        return changes.indices.map { RankedArea(name: changes[$0].0, change: values[$0], rank: ranks[$0]) }
    }
}

import PingbiCore

/// An area's standing as the pipeline ranks it: its name and 收繳率消長.
public struct AreaChange: Sendable, Equatable {
    /// The area's name.
    public let name: String
    /// 收繳率消長, in percentage points.
    public let change: Decimal
}

extension Standings where Member == AreaChange {
    /// The areas with their ranks, as the county policies read them.
    var areas: [RankedArea] {
        zip(members, ranks).map { RankedArea(name: $0.name, change: $0.change, rank: $1) }
    }

    /// The standings of ranked areas under `readings`, for examples.
    init(_ areas: [RankedArea], readings: [String: String] = [:]) {
        self.init(
            members: areas.map { AreaChange(name: $0.name, change: $0.change) }, ranks: areas.map(\.rank),
            readings: ReadingChoices(readings))
    }
}

import Foundation
import PingbiCore

/// A county's standing as 附件四 ranks it: its 積分 and the people an award is paid to.
public struct StaffStanding: Sendable, Equatable {
    /// The county.
    public let name: String
    /// Its group.
    public let group: StaffGroup
    /// Its 積分 (lower is better).
    public let score: Decimal
    /// 督導員人數.
    public let supervisors: Int
    /// 服務員人數.
    public let workers: Int

    /// A standing.
    public init(name: String, group: StaffGroup, score: Decimal, supervisors: Int, workers: Int) {
        self.name = name
        self.group = group
        self.score = score
        self.supervisors = supervisors
        self.workers = workers
    }
}

extension Standings where Member == StaffStanding {
    /// The counties with their ranks, as the staff award reads them.
    var counties: [StaffAward.County] {
        zip(members, ranks).map {
            StaffAward.County(
                name: $0.name, group: $0.group, rank: $1, score: $0.score, supervisors: $0.supervisors, workers: $0.workers)
        }
    }

    /// The standings of ranked counties under `cut-ties`, for examples.
    init(_ counties: [StaffAward.County], ties: CutTies) {
        self.init(
            members: counties.map {
                StaffStanding(name: $0.name, group: $0.group, score: $0.score, supervisors: $0.supervisors, workers: $0.workers)
            },
            ranks: counties.map(\.rank), readings: ReadingChoices([CutTies.reading.name: ties.rawValue]))
    }
}

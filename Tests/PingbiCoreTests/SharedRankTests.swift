import Foundation
import Testing
@testable import PingbiCore

/// ``ProgramResult/sharingRank(with:)``: whom a unit's rank is shared with, as pension-staff's
/// 積分 note (「與 … 積分相同，並列」) and pension-exemplary's 複審 note name them.
@Suite struct SharedRankTests {
    static let result = ProgramResult(program: "pension-staff-112", title: "t", readings: [], units: [
        UnitResult(unit: "臺中市", group: "A", rank: 1), UnitResult(unit: "高雄市", group: "A", rank: 2),
        UnitResult(unit: "新北市", group: "A", rank: 2), UnitResult(unit: "桃園市", group: "A", rank: 2),
        UnitResult(unit: "嘉義縣", group: "B", rank: 2), UnitResult(unit: "總計"),
    ])

    @Test func theOtherUnitsOfTheGroupAtTheSameRankInTheResultsOrder() {
        let units = Self.result.units
        #expect(Self.result.sharingRank(with: units[2]) == ["高雄市", "桃園市"])
        #expect(Self.result.sharingRank(with: units[1]) == ["新北市", "桃園市"])
    }

    /// Another group's unit of the same rank does not share it; nor does a unit without a rank.
    @Test func nobodyElseSharesIt() {
        let units = Self.result.units
        #expect(Self.result.sharingRank(with: units[0]).isEmpty)
        #expect(Self.result.sharingRank(with: units[4]).isEmpty)
        #expect(Self.result.sharingRank(with: units[5]).isEmpty)
    }
}

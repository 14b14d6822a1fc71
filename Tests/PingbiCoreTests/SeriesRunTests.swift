import Foundation
import Testing
@testable import PingbiCore

/// ``SeriesRun``: the periods of decline at the end of a series, worked on indigenous-112's
/// tracking of 附件七 over the bimonthly tables.
@Suite struct SeriesRunTests {
    static func rates(_ texts: [String?]) -> [Decimal?] { texts.map { $0.map { Decimal.exact($0) } } }

    /// 新竹縣關西鎮 (sample): 38.28 → 37.50 → 36.72 → 35.94 → 35.12, four declines.
    @Test func everyStepDeclines() {
        let steps = SeriesRun.steps(Self.rates(["38.28", "37.50", "36.72", "35.94", "35.12"]))
        #expect(steps.map(\.direction) == [.decline, .decline, .decline, .decline])
        #expect(steps.map { "\($0.from)→\($0.to)" } == ["0→1", "1→2", "2→3", "3→4"])
        #expect(SeriesRun.trailing(steps.map { $0.direction == .decline }) == 4)
    }

    /// A missing period is skipped: 38 is compared with 39.
    @Test func aMissingPeriodIsSkipped() {
        let steps = SeriesRun.steps(Self.rates(["40", "39", nil, "38"]))
        #expect(steps.map { "\($0.from)→\($0.to)" } == ["0→1", "1→3"])
        #expect(SeriesRun.trailing(steps.map { $0.direction == .decline }) == 2)
    }

    /// A standstill ends the run, and a rise too.
    @Test func aStandstillOrARiseEndsTheRun() {
        let flat = SeriesRun.steps(Self.rates(["40", "39", "39", "38.5"]))
        #expect(flat.map(\.direction) == [.decline, .standstill, .decline])
        #expect(SeriesRun.trailing(flat.map { $0.direction == .decline }) == 1)
        #expect(SeriesRun.steps(Self.rates(["38", "39"])).map(\.direction) == [.rise])
        #expect(SeriesRun.trailing([true, true, false]) == 0)
    }

    @Test func aSeriesOfOneHasNoSteps() {
        #expect(SeriesRun.steps(Self.rates([nil, "35.12", nil])).isEmpty)
        #expect(SeriesRun.trailing([]) == 0)
    }
}

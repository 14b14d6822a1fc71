import Foundation
import PingbiCore
import Testing

/// Readings are typed by their values: a choice reads back as its enum, and a value the reading
/// does not have falls back to the default.
@Suite struct TypedReadingTests {
    @Test func aChoiceReadsBackAsItsType() {
        let refer: CutTies = ReadingChoices(["cut-ties": "refer"])(CutTies.reading)
        #expect(refer == .refer)
        #expect(ReadingChoices()(CutTies.reading) == .include)
        #expect(ReadingChoices(["cut-ties": "maybe"])(CutTies.reading) == .include)
    }

    @Test func theErasedReadingListsEveryValueDefaultFirst() {
        let reading = Reading("rank-method", summary: "名次", default: RankMethod.dense)
        #expect(reading.erased.values == ["dense", "competition"])
        #expect(reading.erased.alternatives == ["competition"])
        #expect(reading.name == "rank-method")
    }

    @Test func settlingOverridesTheUsersChoice() {
        let choices = ReadingChoices(["cut-ties": "include"]).settling([SettledReading(CutTies.reading, .refer)])
        #expect(choices(CutTies.reading) == .refer)
    }
}

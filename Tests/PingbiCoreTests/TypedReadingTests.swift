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
        let reading = Reading("rank-method", title: "名次", choices: "dense 或 competition", default: RankMethod.dense)
        #expect(reading.erased.values == ["dense", "competition"])
        #expect(reading.erased.alternatives == ["competition"])
        #expect(reading.name == "rank-method")
    }

    @Test func theErasedReadingLabelsEveryValueInTheSameOrder() {
        let reading = Reading("rank-method", title: "名次", choices: "dense 或 competition", default: RankMethod.dense).erased
        #expect(reading.labels == [RankMethod.dense.label, RankMethod.competition.label])
        #expect(reading.label(of: "competition") == "同分者占用名次（1、1、3）")
        // A value the reading does not have (an older result's) is shown as it is.
        #expect(reading.label(of: "ordinal") == "ordinal")
    }

    @Test func aReadingIsTitledWithoutParsingItsSummary() {
        let reading = Reading("award-threshold", title: "獲獎標準（分）", choices: "未達者不獲獎，名額從缺", default: CutTies.include).erased
        #expect(reading.summary == "獲獎標準（分）：未達者不獲獎，名額從缺")
        #expect(reading.title == "獲獎標準（分）")
    }

    @Test func settlingOverridesTheUsersChoice() {
        let choices = ReadingChoices(["cut-ties": "include"]).settling([SettledReading(CutTies.reading, .refer)])
        #expect(choices(CutTies.reading) == .refer)
    }
}

import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// The guarded path of item (1) (``GuardedSum``, used by unexplained runs under
/// `rounding=items`) gives exactly the exact path's values, on many generated groups.
@Suite struct GuardedScoreTests {
    /// A deterministic generator (the same groups on every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Item (1)'s rounded scores of `group`, by the guarded path (silently) and the exact one.
    func bothPaths(_ group: GroupInput) -> (guarded: [Decimal], exact: [Decimal]) {
        let guarded = Explanation.silently { ApplicationRate().evaluate(group) }.map(\.value)
        let exact = ApplicationRate().evaluate(group).map(\.value)
        return (guarded, exact)
    }

    /// The exact relative score of `a` in `terms`, capped at 100, in tenths (as a Fraction).
    func exactTenths(_ a: Fraction, _ terms: [Fraction]) -> Fraction {
        let sum = terms.reduce(Fraction(0), +)
        var score = Fraction.relativeScore(n: terms.count, a: a, sum: sum, factor: 10, base: 80)
        if score > Fraction(100) { score = Fraction(100) }
        return score * Fraction(10)
    }

    @Test func smallGroupsWithBoundariesAndTiesMatchTheExactPath() {
        var random = Generator(state: 11)
        var boundaries = 0, decided = 0, offices = 0
        for _ in 0..<3000 {
            // Small counts make exact x.x5 scores, equal rates and A = 0 common.
            let size = 2 + random.next(6)
            var counts: [String: Counts] = [:]
            for index in 0..<size {
                let volume = random.next(4) == 0 ? 0 : 1 + random.next(20)
                counts["公所\(index)"] = Counts([.enrol: volume == 0 ? 0 : random.next(volume + 1), .volume: volume])
            }
            let group = GroupInput.oneMonth(counts)
            let (guarded, exact) = bothPaths(group)
            #expect(guarded == exact)
            let terms = group.offices.compactMap { ApplicationRate().rate($0.total).a }
            guard !terms.isEmpty, !terms.reduce(Fraction(0), +).isZero else { continue }
            let sum = GuardedSum(terms)
            for a in terms {
                offices += 1
                let tenths = exactTenths(a, terms)
                let twice = tenths * Fraction(2)
                if twice.terminatingScale == 0, !(tenths.terminatingScale == 0) { boundaries += 1 }
                if let fast = sum.relativeScoreTenths(a: a, factor: 10, base: 80, cap: 100) {
                    decided += 1
                    #expect(Fraction(fast, 10).rounded(1) == (tenths / Fraction(10)).rounded(1))
                }
            }
        }
        // The generated groups include exact x.x5 scores, and the guard decides most scores.
        #expect(boundaries > 20)
        #expect(decided > offices / 2)
    }

    @Test func largeGroupsMatchTheExactPath() {
        var random = Generator(state: 29)
        for size in [50, 300] {
            var counts: [String: Counts] = [:]
            for index in 0..<size {
                let volume = 30 + random.next(3000)
                counts["公所\(index)"] = Counts([.enrol: random.next(volume / 4), .resume: random.next(40), .volume: volume])
            }
            // Two offices equal to another one: equal A, equal scores.
            counts["同分甲"] = counts["公所0"]
            counts["同分乙"] = counts["公所0"]
            let (guarded, exact) = bothPaths(.oneMonth(counts))
            #expect(guarded == exact)
        }
    }

    /// Items (2)–(5) of a run nobody explains decide each rounded score in tenths on integers
    /// (``Fraction/relativeScoreTenths(n:a:sum:factor:base:cap:)``), their exact scores not
    /// made: the same values as the exact path, on groups with exact x.x5 scores, capped
    /// scores, equal A's and monthly means of quality.
    @Test func countItemsDecidedInTenthsMatchTheExactPath() {
        var random = Generator(state: 47)
        let items: [any GroupItem] = [Paperless(), Arrears(), Promotion(), Quality()]
        let feb = YearMonth(year: 111, month: 2), mar = YearMonth(year: 111, month: 3), apr = YearMonth(year: 111, month: 4)
        var silentScores = 0
        for _ in 0..<400 {
            let size = 2 + random.next(8)
            var offices: [OfficeActivity] = []
            for index in 0..<size {
                let months = [feb, mar, apr].prefix(1 + random.next(3)).map { month in
                    (month, Counts(Dictionary(uniqueKeysWithValues: CountColumn.allCases.map { ($0, random.next(4) == 0 ? 0 : random.next(12)) })))
                }
                offices.append(OfficeActivity(office: Office(name: "公所\(index)", group: 1), months: months))
            }
            let group = GroupInput(offices: offices, readings: ReadingChoices())
            for item in items {
                let silent = Explanation.silently { item.evaluate(group) }
                let exact = item.evaluate(group)
                #expect(silent.map(\.value) == exact.map(\.value), "\(item.id)")
                #expect(silent.map(\.mean) == exact.map(\.mean), "\(item.id)")
                silentScores += silent.filter { $0.score == nil }.count
                #expect(exact.allSatisfy { $0.score != nil })
            }
        }
        // Most silent scores are decided in tenths.
        #expect(silentScores > 4000)
    }

    /// Bonus items (6)–(8) of a run nobody explains round their capped points from the points'
    /// digits (``ScoreSteps/cappedTenths(_:cap:)``): the same values as the exact steps, for
    /// sites and other offices, under both `local-card` readings.
    @Test func bonusItemsDecidedInTenthsMatchTheExactPath() {
        var random = Generator(state: 53)
        let items: [any BonusItem] = [LineActivity(), CrossDistrict(), CardReplacement()]
        var silentScores = 0
        for _ in 0..<600 {
            let counts = Counts([
                .lineText: random.next(12), .lineRead: random.next(20), .crossDistrict: random.next(25),
                .cardReplacement: random.next(30), .localCards: random.next(700),
            ])
            let site = random.next(3) == 0, readings = ["local-card": random.next(2) == 0 ? "card-only" : "combined"]
            let input = BonusInput.oneMonth(counts, cardSite: site, readings: readings)
            for item in items {
                let silent = Explanation.silently { item.evaluate(input) }
                let exact = item.evaluate(input)
                #expect(silent.value == exact.value, "\(item.id) \(counts)")
                #expect(exact.score != nil)
                if silent.score == nil { silentScores += 1 }
            }
        }
        #expect(silentScores == 1800)
    }

    /// The group mean B is shown the same by the guarded path (a run) and the exact one (a unit
    /// explained): to six decimals where a term is not whole at twelve digits and the guard band
    /// decides the rounding, exactly where every term is. Here A's of 1/3 and 2051/3072 (1 of 3
    /// and 2,051 of 3,072 applications) have the mean 0.50048828125, shown 0.500488 by both.
    @Test func bothPathsShowTheSameMean() {
        let terms = [Fraction(1, 3), Fraction(2051, 3072)]
        #expect(GuardedSum(terms).meanDisplay == Decimal(string: "0.500488"))
        let group = GroupInput.oneMonth(["甲": Counts([.enrol: 1, .volume: 3]), "乙": Counts([.enrol: 2051, .volume: 3072])])
        let guarded = Explanation.silently { ApplicationRate().evaluate(group) }.map(\.mean)
        let exact = ApplicationRate().evaluate(group).map(\.mean)
        // A is a percentage: 100/3 and 51275/768, their mean 50.048828125 (shown 50.048828).
        #expect(guarded == [Decimal(string: "50.048828"), Decimal(string: "50.048828")])
        #expect(exact == guarded)
        // A mean the twelve digits decide is shown exactly.
        #expect(GuardedSum([Fraction(1, 4), Fraction(1, 8)]).meanDisplay == Decimal(string: "0.1875"))
    }

    @Test func anExactBoundaryIsLeftToTheExactPath() {
        // A = 40.6, B = 40: exactly 80.15, which the guard band cannot decide.
        let terms = [Fraction(203, 5), Fraction(197, 5)]
        #expect(GuardedSum(terms).relativeScoreTenths(a: terms[0], factor: 10, base: 80, cap: 100) == nil)
        let group = GroupInput.oneMonth(["甲": Counts([.enrol: 203, .volume: 500]), "乙": Counts([.enrol: 197, .volume: 500])])
        #expect(bothPaths(group).guarded == [Decimal.exact("79.9"), Decimal.exact("80.2")])
    }

    @Test func theCapAndAZeroRateAreDecided() {
        let terms = [Fraction(90), Fraction(0), Fraction(0), Fraction(0)]
        let sum = GuardedSum(terms)
        #expect(sum.relativeScoreTenths(a: Fraction(90), factor: 10, base: 80, cap: 100) == 1000)
        #expect(sum.relativeScoreTenths(a: Fraction(0), factor: 10, base: 80, cap: 100) == 700)
        // Exactly on the cap: 100, exactly (2X = 2 × (1000 − 700)).
        let even = [Fraction(3), Fraction(1)]
        #expect(GuardedSum(even).relativeScoreTenths(a: Fraction(3), factor: 10, base: 80, cap: 100) == 850)
        #expect(GuardedSum(even).relativeScoreTenths(a: Fraction(3), factor: 10, base: 80, cap: 84) == 840)
    }
}

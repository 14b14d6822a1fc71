import Foundation
import Testing
@testable import PingbiCore

/// ``AwardBudget`` and ``Foundation/Decimal/wholeNumber``: the staff award's budget note and
/// 積分's ranks read back from a row, worked on pension-staff-112's sample.
@Suite struct AwardBudgetTests {
    /// Sample: 11 counties paid 5,000／4,000／3,000 per person; here three of them.
    @Test func theBudgetIsTheExactSumOfTheAmounts() {
        let outcomes = [
            Outcome(policy: "staff-award", unit: "臺中市", rank: 1, amount: 60000, perPerson: 5000),
            Outcome(policy: "staff-award", unit: "高雄市", rank: 2, amount: 88000, perPerson: 4000),
            Outcome(policy: "staff-award", unit: "屏東縣", rank: 4, amount: 18000, perPerson: 3000),
        ]
        let budget = AwardBudget(outcomes)
        #expect(budget.count == 3 && budget.amount == 166000)
    }

    /// Amounts of 38 significant digits between them: a `Decimal` sum of 0.1 + 10³⁶ would round;
    /// these stay exact.
    @Test func largeAndFractionalAmountsStayExact() {
        let outcomes = [
            Outcome(policy: "p", unit: "甲", amount: Decimal.exact("2500.5")),
            Outcome(policy: "p", unit: "乙", amount: Decimal.exact("1999999999999999.25")),
            Outcome(policy: "p", unit: "丙"),
        ]
        let budget = AwardBudget(outcomes)
        #expect(budget.count == 3 && budget.amount == Decimal.exact("2000000000002499.75"))
    }

    @Test func noOutcomesCostNothing() {
        #expect(AwardBudget([]).count == 0 && AwardBudget([]).amount == 0)
    }

    /// 積分's ranks come back as the whole numbers they were written as; anything else is nil.
    @Test func wholeNumbersAreReadExactly() {
        #expect(Decimal(3).wholeNumber == 3)
        #expect(Decimal(-16).wholeNumber == -16)
        #expect(Decimal.exact("8.0").wholeNumber == 8)
        #expect(Decimal.exact("1000000000000").wholeNumber == 1_000_000_000_000)
        #expect(Decimal.exact("2.5").wholeNumber == nil)
        #expect(Decimal.exact("1.45").wholeNumber == nil)
        #expect(Decimal.exact("99999999999999999999").wholeNumber == nil)
        #expect(Decimal.nan.wholeNumber == nil)
    }
}

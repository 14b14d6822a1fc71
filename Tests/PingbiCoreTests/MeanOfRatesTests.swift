import Foundation
import PingbiCore
import Testing

/// ``GroupRelativeScore/scoresOfRates(title:members:mean:formula:rounding:noRate:note:undefined:)`` on
/// hand-checked rates.
@Suite struct MeanOfRatesTests {
    let formula = GroupRelativeScore.Formula(factor: 10, cap: 100)

    /// The members of a group whose rates are `part / whole × 100` (nil: a zero whole).
    func members(_ counts: [(String, Int, Int)]) -> [(unit: String, a: Fraction?, explanation: Explanation)] {
        counts.map { (unit: $0.0, a: PercentRate($0.1, of: $0.2).exact, explanation: Explanation("A")) }
    }

    func scores(_ counts: [(String, Int, Int)], mean: GroupRelativeScore.RateMean = .meanOfRates, rounding: RoundingStage = .items) -> [ItemScore] {
        GroupRelativeScore.scoresOfRates(
            title: "得分", members: members(counts), mean: mean, formula: formula, rounding: rounding,
            noRate: "無（分母為 0）", note: "B 為各單位比率之平均", undefined: "分母為 0：比率 A 無定義")
    }

    @Test func anUndefinedRateIsLeftOutOfTheMeanAndScoresTheBase() {
        // 甲 1/3 = 100/3 %, 乙 2/4 = 50 %, 丁 0/0: B = (100/3 + 50) / 2 = 125/3.
        // 甲 ((2 × 100/3 − 250/3) × 10) / (250/3) + 80 = 78; 乙 82; 丁 80.
        let scored = scores([("甲", 1, 3), ("乙", 2, 4), ("丁", 0, 0)])
        #expect(scored.map(\.value) == [78, 82, 80])
        #expect(scored.map(\.mean) == Array(repeating: Decimal.exact("41.666667"), count: 3))
        #expect(scored[2].a == nil && scored[2].score == Fraction(80))
        #expect(scored[2].explanation.lines == [
            "得分", "  數值：A = 無（分母為 0）", "  說明：分母為 0：比率 A 無定義，本項得分為 80", "  四捨五入：80 四捨五入至小數 1 位 = 80",
            "  結果：80",
        ])
        #expect(scored[0].explanation.lines[2] == "  說明：B 為各單位比率之平均")
        #expect(scored[0].explanation.lines.contains("  數值：組內公所數 n = 2"))
    }

    @Test func everyRateUndefinedScoresEveryoneTheBase() {
        let scored = scores([("甲", 0, 0), ("乙", 3, 0)])
        #expect(scored.map(\.value) == [80, 80])
        #expect(scored.allSatisfy { $0.mean == nil && $0.a == nil })
        // Silently too: there is nothing for the guard to decide.
        let silent = Explanation.silently { scores([("甲", 0, 0), ("乙", 3, 0)]) }
        #expect(silent.map(\.value) == [80, 80])
    }

    @Test func aZeroMeanScoresTheBase() {
        // Every rate 0: B = 0, and (A−B)/B has no value.
        #expect(scores([("甲", 0, 50), ("乙", 0, 70)]).map(\.value) == [80, 80])
    }

    @Test func theCapAndAnExactHalf() {
        // B = 22.5: (90 − 22.5) / 22.5 × 10 + 80 = 110, capped at 100.
        #expect(scores([("甲", 90, 100), ("乙", 0, 100), ("丙", 0, 100), ("丁", 0, 100)])[0].value == 100)
        // A = 40.6, B = 40: exactly 80.15, which rounds up to 80.2; 39.4: 79.85 → 79.9.
        #expect(scores([("甲", 203, 500), ("乙", 197, 500)]).map(\.value) == [.exact("80.2"), .exact("79.9")])
        #expect(scores([("甲", 203, 500), ("乙", 197, 500)], rounding: .totalOnly).map(\.value) == [.exact("80.15"), .exact("79.85")])
    }

    @Test func aPooledMeanIsTheCallers() {
        // B = 3/7 × 100 = 300/7; 甲 100/3: (100/3 − 300/7) / (300/7) × 10 + 80 = 77.77… → 77.8;
        // 乙 50: 81.66… → 81.7; 丁 has no rate and scores 80.
        let scored = scores([("甲", 1, 3), ("乙", 2, 4), ("丁", 0, 0)], mean: .pooled(Fraction(300, 7), shown: "B = 3 / 7 × 100"))
        #expect(scored.map(\.value) == [.exact("77.8"), .exact("81.7"), 80])
        #expect(scored[0].mean == Decimal.exact("42.857143"))
        #expect(scored[0].explanation.lines[3] == "  代入：B = 3 / 7 × 100")
        // No pooled rate (every whole 0): nobody has a rate, everyone scores the base.
        #expect(scores([("甲", 0, 0)], mean: .pooled(nil, shown: "")).map { [$0.value, $0.mean] } == [[80, nil]])
    }

    @Test func theGuardedPathGivesTheExactPathsValues() {
        // Rates with thirds and sevenths: the guard decides some, the exact path the rest.
        let counts = [("甲", 1, 3), ("乙", 2, 7), ("丙", 5, 9), ("丁", 0, 0), ("戊", 4, 11), ("己", 1, 3)]
        let exact = scores(counts)
        let guarded = Explanation.silently { scores(counts) }
        #expect(guarded.map(\.value) == exact.map(\.value))
        #expect(guarded.map(\.mean) == exact.map(\.mean))
        #expect(guarded.contains { $0.score == nil })
        #expect(exact.allSatisfy { $0.score != nil })
        // Equal rates, equal scores; the undefined one scores the base on either path.
        #expect(guarded[0].value == guarded[5].value && guarded[3].value == 80)
    }
}

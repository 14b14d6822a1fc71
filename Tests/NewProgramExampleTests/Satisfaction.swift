import Foundation
import PingbiCore

/// Item (3) (參、三): the surveyed satisfaction, as it is.
public struct Satisfaction: UnitScoredItem {
    public typealias Unit = Office
    public let id = "S3", name = "民眾滿意度", clause = "本項得分＝民眾滿意度調查之滿意度(%)，四捨五入至小數點後一位。"

    /// One office's score.
    public func evaluate(_ input: UnitMember<Office>) -> ItemScore {
        let office = input.unit
        var explanation = Explanation("\(id) \(name)")
        explanation.input("滿意度(%)", office.satisfaction)
        explanation.add(.formula, "得分 = 滿意度(%)")
        let score = Fraction(office.satisfaction)
        return ItemScore(unit: office.name, a: score, score: score, value: ScoreSteps.finish(score, .items, &explanation), aExplanation: nil, explanation: explanation)
    }

    public var examples: [Example] {
        let score: @Sendable (String) -> Decimal = { Satisfaction().evaluate(UnitMember(unit: Office(name: "甲", group: "1", satisfaction: .exact($0), counts: [:]), readings: ReadingChoices())).value }
        return [
            Example("滿意度 91.2% 得 91.2 分", expect: .exact("91.2")) { score("91.2") },
            Example("滿意度 88.25% 四捨五入為 88.3 分", expect: .exact("88.3")) { score("88.25") },
        ]
    }
}

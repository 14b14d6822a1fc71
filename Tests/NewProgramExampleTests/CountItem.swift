import Foundation
import PingbiCore

/// Items (1) and (2) (參、一、二): A is one count of the period, scored against the group's mean.
public struct CountItem: GroupScoredItem {
    public typealias Unit = Office
    /// `S1`, its name, the column A is read from.
    public let id: String, name: String, column: String
    public var clause: String { "原始得分 A：評比期間之\(column)；組平均 B：組內各公所 A 之平均；本項得分＝〔(A−B)/B〕×10＋80，最高 100 分。" }

    /// Every office's score in one group.
    public func evaluate(_ group: GroupMembers<Office>) -> [ItemScore] {
        let members = group.units.map { office in
            var explanation = Explanation("\(id) \(name) A")
            explanation.input(column, count: office.counts[column]!)
            return (unit: office.name, a: Fraction?(Fraction(office.counts[column]!)), explanation: explanation)
        }
        return GroupRelativeScore.scores(title: "\(id) \(name)", members: members, formula: .init(factor: 10, cap: 100), rounding: .items)
    }

    public var examples: [Example] {
        let scores: @Sendable ([Int]) -> [Decimal] = { [self] counts in
            evaluate(GroupMembers(units: counts.indices.map { Office(name: "\($0)", group: "1", satisfaction: 0, counts: [column: counts[$0]]) }, readings: ReadingChoices())).map(\.value)
        }
        return [
            Example("B = 100：A = 150 得 85 分、A = 50 得 75 分、A = B 得 80 分", expect: [85, 75, 80]) { scores([150, 50, 100]) },
            Example("B = 25：A = 100 為 110 分，以上限 100 計", expect: [100, 70, 70, 70]) { scores([100, 0, 0, 0]) },
            Example("組內皆為 0 件（B = 0）：皆得 80 分", expect: [80, 80]) { scores([0, 0]) },
        ]
    }
}

import Foundation
import PingbiCore

/// One of 附件四's four indicators ranked within each group: the pipeline scores a county's
/// rate (shown at the `rate-precision` in force, ranked exactly) and its rank, which enters 積分.
///
/// > 附件四 一、1.(2)：「各組於『收繳率消長』、『訪視成功率』、『訪視後補繳率』、『訪視完成率』4 項指標
/// > 分別排名，將排名乘以加權指數後，所加總之總分即為該直轄市、縣（市）政府積分。」
public struct IndicatorRank: GroupScoredItem {
    public typealias Unit = StaffCounty
    /// The rank's value key (`r_change`), the key of its weight in 積分.
    public let id: String
    /// `收繳率消長排名`.
    public let name: String
    public let clause = "附件四 一、1.(2)：各組於「收繳率消長」、「訪視成功率」、「訪視後補繳率」、「訪視完成率」4 項指標分別排名，將排名乘以加權指數後，所加總之總分即為該直轄市、縣（市）政府積分。"
    /// The indicator's own column (its rate), beside the rank.
    public let aColumn: ValueColumn?
    /// The indicator's name (`收繳率消長`).
    let indicator: String
    /// A county's rate at a precision.
    let rate: @Sendable (StaffCounty, RatePrecision) -> RateValue
    /// Each group's title, for the explanations (``PensionStaff112/groupNames``).
    let titles: [StaffGroup: String]

    /// The rank of `indicator` under `id`, its rate shown in `column`.
    init(
        _ id: String, _ indicator: String, column: ValueColumn, titles: [StaffGroup: String] = PensionStaff112.documentGroupNames,
        rate: @escaping @Sendable (StaffCounty, RatePrecision) -> RateValue
    ) {
        self.id = id
        self.titles = titles
        self.name = indicator + "排名"
        self.indicator = indicator
        self.aColumn = column
        self.rate = rate
    }

    /// Each member's rate and its rank within the group, high to low (ties share, 1、1、3; a
    /// rate without a value last).
    public func evaluate(_ input: GroupMembers<StaffCounty>) -> [ItemScore] {
        let precision = input.readings(PensionReadings.ratePrecision)
        let rates = input.units.map { rate($0, precision) }
        let title = input.units.first.flatMap { StaffGroup(rawValue: $0.group) }.flatMap { titles[$0] } ?? ""
        let ranked = GroupRanking.descending(
            keys: rates.map(\.rankKey), shown: rates.map(\.value), names: input.units.map(\.name), title: "\(indicator)排名（\(title)）",
            indicator: indicator, undefined: "分母為 0，無數值")
        return input.units.indices.map { index in
            ItemScore(
                unit: input.units[index].name, a: rates[index].rankKey, score: Fraction(ranked[index].rank),
                value: Decimal(ranked[index].rank), aExplanation: rates[index].explanation, explanation: ranked[index].explanation,
                shownA: rates[index].value)
        }
    }

    /// The four, in 積分's order, each with its column at `rateScale` decimals (nil: exact) and
    /// the groups' `titles`.
    static func all(rateScale: Int?, titles: [StaffGroup: String] = PensionStaff112.documentGroupNames) -> [IndicatorRank] {
        [
            IndicatorRank("r_change", "收繳率消長", column: ValueColumn("change", "收繳率消長(百分點)", scale: rateScale, role: .change), titles: titles) {
                StaffChange.rate($0.rates, $1)
            },
            IndicatorRank("r_success", "訪視成功率", column: ValueColumn("success", "訪視成功率(%)", scale: rateScale), titles: titles) {
                VisitSuccessRate().evaluate(($0.visits, $1))
            },
            IndicatorRank("r_paid", "訪視後補繳率", column: ValueColumn("paid", "訪視後補繳率(%)", scale: rateScale), titles: titles) {
                PaymentAfterVisitRate().evaluate(($0.visits, $1))
            },
            IndicatorRank("r_completion", "訪視完成率", column: ValueColumn("completion", "訪視完成率(%)", scale: rateScale), titles: titles) {
                VisitCompletionRate().evaluate(($0.visits, $1))
            },
        ]
    }

    public var examples: [Example] {
        // 甲 and 丙 have every rate higher than 乙's: 消長 1 against 0, 成功率 90% against 50%,
        // 補繳率 50% against 25%, 完成率 100% against 80%.
        let better: @Sendable (String) -> StaffCounty = { name in
            StaffCounty(
                name: name, group: .a, rates: .sample(name, rate: "51", base: "50"),
                visits: .sample(name, target: 100, actual: 100, success: 90, paid: 45))
        }
        let worse = StaffCounty(
            name: "乙", group: .a, rates: .sample("乙", rate: "50", base: "50"), visits: .sample("乙", target: 100, actual: 80, success: 40, paid: 10))
        return [
            Example("\(indicator)較高者第 1 名、較低者第 2 名", expect: ["甲:1", "乙:2"]) {
                self.ranks([better("甲"), worse])
            },
            Example("同值並列：甲、丙同為第 1 名，乙第 3 名（1、1、3）", expect: ["甲:1", "乙:3", "丙:1"]) {
                self.ranks([better("甲"), worse, better("丙")])
            },
        ]
    }

    /// `unit:rank` of this indicator in `group` under the default readings, for examples.
    private func ranks(_ group: [StaffCounty]) -> [String] {
        evaluate(GroupMembers(units: group, readings: ReadingChoices())).map { "\($0.unit):\($0.value.plainText)" }
    }
}

import Foundation
import PingbiCore

/// `pension-staff-112`: the 督導員 and 服務員 of each county, ranked in groups A and B by a
/// weighted sum of four indicator ranks (seed 002, 五(二), 六(二), 附件四).
public struct PensionStaff112: Program {
    public let id = "pension-staff-112"
    public let title = "國民年金督導員及服務員績效評核（112 年版辦理原則附件四）"
    /// The agency that issued the principles.
    public let agency: String? = "衛生福利部"
    /// The staff award (rank 1, 2, 3 or 3–8) is each group's main award.
    public var primaryPolicy: String? { "staff-award" }

    public var inputs: [TableSpec] { [PensionCounty112.rateTable, VisitTable.spec] }
    public var readings: [AnyReading] { [PensionReadings.ratePrecision.erased, CutTies.reading.erased] }
    public var indicators: [any Indicator] {
        [CollectionRateChange(), VisitSuccessRate(), PaymentAfterVisitRate(), VisitCompletionRate(), StaffScore(weights: weights)]
    }
    public var policies: [any AwardPolicy] { [StaffAward(), VisitTargetMissed()] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// The weight of each indicator's rank in 積分, by the rank's value key (`r_change` …);
    /// 附件四's 0.4, 0.25, 0.2, 0.15 by default. They should sum to 1.
    ///
    /// ```swift
    /// var program = PensionStaff112()
    /// program.weights["r_change"] = Decimal.exact("0.35")
    /// program.weights["r_success"] = Decimal.exact("0.30")
    /// ```
    public var weights: [String: Decimal] = StaffScore.documentWeights

    /// The program.
    public init() {}

    /// The value keys of one indicator: its value, its rank, its name.
    private static let keys = [
        ("change", "r_change", "收繳率消長"), ("success", "r_success", "訪視成功率"),
        ("paid", "r_paid", "訪視後補繳率"), ("completion", "r_completion", "訪視完成率"),
    ]

    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        let rates = try PensionCounty112.readRates(context.data)
        let visits = try VisitTable(context.data.table(VisitTable.spec), rates: rates)
        let precision: RatePrecision = context.readings(PensionReadings.ratePrecision)
        var result = emptyResult(context)
        result.sources = [rates.file, visits.file]
        // Tables show the rates at 2 decimals under `rate-precision=2`, as computed under `exact`.
        let rateScale: Int? = precision == .two ? 2 : nil
        result.columns = [
            ValueColumn("change", "收繳率消長(百分點)", scale: rateScale, role: .change), ValueColumn("success", "訪視成功率(%)", scale: rateScale),
            ValueColumn("paid", "訪視後補繳率(%)", scale: rateScale), ValueColumn("completion", "訪視完成率(%)", scale: rateScale),
            ValueColumn("r_change", "消長排名", scale: 0), ValueColumn("r_success", "成功率排名", scale: 0),
            ValueColumn("r_paid", "補繳率排名", scale: 0), ValueColumn("r_completion", "完成率排名", scale: 0),
            ValueColumn("score", "積分", scale: 2, ranks: true, lowerIsBetter: true),
        ]
        for group in StaffGroup.allCases { result.groupTitles[group.rawValue] = group.title }
        result.policyTitles[TiedAtCut.policy] = TiedAtCut.title(referredTo: "評審")

        var units: [UnitResult] = []
        var awardInput: [StaffAward.County] = []
        for group in StaffGroup.allCases {
            let rows = visits.rows.filter { StaffGroup.of($0.name) == group }
                .sorted { PensionCounty112.counties.firstIndex(of: $0.name)! < PensionCounty112.counties.firstIndex(of: $1.name)! }
            let names = rows.map(\.name)
            // The four indicators, in the order of `keys`.
            let indicatorValues: [[RateValue]] = [
                rows.map { row in change(rates.rows.first { $0.name == row.name }!, precision) },
                rows.map { VisitSuccessRate().evaluate(($0, precision)) },
                rows.map { PaymentAfterVisitRate().evaluate(($0, precision)) },
                rows.map { VisitCompletionRate().evaluate(($0, precision)) },
            ]
            let ranked = zip(Self.keys, indicatorValues).map { key, values in
                GroupRanking.descending(
                    keys: values.map(\.rankKey), shown: values.map(\.value), names: names, title: "\(key.2)排名（\(group.title)）",
                    indicator: key.2, undefined: "分母為 0，無數值")
            }
            let score = StaffScore(weights: weights)
            let scores = rows.indices.map { index in
                score.evaluate(StaffRanks(
                    change: ranked[0][index].rank, success: ranked[1][index].rank, paid: ranked[2][index].rank,
                    completion: ranked[3][index].rank))
            }
            let ranks = Ranking.ranks(scores.map(\.value), by: [.ascending { $0 }])
            var groupUnits: [UnitResult] = []
            for index in rows.indices {
                var unit = UnitResult(unit: names[index], group: group.rawValue, rank: ranks[index])
                for (position, key) in Self.keys.enumerated() {
                    unit.values[key.0] = indicatorValues[position][index].value
                    unit.explanations[key.0] = indicatorValues[position][index].explanation
                    unit.values[key.1] = Decimal(ranked[position][index].rank)
                    unit.explanations[key.1] = ranked[position][index].explanation
                }
                var scoreExplanation = scores[index].explanation
                let tied = rows.indices.filter { $0 != index && ranks[$0] == ranks[index] }.map { names[$0] }
                scoreExplanation.add(
                    .note, "\(group.title)依積分由低至高排名：第 \(ranks[index]) 名"
                        + (tied.isEmpty ? "" : "（與 " + tied.joined(separator: "、") + " 積分相同，並列）"))
                unit.values["score"] = scores[index].value
                unit.explanations["score"] = scoreExplanation
                groupUnits.append(unit)
                awardInput.append(StaffAward.County(
                    name: names[index], group: group, rank: ranks[index], score: scores[index].value,
                    supervisors: rows[index].supervisors, workers: rows[index].workers))
            }
            groupUnits.sort { ($0.rank ?? 0, PensionCounty112.counties.firstIndex(of: $0.unit) ?? 0)
                < ($1.rank ?? 0, PensionCounty112.counties.firstIndex(of: $1.unit) ?? 0) }
            units += groupUnits
        }
        result.units = units

        for decision in [
            StaffAward().decide(.init(counties: awardInput, ties: context.readings(CutTies.reading))),
            VisitTargetMissed().decide(visits.rows),
        ] {
            result.outcomes += decision.outcomes
            result.warnings += decision.warnings
            result.vacancies += decision.vacancies
        }
        let awards = result.outcomes(of: StaffAward().id)
        let budget = awards.compactMap(\.amount).reduce(Decimal(0), +)
        let people = awardInput.filter { c in awards.contains { $0.unit == c.name } }
            .map { CheckedCount.boundedAdd($0.supervisors, $0.workers) }.reduce(Decimal(0)) { $0 + Decimal($1) }
        result.notes.append("獎勵額度為「等值商品最高 5,000／4,000／3,000 元/人」之上限，以等值商品發給，非現金；各縣市金額 = 每人額度 × (督導員人數 + 服務員人數)。")
        result.notes.append("獎勵總額（上限）：\(awards.count) 個縣市、\(people) 人，合計等值商品最高 \(budget.grouped) 元。")
        if !result.outcomes(of: TiedAtCut.policy).isEmpty {
            result.notes.append("切線同分之縣市未計入上列總額，待評審決定。")
        }
        result.notes.append("收繳率消長取自各縣市收繳率表（公布之收繳率為準）；四項指標皆於同組內由高至低排名，分母為 0 者無數值、排最後。")
        if context.data.isSample {
            result.notes.append("範例資料：訪視人數、督導員及服務員人數為虛構之示範數字，並非實際統計；各縣市收繳率為 111 年公布之附件二。")
        }
        return result
    }

    /// 收繳率消長 (reusing the county program's indicator) at the precision in force.
    private func change(_ row: RateRow, _ precision: RatePrecision) -> RateValue {
        let (value, explanation) = CollectionRateChange().change(of: row)
        var explained = explanation
        if precision == .two && value.rounded(2) == value {
            explained.add(.note, "已為小數 2 位（rate-precision=2），排名以此值為準")
            return RateValue(value: value, explanation: explained)
        }
        let taken = precision.apply(value, &explained)
        explained.result(taken)
        return RateValue(value: taken, explanation: explained)
    }
}

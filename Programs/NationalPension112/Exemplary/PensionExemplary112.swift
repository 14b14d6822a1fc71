import Foundation
import PingbiCore

/// `pension-exemplary-112`: the 標竿學習獎 for exemplary 督導員 and 服務員 — 初審 of the
/// nominations, 複審 by a five-member panel (seed 002, 五(三), 附件五、六).
///
/// Personal data: results carry only the name, the nominating agency and the scores; the
/// form's contact columns are never read (最小揭露).
public struct PensionExemplary112: Program {
    public let id = "pension-exemplary-112"
    public let title = "績優國民年金督導員及服務員標竿學習獎（112 年版辦理原則附件五、六）"
    /// The agency that issued the principles.
    public let agency: String? = "衛生福利部"
    /// 標竿學習獎 is the main award.
    public var primaryPolicy: String? { "benchmark-award" }

    public var inputs: [TableSpec] { [NominationTable.spec] }
    public var readings: [AnyReading] {
        [PensionReadings.excess.erased, PensionReadings.panelScore.erased, PensionReadings.awardThreshold.erased, CutTies.reading.erased]
    }
    public var indicators: [any Indicator] { [PanelScoreCombination()] }
    public var policies: [any AwardPolicy] { [PreliminaryReview(), BenchmarkAward()] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// The program.
    public init() {}

    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        let table = try NominationTable(context.data.table(NominationTable.spec))
        let method: PanelScore = context.readings(PensionReadings.panelScore)
        let threshold: AwardThreshold = context.readings(PensionReadings.awardThreshold)
        var result = emptyResult(context)
        result.sources = [table.file]
        result.columns = [ValueColumn("mean", "複審分數", scale: 2, ranks: true)]
        for title in NominationTable.titles { result.groupTitles[title] = title }
        result.policyTitles[TiedAtCut.policy] = TiedAtCut.title(referredTo: "複審小組")

        for county in PensionCounty112.counties where !table.rows.contains(where: { $0.agency == county }) {
            result.warnings.append("\(county)未推薦任何人（附件五備註 1：各直轄市、縣(市)政府至少推薦 1 人）。")
        }

        // 初審.
        let review = PreliminaryReview.Input(nominations: table.rows, excess: context.readings(PensionReadings.excess))
        let screening = PreliminaryReview().decide(review)
        result.outcomes += screening.outcomes
        result.warnings += screening.warnings
        let reasons = PreliminaryReview().reasons(review)
        let passed = zip(table.rows, reasons).filter { $0.1 == nil }.map(\.0)

        // 複審: all five scores are required of those who passed.
        var scored: [(nomination: Nomination, score: Decimal, exact: Fraction, explanation: Explanation)] = []
        for n in passed {
            var scores: [Decimal] = []
            for (index, score) in n.scores.enumerated() {
                guard let score else {
                    throw DataError(
                        file: table.file, line: n.line, column: NominationTable.Column.scores[index], value: "",
                        expected: "0 到 100 之間的數字（初審通過者須有 5 位評審分數）")
                }
                scores.append(score)
            }
            var (value, exact, explanation) = PanelScoreCombination().evaluate((scores, method))
            explanation.add(.note, "推薦機關：\(n.agency)；職稱：\(n.title)；初審通過")
            scored.append((n, value, exact, explanation))
        }

        var nominees: [BenchmarkAward.Nominee] = []
        var units: [UnitResult] = []
        for title in NominationTable.titles {
            let members = scored.filter { $0.nomination.title == title }
            // Ranked by the exact mean (a trimmed mean is a third, which a Decimal rounds).
            let ranks = Ranking.ranks(members.map(\.exact), by: [.descending { $0 }])
            for (index, member) in members.enumerated() {
                var explanation = member.explanation
                let tied = members.indices.filter { $0 != index && ranks[$0] == ranks[index] }.map { members[$0].nomination.name }
                explanation.add(
                    .note, "\(title)中依複審分數由高至低排名：第 \(ranks[index]) 名"
                        + (tied.isEmpty ? "" : "（與 " + tied.joined(separator: "、") + " 同分並列）"))
                var unit = UnitResult(
                    unit: member.nomination.name, group: title, rank: ranks[index], values: ["mean": member.score],
                    explanations: ["mean": explanation])
                unit.agency = member.nomination.agency
                units.append(unit)
                nominees.append(BenchmarkAward.Nominee(
                    name: member.nomination.name, agency: member.nomination.agency, title: title, score: member.score,
                    rank: ranks[index], exactScore: member.exact))
            }
        }

        let award = BenchmarkAward().decide(.init(
            nominees: nominees, threshold: threshold.points, ties: context.readings(CutTies.reading)))
        result.outcomes += award.outcomes
        result.warnings += award.warnings
        result.vacancies += award.vacancies
        for index in units.indices {
            let unit = units[index].unit
            let status: String
            if award.outcomes.contains(where: { $0.unit == unit && $0.policy == BenchmarkAward().id }) {
                status = "獲標竿學習獎（等值商品最高 5,000 元）"
            } else if award.outcomes.contains(where: { $0.unit == unit }) {
                status = "名額切線同分，交複審小組決定"
            } else if units[index].values["mean"]! < threshold.points {
                status = "未達獲獎標準 \(threshold.points.plainText) 分（award-threshold），未獲獎"
            } else {
                status = "名額外，未獲獎"
            }
            units[index].explanations["mean"]!.add(.note, status)
        }
        units.sort { a, b in
            let ga = NominationTable.titles.firstIndex(of: a.group ?? "") ?? 0
            let gb = NominationTable.titles.firstIndex(of: b.group ?? "") ?? 0
            return (ga, a.rank ?? 0, a.unit) < (gb, b.rank ?? 0, b.unit)
        }
        result.units = units

        let winners = result.outcomes(of: BenchmarkAward().id)
        let budget = winners.compactMap(\.amount).reduce(Decimal(0), +)
        result.notes.append("獎勵額度為等值商品，每人最高 5,000 元（上限，非現金）。")
        result.notes.append("獎勵總額（上限）：\(winners.count) 人，合計等值商品最高 \(budget.grouped) 元。")
        result.notes.append("個人資料最小揭露：結果僅列姓名、推薦機關及評審分數，不含聯絡方式等其他個人資料。")
        if context.data.isSample {
            result.notes.append("範例資料：推薦名單之受推薦人、事蹟及評審分數均為虛構之示範資料，並非實際推薦。")
        }
        return result
    }
}

import Foundation
import PingbiCore

/// `pension-exemplary-112`: the 標竿學習獎 for exemplary 督導員 and 服務員 — 初審 of the
/// nominations, 複審 by a five-member panel (seed 002, 五(三), 附件五、六).
///
/// A ``ScoredProgram`` without a total: the program reads the nominations and runs 初審 (the
/// exclusions, under `excess`); the core scores each finalist's 複審分數 under `panel-score`,
/// ranks the finalists within their 職稱 by its exact value and decides 標竿學習獎; the program
/// adds each finalist's rank and status to its explanation, and the notes.
///
/// Personal data: results carry only the name, the nominating agency and the scores; the
/// form's contact columns are never read (最小揭露).
public struct PensionExemplary112: ScoredProgram {
    public let id = "pension-exemplary-112"
    public let title = "績優國民年金督導員及服務員標竿學習獎（112 年版辦理原則附件五、六）"
    /// The agency that issued the principles.
    public let agency: String? = "衛生福利部"
    /// 標竿學習獎 is the main award.
    public var primaryPolicy: String? { "benchmark-award" }

    /// `nominations.csv`, its notes quoting the limits in force.
    public var inputs: [TableSpec] { [nominationSpec] }
    /// `excess` says the place in force (``nominationLimit``).
    public var readings: [AnyReading] {
        [
            PensionReadings.excess(limit: nominationLimit).erased, PensionReadings.panelScore.erased,
            PensionReadings.awardThreshold.erased, CutTies.reading.erased,
        ]
    }
    /// 初審, decided on reading the nominations; then 標竿學習獎 on the ranked finalists.
    public var policies: [any AwardPolicy] { [preliminaryReview, benchmarkAward] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// 標竿學習獎's places per 職稱 (附件五): 督導員 2, 服務員 10.
    ///
    /// > 督導員 名額 1-2 …；服務員 名額 10
    public var benchmarkPlaces: [String: Int] = Self.documentBenchmarkPlaces
    /// 標竿學習獎's prize per person by 職稱, a ceiling in goods (附件五): 督導員 5,000, 服務員 5,000.
    ///
    /// > 督導員 … 等值商品獎勵額度 5,000 元；服務員 … 等值商品獎勵額度 5,000 元
    ///
    /// ```swift
    /// var program = PensionExemplary112()
    /// program.benchmarkPrize["督導員"] = Decimal(6000)
    /// ```
    public var benchmarkPrize: [String: Decimal] = Self.documentBenchmarkPrize
    /// 初審: the most an agency may nominate (附件五 備註 1): 3.
    ///
    /// > 各直轄市、縣（市）政府至少推薦 1 人，至多推薦 3 人。
    public var nominationLimit: Int = Self.documentNominationLimit
    /// The fewest nominations an agency should make (附件五 備註 1): 1. Not a reason of 初審: an
    /// agency that nominated fewer is named in a warning.
    ///
    /// > 各直轄市、縣（市）政府至少推薦 1 人，至多推薦 3 人。
    public var nominationMinimum: Int = Self.documentNominationMinimum
    /// 初審: the longest 事蹟概述, in characters (附件六): 500.
    ///
    /// > 受推薦人優良性績概述(500字以內)
    public var summaryLimit: Int = Self.documentSummaryLimit
    /// 初審: the fewest service photos (附件六): 2.
    ///
    /// > 另請提供個人服務照片至少 2 張並詳述內容。
    public var photoMinimum: Int = Self.documentPhotoMinimum

    /// 附件五's places: 督導員 up to 2, 服務員 10.
    public static let documentBenchmarkPlaces = ["督導員": 2, "服務員": 10]
    /// 附件五's prize per 職稱: 5,000 each.
    public static let documentBenchmarkPrize = ["督導員": Decimal(5000), "服務員": Decimal(5000)]
    /// 附件五 備註 1's most nominations per agency: 3.
    public static let documentNominationLimit = 3
    /// 附件五 備註 1's fewest nominations per agency: 1.
    public static let documentNominationMinimum = 1
    /// 附件六's longest 事蹟概述: 500 characters.
    public static let documentSummaryLimit = 500
    /// 附件六's fewest photos: 2.
    public static let documentPhotoMinimum = 2

    /// No weights: finalists rank on 複審分數 itself.
    public var weights: [String: Decimal] = [:]
    public var addsTotal: Bool { false }
    public var groupItems: [any GroupScoredItem<Finalist>] { [] }
    /// 複審: the panel's scores combined under `panel-score`.
    public var unitItems: [any UnitScoredItem<Finalist>] { [PanelScoreCombination()] }
    /// The exact 複審分數 descending (a trimmed mean is a third, which a `Decimal` rounds).
    public var rankKeys: [RankKey<BenchmarkAward.Nominee>] { [.descending { $0.exactScore }] }
    /// 標竿學習獎.
    public var awards: [any StandingsAward<BenchmarkAward.Nominee>] { [benchmarkAward] }
    /// 標竿學習獎 with the places and prize in force.
    var benchmarkAward: BenchmarkAward { BenchmarkAward(places: benchmarkPlaces, prize: benchmarkPrize) }
    /// 初審 with the limits in force.
    var preliminaryReview: PreliminaryReview {
        PreliminaryReview(perAgency: nominationLimit, summaryLimit: summaryLimit, minimumPhotos: photoMinimum)
    }
    /// `nominations.csv` with the limits in force.
    var nominationSpec: TableSpec { NominationTable.spec(summaryLimit: summaryLimit, minimumPhotos: photoMinimum) }
    public var columns: [ValueColumn] { [ValueColumn("mean", "複審分數", scale: 2, ranks: true)] }
    /// Each 職稱 is its own title.
    public var groupTitles: [String: String] { Dictionary(uniqueKeysWithValues: NominationTable.titles.map { ($0, $0) }) }
    /// 督導員, then 服務員, as 附件五 lists them.
    public var groupOrder: [String] { NominationTable.titles }
    public var tiedAtCutTitle: String? { TiedAtCut.title(referredTo: "複審小組") }
    /// How many each agency should nominate (附件五 備註 1), for the rules document: the minimum
    /// in force (the most is 初審's).
    public var ownRules: [RulesDocument.Entry] {
        [RulesDocument.Entry(
            section: .program, key: "nomination-minimum", title: "推薦人數下限",
            text: "附件五 備註 1：各直轄市、縣（市）政府至少推薦 \(nominationMinimum) 人；未達者列入警告，不影響初審。")]
    }
    /// `excess` decides who passes 初審.
    public var loadingReadings: [AnyReading] { [PensionReadings.excess.erased] }
    /// `panel-score` decides the scores (and so the ranks).
    public var scoringReadings: [AnyReading] { [PensionReadings.panelScore.erased] }
    /// Nothing beyond the scores.
    public var rankingReadings: [AnyReading] { [] }

    /// The program.
    public init() {}

    /// Reads the nominations and runs 初審 under `excess`: agencies that nominated nobody, the
    /// exclusions with their reasons, and the finalists, each of whom must have all five panel scores.
    public func load(_ context: EvaluationContext) throws -> ReviewedNominations {
        let table = try NominationTable(context.data.table(nominationSpec))
        var warnings: [String] = []
        for county in PensionCounty112.counties {
            let count = table.rows.count { $0.agency == county }
            guard count < nominationMinimum else { continue }
            warnings.append(
                (count == 0 ? "\(county)未推薦任何人" : "\(county)僅推薦 \(count) 人")
                    + "（附件五備註 1：各直轄市、縣(市)政府至少推薦 \(nominationMinimum) 人）。")
        }
        let review = PreliminaryReview.Input(nominations: table.rows, excess: context.readings(PensionReadings.excess))
        let screening = preliminaryReview.decide(review)
        warnings += screening.warnings
        var finalists: [Finalist] = []
        for (n, reason) in zip(table.rows, preliminaryReview.reasons(review)) where reason == nil {
            var scores: [Decimal] = []
            for (index, score) in n.scores.enumerated() {
                guard let score else {
                    throw DataError(
                        file: table.file, line: n.line, column: NominationTable.Column.scores[index], value: "",
                        expected: "0 到 100 之間的數字（初審通過者須有 5 位評審分數）")
                }
                scores.append(score)
            }
            finalists.append(Finalist(nomination: n, scores: scores))
        }
        return ReviewedNominations(file: table.file, units: finalists, excluded: screening.outcomes, warnings: warnings)
    }

    /// 初審: the nominations left out, before 標竿學習獎.
    public func decidedBeforeAwards(_ data: ReviewedNominations, readings: ReadingChoices) -> Decision {
        Decision(outcomes: data.excluded)
    }

    /// 複審分數 is shown as combined.
    public func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }

    /// The nominating agency.
    public func describe(_ row: inout UnitResult, at index: Int, in data: ReviewedNominations) {
        row.agency = data.units[index].nomination.agency
    }

    /// Each finalist with the score shown and its exact value.
    public func standings(_ data: ReviewedNominations, rows: inout [UnitResult], readings: ReadingChoices) -> [BenchmarkAward.Nominee] {
        let method: PanelScore = readings(PensionReadings.panelScore)
        return zip(data.units, rows).map { finalist, row in
            BenchmarkAward.Nominee(
                name: finalist.name, agency: finalist.nomination.agency, title: finalist.group, score: row.values["mean"]!,
                exactScore: PanelScoreCombination().combine(finalist.scores, method).exact)
        }
    }

    /// Each finalist's rank and status in its explanation, the file read and the notes.
    public func finish(_ result: inout ProgramResult, data: ReviewedNominations, context: EvaluationContext) {
        let threshold: AwardThreshold = context.readings(PensionReadings.awardThreshold)
        let award = benchmarkAward
        let decided = result.outcomes.filter { $0.policy == award.id || $0.policy == TiedAtCut.policy }
        for index in result.units.indices {
            let unit = result.units[index], title = unit.group ?? "", rank = unit.rank ?? 0
            let tied = result.sharingRank(with: unit)
            let status: String
            if decided.contains(where: { $0.unit == unit.unit && $0.policy == award.id }) {
                status = "獲標竿學習獎（等值商品最高 \(award.prize(for: title).grouped) 元）"
            } else if decided.contains(where: { $0.unit == unit.unit }) {
                status = "名額切線同分，交複審小組決定"
            } else if unit.values["mean"]! < threshold.points {
                status = "未達獲獎標準 \(threshold.points.plainText) 分（award-threshold），未獲獎"
            } else {
                status = "名額外，未獲獎"
            }
            result.units[index].explanations["mean"]?.add(
                .note, "\(title)中依複審分數由高至低排名：第 \(rank) 名" + (tied.isEmpty ? "" : "（與 " + tied.joined(separator: "、") + " 同分並列）"))
            result.units[index].explanations["mean"]?.add(.note, status)
        }
        result.sources = [data.file]

        let budget = AwardBudget(result.outcomes(of: award.id))
        result.notes.append("獎勵額度為等值商品，每人最高 \(award.prizeText)（上限，非現金）。")
        result.notes.append("獎勵總額（上限）：\(budget.count) 人，合計等值商品最高 \(budget.amount.grouped) 元。")
        result.notes.append("個人資料最小揭露：結果僅列姓名、推薦機關及評審分數，不含聯絡方式等其他個人資料。")
        if context.data.isSample {
            result.notes.append("範例資料：推薦名單之受推薦人、事蹟及評審分數均為虛構之示範資料，並非實際推薦。")
        }
    }
}

import Foundation
import PingbiCore

/// `pension-staff-112`: the 督導員 and 服務員 of each county, ranked in groups A and B by a
/// weighted sum of four indicator ranks (seed 002, 五(二), 六(二), 附件四).
///
/// A ``ScoredProgram`` without a total: the core ranks each of the four indicators within the
/// group (``IndicatorRank``), ranks 積分 (``StaffScore``, made in ``standings(_:rows:readings:)``)
/// from low to high, and decides the staff award; the program adds who is listed for 年度考核
/// (``VisitTargetMissed``) and the budget notes.
public struct PensionStaff112: ScoredProgram {
    public let id = "pension-staff-112"
    public let title = "國民年金督導員及服務員績效評核（112 年版辦理原則附件四）"
    /// The agency that issued the principles.
    public let agency: String? = "衛生福利部"
    /// The staff award (A 組 ranks 1–3, B 組 1–8 in 附件四) is each group's main award.
    public var primaryPolicy: String? { "staff-award" }

    public var inputs: [TableSpec] { [PensionCounty112.rateTable, VisitTable.spec] }
    public var readings: [AnyReading] { [PensionReadings.ratePrecision.erased, CutTies.reading.erased] }
    /// The four indicators ranked, and 積分.
    public var indicators: [any Indicator] {
        [CollectionRateChange(), VisitSuccessRate(), PaymentAfterVisitRate(), VisitCompletionRate(), StaffScore(weights: weights)]
    }
    /// The staff award, then 列入年度考核.
    public var policies: [any AwardPolicy] { [staffAward, VisitTargetMissed()] }
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
    /// The staff award's places per group, the worst rank that wins (附件四 二): A 組 3, B 組 8.
    ///
    /// > A 組第 3 名 B 組第 3-8 名 等值商品最高 3,000 元/人
    public var awardPlaces: [StaffGroup: Int] = Self.documentAwardPlaces
    /// The staff award's ceiling per person by rank in each group, the last rate for every
    /// further place (附件四 二): 5,000, 4,000, 3,000 in both groups.
    ///
    /// > 第 1 名 等值商品最高 5,000 元/人；第 2 名 等值商品最高 4,000 元/人；A 組第 3 名 B 組第 3-8 名 等值商品最高 3,000 元/人
    ///
    /// ```swift
    /// var program = PensionStaff112()
    /// program.awardRates[.b] = [Decimal(5000), Decimal(4000), Decimal(2500)]
    /// ```
    public var awardRates: [StaffGroup: [Decimal]] = Self.documentAwardRates
    /// The counties of A 組, the 直轄市 (附件四 一、1.(1)); every other county is in B 組.
    ///
    /// > 直轄市為 A 組，其餘縣（市）為 B 組。
    public var groupA: Set<String> = Self.documentGroupA
    /// Each group's title, as results, warnings and explanations show it (附件四 一、1.(1)):
    /// 「A 組（直轄市）」, 「B 組（縣(市)）」. An edition that puts a county other than a 直轄市 into
    /// A 組 (``groupA``) states A 組's title too.
    ///
    /// ```swift
    /// var program = PensionStaff112()
    /// program.groupA.insert("新竹縣")
    /// program.groupNames[.a] = "A 組（直轄市及新竹縣）"
    /// ```
    public var groupNames: [StaffGroup: String] = Self.documentGroupNames

    /// 附件四 二's places: A 組 to the 3rd, B 組 to the 8th.
    public static let documentAwardPlaces: [StaffGroup: Int] = [.a: 3, .b: 8]
    /// 附件四 二's rates per person, the same in both groups: 5,000, 4,000, 3,000.
    public static let documentAwardRates: [StaffGroup: [Decimal]] = Dictionary(
        uniqueKeysWithValues: StaffGroup.allCases.map { ($0, [Decimal(5000), Decimal(4000), Decimal(3000)]) })
    /// The six 直轄市 of 112, A 組.
    public static let documentGroupA: Set = ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市"]
    /// 附件四's group titles: A 組（直轄市）, B 組（縣(市)）.
    public static let documentGroupNames: [StaffGroup: String] = [.a: "A 組（直轄市）", .b: "B 組（縣(市)）"]

    /// The program.
    public init() {}

    /// 積分 is the weighted sum of ranks, not a total of scores.
    public var addsTotal: Bool { false }
    /// 附件四 一、1.(2): the four indicators, each ranked within the group.
    public var groupItems: [any GroupScoredItem<StaffCounty>] { IndicatorRank.all(rateScale: 2, titles: groupNames) }
    public var unitItems: [any UnitScoredItem<StaffCounty>] { [] }
    /// 積分, low to high.
    public var rankKeys: [RankKey<StaffStanding>] { [.ascending { $0.score }] }
    /// 附件四 二.
    public var awards: [any StandingsAward<StaffStanding>] { [staffAward] }
    /// The staff award with the places and rates in force.
    var staffAward: StaffAward { StaffAward(places: awardPlaces, rates: awardRates, titles: groupNames) }
    /// How counties are grouped (附件四 一、1.(1)), for the rules document: each group's title
    /// and counties in force.
    public var ownRules: [RulesDocument.Entry] {
        let members = { (group: StaffGroup) in
            PensionCounty112.counties.filter { StaffGroup.of($0, groupA: groupA) == group }
        }
        let lists = StaffGroup.allCases.map { group in
            let counties = members(group)
            return "\(groupNames[group]!)\(counties.count) 個縣市：" + counties.joined(separator: "、")
        }
        return [RulesDocument.Entry(
            section: .program, key: "groups", title: "分組",
            text: "附件四 一、1.(1)：直轄市為 A 組，其餘縣（市）為 B 組。\n" + lists.joined(separator: "；"))]
    }
    /// The rates at 2 decimals (as `rate-precision=2` ranks them), the ranks and 積分.
    public var columns: [ValueColumn] { Self.columns(rateScale: 2) }
    public var groupTitles: [String: String] {
        Dictionary(uniqueKeysWithValues: StaffGroup.allCases.map { ($0.rawValue, groupNames[$0]!) })
    }
    public var tiedAtCutTitle: String? { TiedAtCut.title(referredTo: "評審") }
    /// Counties of equal 積分 in 附件二's order.
    public var tiedOrder: TiedOrder { .roster }
    /// The rates depend on `rate-precision`.
    public var scoringReadings: [AnyReading] { [PensionReadings.ratePrecision.erased] }
    /// 積分's ranks depend on nothing more.
    public var rankingReadings: [AnyReading] { [] }

    /// The value columns, the rates at `rateScale` decimals (nil: as computed).
    static func columns(rateScale: Int?) -> [ValueColumn] {
        IndicatorRank.all(rateScale: rateScale).compactMap(\.aColumn) + [
            ValueColumn("r_change", "消長排名", scale: 0), ValueColumn("r_success", "成功率排名", scale: 0),
            ValueColumn("r_paid", "補繳率排名", scale: 0), ValueColumn("r_completion", "完成率排名", scale: 0),
            ValueColumn("score", "積分", scale: 2, ranks: true, lowerIsBetter: true),
        ]
    }

    /// 附件二 and `visits.csv`, checked to cover the same 22 counties, grouped by ``groupA``.
    public func load(_ context: EvaluationContext) throws -> StaffData {
        precondition(StaffGroup.allCases.allSatisfy { groupNames[$0] != nil }, "\(id): every group needs a title in groupNames")
        precondition(groupA.isSubset(of: PensionCounty112.counties), "\(id): groupA names a county not among the 22: \(groupA.subtracting(PensionCounty112.counties).sorted())")
        let rates = try PensionCounty112.readRates(context.data)
        return StaffData(rates: rates, visits: try VisitTable(context.data.table(VisitTable.spec), rates: rates), groupA: groupA)
    }

    /// Ranks are whole numbers and 積分 exact: nothing is rounded.
    public func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }

    /// Each county's 積分 from its four ranks, added to its row (its explanation only where
    /// explanations record).
    public func standings(_ data: StaffData, rows: inout [UnitResult], readings: ReadingChoices) -> [StaffStanding] {
        let score = StaffScore(weights: weights)
        return data.units.indices.map { index in
            let county = data.units[index]
            let (value, explanation) = score.evaluate(StaffRanks(of: rows[index]))
            rows[index].values["score"] = value
            if Explanation.records { rows[index].explanations["score"] = explanation }
            return StaffStanding(
                name: county.name, group: StaffGroup(rawValue: county.group)!, score: value,
                supervisors: county.visits.supervisors, workers: county.visits.workers)
        }
    }

    /// The files read, the columns under `exact`, each 積分's rank, 列入年度考核 and the notes.
    public func finish(_ result: inout ProgramResult, data: StaffData, context: EvaluationContext) {
        result.sources = [data.rates.file, data.visits.file]
        // Tables show the rates at 2 decimals under `rate-precision=2`, as computed under `exact`.
        if context.readings(PensionReadings.ratePrecision) == .exact { result.columns = Self.columns(rateScale: nil) }
        for index in result.units.indices {
            let unit = result.units[index], rank = unit.rank!
            let tied = result.sharingRank(with: unit)
            result.units[index].explanations["score"]?.add(
                .note, "\(groupTitles[unit.group!]!)依積分由低至高排名：第 \(rank) 名"
                    + (tied.isEmpty ? "" : "（與 " + tied.joined(separator: "、") + " 積分相同，並列）"))
        }
        result.record(VisitTargetMissed().decide(data.visits.rows))

        let awards = result.outcomes(of: staffAward.id), budget = AwardBudget(awards)
        // 22 counties' head counts, each within CountLimit.
        let people = CheckedCount.boundedSum(data.visits.rows.filter { row in awards.contains { $0.unit == row.name } }.map(\.headCount))
        result.notes.append("獎勵額度為「等值商品最高 \(staffAward.ratesText) 元/人」之上限，以等值商品發給，非現金；各縣市金額 = 每人額度 × (督導員人數 + 服務員人數)。")
        result.notes.append("獎勵總額（上限）：\(budget.count) 個縣市、\(people) 人，合計等值商品最高 \(budget.amount.grouped) 元。")
        if !result.outcomes(of: TiedAtCut.policy).isEmpty {
            result.notes.append("切線同分之縣市未計入上列總額，待評審決定。")
        }
        result.notes.append("收繳率消長取自各縣市收繳率表（公布之收繳率為準）；四項指標皆於同組內由高至低排名，分母為 0 者無數值、排最後。")
        if context.data.isSample {
            result.notes.append("範例資料：訪視人數、督導員及服務員人數為虛構之示範數字，並非實際統計；各縣市收繳率為 111 年公布之附件二。")
        }
    }
}

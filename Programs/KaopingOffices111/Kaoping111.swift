import Foundation
import PingbiCore

/// 111年度高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比 (seed 000; SPEC §1).
///
/// The document's numbers are public stored properties with the 111 values as defaults, and
/// everything (the total, the columns, the indicators, the readings, the awards) is computed
/// from them, so a later edition states only its differences (`docs/new-year.md`):
///
/// ```swift
/// var program = Kaoping111()
/// program.weights["S1"] = Decimal.exact("0.25")  // 肆、三：(1)*25%
/// program.eliteQuota[4] = 5                      // 伍、一：第四分組錄取前 5 名
/// ```
public struct Kaoping111: Program {
    /// The program as the 111 document writes it.
    public init() {}

    /// `kaoping-111` (an edition gives its own through ``Edition``).
    public let id = "kaoping-111"
    /// The document's title.
    public let title = "111年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比"
    /// The agency that runs it (壹、計畫目的: 本署 and its 高屏業務組).
    public let agency: String? = "衛生福利部中央健康保險署高屏業務組"
    /// 菁英獎 is each group's main award.
    public var primaryPolicy: String? { "elite" }

    /// The weight of each of ``items`` in 總得分, by item id (肆、三); they should sum to 1.
    public var weights: [String: Decimal] = Kaoping111.documentWeights
    /// The items scored against the group mean and weighted in the total, in column order:
    /// (1)–(5). An edition appends a new item (and its weight) or replaces one.
    public var items: [any GroupItem] = [ApplicationRate(), Paperless(), Arrears(), Promotion(), Quality()]
    /// The bonus items added unweighted to the total, in column order: (6)–(8).
    public var bonuses: [any BonusItem] = [LineActivity(), CrossDistrict(), CardReplacement()]
    /// The groups (肆、一、附件1): by 110年每月平均異動筆數 ≥200, 80~199, 30~79, <29, listing 10, 11,
    /// 27 and 29 offices.
    public var groups: GroupScheme = Kaoping111.documentGroups
    /// 菁英獎's places per group (伍、一): 3, 3, 4, 4.
    public var eliteQuota: [Int: Int] = Kaoping111.documentEliteQuota
    /// 行動服務貢獻獎's places (伍、二): 2.
    public var mobileWinners: Int = Kaoping111.documentMobileWinners
    /// 行動服務貢獻獎's pool: offices whose 行動量 ranks within this many (伍、二): 10.
    public var mobilePoolSize: Int = Kaoping111.documentMobilePoolSize
    /// The program period (貳): 111-02..111-09; results are final only for the whole period.
    public var period = KaopingInputs.programPeriod
    /// The program period, for `pingbi` to check a `--period` against before evaluating.
    public var programPeriod: PeriodRange? { period }

    /// The 111 weights: (1) 30%, (2) 15%, (3) 20%, (4) 15%, (5) 20%.
    public static let documentWeights: [String: Decimal] = [
        "S1": Decimal.exact("0.30"), "S2": Decimal.exact("0.15"), "S3": Decimal.exact("0.20"),
        "S4": Decimal.exact("0.15"), "S5": Decimal.exact("0.20"),
    ]
    /// The 111 groups.
    public static let documentGroups = GroupScheme(measure: "110年月平均異動筆數", lowerBounds: [200, 80, 30], documentedSizes: [10, 11, 27, 29])
    /// The 111 菁英獎 places per group.
    public static let documentEliteQuota = [1: 3, 2: 3, 3: 4, 4: 4]
    /// The 111 行動服務貢獻獎 places.
    public static let documentMobileWinners = 2
    /// The 111 行動服務貢獻獎 pool.
    public static let documentMobilePoolSize = 10

    /// `offices.csv` and `activity.csv`.
    public var inputs: [TableSpec] { [KaopingInputs.offices(groups), KaopingInputs.activity(period, columns: countColumns)] }

    /// The columns of `activity.csv` this program reads: every item's and 行動量's, in the 111
    /// file's order, then an edition's new columns in the order of its items. A column no item
    /// reads is neither required nor counted anywhere (協助件數 included).
    public var countColumns: [CountColumn] {
        let read = items.flatMap(\.columns) + bonuses.flatMap(\.columns) + CountColumn.mobile
        let used = Set(read)
        var ordered = CountColumn.allCases.filter(used.contains)
        for column in read where !ordered.contains(column) { ordered.append(column) }
        return ordered
    }
    /// SPEC §1's readings and `cut-ties`.
    public var readings: [AnyReading] {
        KaopingReadings.all.map { $0.name == KaopingReadings.groupBounds.name ? KaopingReadings.groupBounds(groups).erased : $0 }
    }
    /// ``items``, then ``bonuses``.
    public var indicators: [any Indicator] { items + bonuses }
    /// 菁英獎 and 行動服務貢獻獎, with this program's quotas.
    public var policies: [any AwardPolicy] { [eliteAward, mobileAward] }
    /// The shipped sample: the real roster, made-up activity (範例資料).
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// How offices are grouped (肆、一), for the rules document.
    public var ownRules: [RulesDocument.Entry] {
        let sizes = groups.documentedSizes.map { "；附件1 各組 " + $0.map { "\($0)" }.joined(separator: "、") + " 家" } ?? ""
        return [RulesDocument.Entry(
            section: .program, key: "groups", title: "分組",
            text: "依\(groups.measure)分為 \(groups.count) 組：" + groups.asWrittenText + sizes)]
    }

    /// The sum of ``weights`` (1 when the edition's weights are complete).
    public var weightSum: Decimal { weights.values.reduce(0, +) }

    var eliteAward: EliteAward { EliteAward(quotas: eliteQuota, groups: groups) }
    var mobileAward: MobileAward { MobileAward(poolSize: mobilePoolSize, places: mobileWinners) }

    /// The weight of `item`; a missing weight is a programming error of the edition.
    func weight(of item: any GroupItem) -> Decimal {
        guard let weight = weights[item.id] else {
            preconditionFailure("\(id): item \(item.id) \(item.name) has no weight in `weights`")
        }
        return weight
    }

    /// The value columns, in display order: each item's A, each item's score (titled with its
    /// weight, `(1)申辦率30%`), each bonus, then 總得分, 協助件數, 行動量.
    public var columns: [ValueColumn] {
        items.map { ValueColumn("A" + $0.number, "\($0.label)A\($0.aUnit)", scale: $0.aScale) }
            + items.map { ValueColumn($0.id, "(\($0.number))\($0.label)\((weight(of: $0) * 100).plainText)%", scale: 1) }
            + bonuses.map { ValueColumn($0.id, "(\($0.number))\($0.label)", scale: 1) }
            + [ValueColumn("total", "總得分", scale: 1, ranks: true), ValueColumn("assist", "協助件數", scale: 0), ValueColumn("mobile", "行動量", scale: 0)]
    }

    /// Evaluates the program: groups, items, totals, group ranks, then both awards.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        try evaluate(context) { _ in }
    }

    /// Reads the data once per `group-bounds` value and evaluates it under any readings, reusing
    /// scores and ranks where the readings they depend on repeat; results without explanations.
    public func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult {
        let data = KaopingData.Cache(program: self, context: context), rules = resultRules
        return { readings in
            var context = context
            context.readings = readings
            let variant = context
            let loaded = try data.loaded(readings)
            let ranked = data.ranks(readings) {
                Explanation.silently { rank(data.scores(readings) { score(loaded, readings) }, loaded, readings) }
            }
            return Explanation.silently { award(ranked, loaded, variant, rules: rules) }
        }
    }

    /// Evaluates as ``evaluate(_:)`` does, calling `stage` after each stage with its name
    /// (讀取, 項目與總分, 協助件數與名次, 獎項): `pingbi-bench` times them.
    public func evaluate(_ context: EvaluationContext, stage: (String) -> Void) throws -> ProgramResult {
        let loaded = try load(context, bounds: context.readings(KaopingReadings.groupBounds))
        stage("讀取")
        return explained(Explanation.silently { compute(loaded, context, stage: stage) }, context, loaded)
    }

    /// `result` (computed silently) with each explanation deferred to one recorded run.
    private func explained(_ result: ProgramResult, _ context: EvaluationContext, _ data: KaopingData) -> ProgramResult {
        var result = result
        let recorded = RecordedExplanations { compute(data, context) }
        for index in result.units.indices {
            let unit = result.units[index].unit
            for key in Array(result.units[index].explanations.keys) {
                result.units[index].explanations[key] = Explanation(deferred: { recorded.explanation(unit, key) })
            }
        }
        return result
    }

    /// Reads `offices.csv` and `activity.csv` for the context's period under `bounds`.
    func load(_ context: EvaluationContext, bounds: GroupBounds) throws(DataError) -> KaopingData {
        let programPeriod = self.period
        if let period = context.period, !programPeriod.contains(period) {
            throw DataError(
                file: "--period", value: period.description,
                expected: "計畫期間 \(programPeriod) 之內的期間（例如 6 月期中統計 \(programPeriod.first)..\(programPeriod.first.year)-05）")
        }
        var warnings: [String] = []
        let offices = try Office.load(context.data, groups: groups, bounds: bounds, warnings: &warnings)
        let (activity, period) = try OfficeActivity.load(
            context.data, offices: offices, columns: countColumns, period: context.period, programPeriod: programPeriod, warnings: &warnings)
        return KaopingData(
            period: period, provisional: period != programPeriod, periodFromData: context.period == nil && period != programPeriod,
            activity: activity, months: activity.map { monthly($0, items: items) }, warnings: warnings)
    }

    /// The result on loaded data under the context's readings, explanations included.
    func compute(_ data: KaopingData, _ context: EvaluationContext, stage: (String) -> Void = { _ in }) -> ProgramResult {
        let scored = score(data, context.readings)
        stage("項目與總分")
        let ranked = rank(scored, data, context.readings)
        stage("協助件數與名次")
        return award(ranked, data, context, stage: stage)
    }

    /// Every office's item scores and total under `readings` (only ``KaopingReadings/scoring``
    /// matter), with the warnings so far.
    func score(_ data: KaopingData, _ readings: ReadingChoices) -> KaopingScores {
        total(itemScores(data, readings), data, readings)
    }

    /// Every office's score on every item under `readings`: what the weights do not change.
    func itemScores(_ data: KaopingData, _ readings: ReadingChoices) -> KaopingItemScores {
        var warnings = data.warnings
        let activity = data.activity
        var sheet = ScoreSheet()
        var groupMeans: [String: [String: Decimal]] = [:]
        for group in groups.numbers {
            let input = GroupInput(offices: activity.filter { $0.office.group == group }, readings: readings, weights: weights)
            for item in items {
                let itemScores = item.evaluate(input)
                sheet.add(item.id, itemScores)
                if let mean = itemScores.lazy.compactMap(\.mean).first { groupMeans["\(group)", default: [:]]["A" + item.number] = mean }
            }
        }
        for office in activity {
            let input = BonusInput(office: office, readings: readings)
            for item in bonuses { sheet.add(item.id, [item.evaluate(input)]) }
        }
        for office in activity where sheet.recorded("S1", of: office.office.name).map({ $0.a == nil }) == true {
            warnings.append("\(office.office.name) 承保異動量為 0：項目(1)申辦率無定義，不列入組平均，以 80 分計")
        }
        return KaopingItemScores(sheet: sheet, warnings: warnings, groupMeans: groupMeans)
    }

    /// Every office's row with its 總得分 under this program's weights.
    func total(_ scored: KaopingItemScores, _ data: KaopingData, _ readings: ReadingChoices) -> KaopingScores {
        let sheet = scored.sheet
        let itemWeights = items.map { WeightedTotal.Weight(id: $0.id, weight(of: $0)) }
        let rounding: RoundingStage = readings(KaopingReadings.rounding)
        let bonusIDs = bonuses.map(\.id)
        var units: [UnitResult] = []
        var totals: [Decimal] = []
        units.reserveCapacity(data.activity.count)
        for (index, office) in data.activity.enumerated() {
            let name = office.office.name
            var unit = sheet.unit(name, group: "\(office.office.group)", weights: itemWeights, bonuses: bonusIDs, rounding: rounding)
            let row = sheet.scores(of: name)
            for item in items {
                let score = row[item.id]!
                let key = "A" + item.number
                if let a = score.a {
                    unit.values[key] = item.aScale > 0 ? a.display() : a.rounded(0)
                }
                unit.explanations[key] = score.aExplanation
            }
            unit.months = data.months[index]
            if !office.missing.isEmpty { unit.texts[Self.missingMonths.key] = office.missing.map(\.description).joined(separator: "、") }
            totals.append(unit.values["total"]!)
            units.append(unit)
        }
        return KaopingScores(units: units, totals: totals, warnings: scored.warnings, groupMeans: scored.groupMeans)
    }

    /// 協助件數, 行動量 and group ranks on `scored`, under `readings`' `assist-count`.
    func rank(_ scored: KaopingScores, _ data: KaopingData, _ readings: ReadingChoices) -> KaopingRanks {
        let assistReading: AssistCount = readings(KaopingReadings.assistCount)
        let columns = countColumns
        var units: [UnitResult] = []
        var standings: [Standing] = []
        for (index, office) in data.activity.enumerated() {
            let name = office.office.name
            var unit = scored.units[index]
            let total = scored.totals[index]
            let assist = Assist.count(office.total, cardSite: office.office.isCardSite, reading: assistReading, among: columns)
            unit.values["assist"] = Decimal(assist.value)
            unit.explanations["assist"] = assist.explanation
            let mobile = Assist.mobileVolume(office.total)
            unit.values["mobile"] = Decimal(mobile.value)
            unit.explanations["mobile"] = mobile.explanation
            units.append(unit)
            standings.append(Standing(
                name, group: office.office.group, total: total, assist: assist.value, mobileVolume: mobile.value))
        }
        let ranks = Standing.groupRanks(standings)
        for index in units.indices { units[index].rank = ranks[units[index].unit] }
        return KaopingRanks(units: units, standings: standings, warnings: scored.warnings, groupMeans: scored.groupMeans)
    }

    /// Both awards on `ranked`: the result.
    func award(
        _ ranked: KaopingRanks, _ data: KaopingData, _ context: EvaluationContext, rules: [RulesDocument.Entry]? = nil,
        stage: (String) -> Void = { _ in }
    ) -> ProgramResult {
        var result = emptyResult(context, rules: rules)
        let readings = context.readings
        let period = data.period, provisional = data.provisional
        let warnings = ranked.warnings, units = ranked.units, standings = ranked.standings
        var awardInput = AwardInput(standings: standings, readings: readings, provisional: provisional)
        let elite = eliteAward.decide(awardInput)
        awardInput.eliteWinners = Set(elite.outcomes.filter { $0.policy == "elite" }.map(\.unit))
        let mobile = mobileAward.decide(awardInput)
        stage("獎項")

        result.period = period
        result.provisional = provisional
        result.sources = [context.data.displayName(KaopingInputs.offices.fileName), context.data.displayName(KaopingInputs.activity.fileName)]
        result.columns = columns
        // A month missing inside the period shows on the office's row, not only in the warnings.
        if units.contains(where: { $0.texts[Self.missingMonths.key] != nil }) { result.textColumns = [Self.missingMonths] }
        result.units = units
        result.sortUnits()
        result.warnings = warnings
        result.record(elite)
        result.record(mobile)
        result.groupTitles = groups.titles
        result.groupMeans = ranked.groupMeans
        result.policyTitles[TiedAtCut.policy] = tiedAtCutTitle
        result.notes = notes(context, period: period, provisional: provisional, fromData: data.periodFromData)
        return result
    }

    /// The office's A of each item counted monthly — items (1)–(4): a rate or a weighted sum of
    /// the month's counts — per month of the period, a missing month with none.
    func monthly(_ office: OfficeActivity, items: [any GroupItem]) -> [MonthValues] {
        let sums = items.compactMap { $0 as? any CountSumItem }.map { (key: "A" + $0.number, terms: $0.terms) }
        let rates = items.compactMap { $0 as? ApplicationRate }.map { (key: "A" + $0.number, item: $0) }
        var months = Explanation.silently {
            office.months.map { month, counts in
                var values: [String: Decimal] = [:]
                for sum in sums {
                    var a = 0
                    for term in sum.terms { a = CheckedCount.boundedAdd(a, CheckedCount.boundedProduct(term.weight, counts[term.column])) }
                    values[sum.key] = Decimal(a)
                }
                for rate in rates { if let a = rate.item.rate(counts).a { values[rate.key] = a.display() } }
                return MonthValues(month: month, values: values)
            }
        }
        months += office.missing.map { MonthValues(month: $0, values: [:], missing: true) }
        return months.sorted { $0.month < $1.month }
    }

    /// The text column naming an office's months without a row (counted as zeros).
    static let missingMonths = ValueColumn("missing", "缺資料月份")

    /// The notes every reader must see.
    private func notes(_ context: EvaluationContext, period: PeriodRange, provisional: Bool, fromData: Bool) -> [String] {
        var notes: [String] = []
        if context.data.isSample {
            notes.append("範例資料：公所名單與在地製卡據點為實際名單，分組與各月件數為虛構的範例資料，不是實際成績")
        }
        if fromData {
            notes.append("資料只涵蓋 \(period.first) 至 \(period.last) 的月份（共 \(period.months.count) 個月）：本次依資料以 \(period) 計算，不足的月份不以 0 補計")
        }
        if provisional {
            notes.append("期間 \(period) 為期中統計（暫定）：獎項依計畫於 \(self.period.last.year)年10月中旬以全期（\(self.period)）成績評定，本次得獎名單僅供參考")
        }
        notes.append(Promotion.spanNote(context.readings(KaopingReadings.promotionFactor), weights: weights))
        notes.append("比序：總得分相同者依協助件數（\(context.readings(KaopingReadings.assistCount).words)）多寡比序，兩者皆同者同名次")
        return notes
    }
}

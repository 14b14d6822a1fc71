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
public struct Kaoping111: ScoredProgram {
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
        items.compactMap(\.aColumn)
            + items.map { ValueColumn($0.id, "(\($0.number))\($0.label)\((weight(of: $0) * 100).plainText)%", scale: 1) }
            + bonuses.map { ValueColumn($0.id, "(\($0.number))\($0.label)", scale: 1) }
            + [ValueColumn("total", "總得分", scale: 1, ranks: true), ValueColumn("assist", "協助件數", scale: 0), ValueColumn("mobile", "行動量", scale: 0)]
    }

    /// Reads `offices.csv` and `activity.csv` under the context's `group-bounds`.
    public func load(_ context: EvaluationContext) throws -> KaopingData {
        try load(context, bounds: context.readings(KaopingReadings.groupBounds))
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
            activity: activity, monthly: MonthlyA(activity, items: items), warnings: warnings)
    }

    /// The group items: (1)–(5).
    public var groupItems: [any GroupScoredItem<OfficeActivity>] { items.map { scored($0) } }
    /// The bonus items: (6)–(8).
    public var unitItems: [any UnitScoredItem<OfficeActivity>] { bonuses.map { scored($0) } }
    /// 總得分 descending, then 協助件數 descending (伍、一 備註).
    public var rankKeys: [RankKey<Standing>] { Standing.rankKeys }
    /// 菁英獎, then 行動服務貢獻獎 (which reads 菁英獎's winners).
    public var awards: [any StandingsAward<Standing>] { [eliteAward, mobileAward] }
    /// Each group's title (第一組…).
    public var groupTitles: [String: String] { groups.titles }
    /// Ties at a cut line go to the panel (評審).
    public var tiedAtCutTitle: String? { kaopingTiedAtCutTitle }
    /// `group-bounds` decides who is in which group.
    public var loadingReadings: [AnyReading] { [KaopingReadings.groupBounds.erased] }
    /// The readings the items and totals depend on.
    public var scoringReadings: [AnyReading] { KaopingReadings.scoring }
    /// `assist-count` decides the tie-breaker.
    public var rankingReadings: [AnyReading] { [KaopingReadings.assistCount.erased] }

    private func scored(_ item: some GroupItem) -> any GroupScoredItem<OfficeActivity> { item }
    private func scored(_ item: some BonusItem) -> any UnitScoredItem<OfficeActivity> { item }

    /// The `rounding` reading's stage.
    public func rounding(_ readings: ReadingChoices) -> RoundingStage { readings(KaopingReadings.rounding) }

    /// The office's monthly values, and the months without a row.
    public func describe(_ row: inout UnitResult, at index: Int, in data: KaopingData) {
        row.deferMonths(to: data.monthly, unit: index)
        let missing = data.activity[index].missing
        if !missing.isEmpty { row.texts[Self.missingMonths.key] = missing.map(\.description).joined(separator: "、") }
    }

    /// 協助件數 (under `assist-count`) and 行動量, on each row and in each standing (their
    /// explanations only where explanations record), and each office's rank by 行動量 among all.
    public func standings(_ data: KaopingData, rows: inout [UnitResult], readings: ReadingChoices) -> [Standing] {
        let reading: AssistCount = readings(KaopingReadings.assistCount), programColumns = countColumns, scope = Explanation.scope
        // The columns counted, made once for 製卡 sites and once for the other offices.
        let counted = [false, true].map { Assist.columns(reading, cardSite: $0, among: programColumns) }
        // The values' slots in the rows' shared key table, found once (a row with a table of its
        // own is read by key).
        let table = rows.first?.values.keyTable
        let slots = table.map { table in (total: table.slot(of: "total"), assist: table.slot(of: "assist"), mobile: table.slot(of: "mobile")) }
        // Offices and rows read and written in place (no office or row is copied), each row by
        // one of two threads.
        let activity = data.activity
        var standings = rows.withUnsafeMutableBufferPointer { rows in
            let rows = TwoThreads.Elements(rows)
            return TwoThreads.map(count: activity.count) { index in
                let office = activity[index].office, site = office.isCardSite, columns = counted[site ? 1 : 0]
                let assist: Int, mobile: Int
                // Explained where the scope says (one group's, for one office's explanation).
                if scope.records(activity[index].group) {
                    let explained = (
                        Assist.count(activity[index].total, cardSite: site, reading: reading, among: programColumns, counted: columns),
                        Assist.mobileVolume(activity[index].total))
                    (assist, mobile) = (explained.0.value, explained.1.value)
                    rows[index].explanations["assist"] = explained.0.explanation
                    rows[index].explanations["mobile"] = explained.1.explanation
                } else {
                    assist = Assist.value(activity[index].total, counted: columns)
                    mobile = activity[index].total.mobileVolume
                }
                let total: Decimal
                if let slots, rows[index].values.keyTable === table, let totalSlot = slots.total, let assistSlot = slots.assist, let mobileSlot = slots.mobile {
                    rows[index].values[slot: assistSlot] = Decimal(assist)
                    rows[index].values[slot: mobileSlot] = Decimal(mobile)
                    total = rows[index].values[slot: totalSlot]!
                } else {
                    rows[index].values["assist"] = Decimal(assist)
                    rows[index].values["mobile"] = Decimal(mobile)
                    total = rows[index].values["total"]!
                }
                return Standing(office.name, group: office.group, total: total, assist: assist, mobileVolume: mobile)
            }
        }
        Standing.rankMobileVolume(&standings)
        return standings
    }

    /// The missing months' column when an office has one, and the notes.
    public func finish(_ result: inout ProgramResult, data: KaopingData, context: EvaluationContext) {
        // A month missing inside the period shows on the office's row, not only in the warnings.
        if result.units.contains(where: { $0.texts[Self.missingMonths.key] != nil }) { result.textColumns = [Self.missingMonths] }
        result.notes = notes(context, period: data.period, provisional: data.provisional, fromData: data.periodFromData)
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
        notes.append("比序：總得分相同者依協助件數（\(context.readings(KaopingReadings.assistCount).label)）多寡比序，兩者皆同者同名次")
        return notes
    }
}

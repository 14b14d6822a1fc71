import Foundation
import PingbiCore

/// 111年度高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比 (seed 000; SPEC §1).
public struct Kaoping111: Program {
    /// A program value.
    public init() {}

    /// `kaoping-111`.
    public let id = "kaoping-111"
    /// The document's title.
    public let title = "111年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比"

    /// `offices.csv` and `activity.csv`.
    public var inputs: [TableSpec] { [KaopingInputs.offices, KaopingInputs.activity] }
    /// SPEC §1's readings and `cut-ties`.
    public var readings: [Reading] { KaopingReadings.all }
    /// Items (1)–(5), then the bonus items (6)–(8).
    public var indicators: [any Indicator] {
        [ApplicationRate(), Paperless(), Arrears(), Promotion(), Quality(), LineActivity(), CrossDistrict(), CardReplacement()]
    }
    /// 菁英獎 and 行動服務貢獻獎.
    public var policies: [any AwardPolicy] { [EliteAward(), MobileAward()] }
    /// The shipped sample: the real roster, made-up activity (範例資料).
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// The value columns, in display order.
    static let columns: [ValueColumn] = [
        ValueColumn("A1", "申辦率A(%)", scale: 2), ValueColumn("A2", "無紙化A", scale: 0), ValueColumn("A3", "欠費A", scale: 0),
        ValueColumn("A4", "宣導A", scale: 0), ValueColumn("A5", "品質A", scale: 2),
        ValueColumn("S1", "(1)申辦率30%", scale: 1), ValueColumn("S2", "(2)無紙化15%", scale: 1),
        ValueColumn("S3", "(3)欠費20%", scale: 1), ValueColumn("S4", "(4)宣導15%", scale: 1),
        ValueColumn("S5", "(5)品質20%", scale: 1), ValueColumn("S6", "(6)LINE", scale: 1),
        ValueColumn("S7", "(7)跨區", scale: 1), ValueColumn("S8", "(8)健保卡", scale: 1),
        ValueColumn("total", "總得分", scale: 1), ValueColumn("assist", "協助件數", scale: 0),
        ValueColumn("mobile", "行動量", scale: 0),
    ]

    /// Evaluates the program: groups, items, totals, group ranks, then both awards.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        var result = emptyResult(context)
        let readings = context.readings
        let period = context.period ?? KaopingInputs.programPeriod
        guard KaopingInputs.programPeriod.contains(period) else {
            throw DataError(
                file: "--period", value: period.description,
                expected: "計畫期間 \(KaopingInputs.programPeriod) 之內的期間（例如 6 月期中統計 111-02..111-05）")
        }
        let provisional = period != KaopingInputs.programPeriod
        var warnings: [String] = []
        let offices = try Office.load(context.data, bounds: readings(KaopingReadings.groupBounds), warnings: &warnings)
        let activity = try OfficeActivity.load(context.data, offices: offices, period: period, warnings: &warnings)

        var items: [String: [String: ItemScore]] = [:]
        let groupItems: [any GroupItem] = [ApplicationRate(), Paperless(), Arrears(), Promotion(), Quality()]
        for group in Groups.all {
            let input = GroupInput(offices: activity.filter { $0.office.group == group }, readings: readings)
            for item in groupItems {
                for score in item.evaluate(input) { items[item.id, default: [:]][score.unit] = score }
            }
        }
        let bonusItems: [any BonusItem] = [LineActivity(), CrossDistrict(), CardReplacement()]
        for office in activity {
            for item in bonusItems {
                items[item.id, default: [:]][office.office.name] = item.evaluate(BonusInput(office: office, readings: readings))
            }
        }
        for office in activity where items["S1"]?[office.office.name]?.a == nil {
            warnings.append("\(office.office.name) 承保異動量為 0：項目(1)申辦率無定義，不列入組平均，以 80 分計")
        }

        let rounding: RoundingStage = readings(KaopingReadings.rounding)
        let assistReading: AssistCount = readings(KaopingReadings.assistCount)
        var units: [UnitResult] = []
        var standings: [Standing] = []
        for office in activity {
            let name = office.office.name
            var unit = UnitResult(unit: name, group: "\(office.office.group)")
            for item in groupItems {
                let score = items[item.id]![name]!
                let key = "A" + item.id.dropFirst()
                if let a = score.a {
                    unit.values[key] = key == "A1" || key == "A5" ? a.display() : a.rounded(0)
                }
                unit.explanations[key] = score.aExplanation
                unit.values[item.id] = score.value
                unit.explanations[item.id] = score.explanation
            }
            for item in bonusItems {
                unit.values[item.id] = items[item.id]![name]!.value
                unit.explanations[item.id] = items[item.id]![name]!.explanation
            }
            let total = Total.compute(
                weighted: groupItems.map { (items[$0.id]![name]!, $0.id, $0.weight) },
                bonus: bonusItems.map { (items[$0.id]![name]!, $0.id) }, rounding: rounding)
            unit.values["total"] = total.value
            unit.explanations["total"] = total.explanation
            let assist = Assist.count(office.total, reading: assistReading)
            unit.values["assist"] = Decimal(assist.value)
            unit.explanations["assist"] = assist.explanation
            let mobile = Assist.mobileVolume(office.total)
            unit.values["mobile"] = Decimal(mobile.value)
            unit.explanations["mobile"] = mobile.explanation
            units.append(unit)
            standings.append(Standing(
                name, group: office.office.group, total: total.value, assist: assist.value, mobileVolume: mobile.value))
        }
        let ranks = Standing.groupRanks(standings)
        for index in units.indices { units[index].rank = ranks[units[index].unit] }
        units.sort { ($0.group ?? "", $0.rank ?? Int.max, $0.unit) < ($1.group ?? "", $1.rank ?? Int.max, $1.unit) }

        var awardInput = AwardInput(standings: standings, readings: readings, provisional: provisional)
        let elite = EliteAward().decide(awardInput)
        awardInput.eliteWinners = Set(elite.outcomes.filter { $0.policy == "elite" }.map(\.unit))
        let mobile = MobileAward().decide(awardInput)

        result.period = period
        result.provisional = provisional
        result.sources = [context.data.displayName(KaopingInputs.offices.fileName), context.data.displayName(KaopingInputs.activity.fileName)]
        result.columns = Kaoping111.columns
        result.units = units
        result.outcomes = elite.outcomes + mobile.outcomes
        result.warnings = warnings + elite.warnings + mobile.warnings
        result.groupTitles = Groups.titles
        result.policyTitles[TiedAtCut.policy] = TiedAtCut.title
        result.notes = notes(context, period: period, provisional: provisional)
        return result
    }

    /// The notes every reader must see.
    private func notes(_ context: EvaluationContext, period: PeriodRange, provisional: Bool) -> [String] {
        var notes: [String] = []
        if context.data.label == "範例資料" {
            notes.append("範例資料：公所名單與在地製卡據點為實際名單，分組與各月件數為虛構的範例資料，不是實際成績")
        }
        if provisional {
            notes.append("期間 \(period) 為期中統計（暫定）：獎項依計畫於 111年10月中旬以全期（\(KaopingInputs.programPeriod)）成績評定，本次得獎名單僅供參考")
        }
        notes.append(Promotion.spanNote(context.readings(KaopingReadings.promotionFactor)))
        notes.append("比序：總得分相同者依協助件數（assist-count=\(context.readings.value(of: KaopingReadings.assistCount))）多寡比序，兩者皆同者同名次")
        return notes
    }
}

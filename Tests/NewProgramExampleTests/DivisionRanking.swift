import Foundation
import PingbiCore

/// 113年度某業務組轄區公所服務績效評比（假設）: a brand-new program from the core kit only, never registered (docs/new-year.md).
///
/// > 貳、轄區公所分為第一組、第二組，各組分別評比。參、評比項目：(1)臨櫃服務量 35%、(2)線上申辦量 35%、
/// > (3)民眾滿意度 30%；各項得分及總得分四捨五入至小數點後一位；總得分相同者以滿意度高者為先。
public struct DivisionRanking: WeightedByItem {
    public let id = "division-113", title = "113年度某業務組轄區公所服務績效評比（假設）"
    public var primaryPolicy: String? { "excellence" }
    /// 參、評比項目: (1), (2) against the group's mean, (3) as surveyed; their weights in 總得分 by id.
    public var counter = CountItem(id: "S1", name: "臨櫃服務量", column: "臨櫃件數"), online = CountItem(id: "S2", name: "線上申辦量", column: "線上件數")
    public var satisfaction = Satisfaction()
    public var weights: [String: Decimal] = ["S1": .exact("0.35"), "S2": .exact("0.35"), "S3": .exact("0.30")]
    /// 肆、獎項.
    public var excellence = ExcellenceAward(), star = ServiceStar()

    /// 貳: the groups, by the key `組別` holds.
    public static let groupTitles = ["1": "第一組", "2": "第二組"]
    /// `offices.csv`: one row per office.
    public static let offices = TableSpec("offices.csv", title: "公所服務成果", columns: [
        ColumnSpec("公所", kind: .unit, note: "公所名稱"), ColumnSpec("組別", kind: .choice(["1", "2"]), note: "1 或 2"),
        ColumnSpec("臨櫃件數", kind: .count, note: "評比期間臨櫃受理件數"), ColumnSpec("線上件數", kind: .count, note: "評比期間線上申辦件數"),
        ColumnSpec("滿意度", kind: .rate, note: "民眾滿意度調查之滿意度（%）"),
    ])

    public var inputs: [TableSpec] { [Self.offices] }
    public var readings: [AnyReading] { [CutTies.reading.erased] }
    public var indicators: [any Indicator] { [counter, online, satisfaction] }
    public var policies: [any AwardPolicy] { [excellence, star] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// Reads `offices.csv`, scores the items, totals, ranks within each group, then decides both awards.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        var offices = try context.data.table(Self.offices).uniqueRows(by: "公所").map { name, row in
            try Office(name: name, group: row.choice("組別", ["1", "2"]), satisfaction: row.rate("滿意度"),
                       counts: ["臨櫃件數": row.limitedCount("臨櫃件數"), "線上件數": row.limitedCount("線上件數")])
        }
        var sheet = ScoreSheet()
        for group in Self.groupTitles.keys {
            for item in [counter, online] { sheet.add(item.id, item.evaluate(offices.filter { $0.group == group })) }
        }
        sheet.add(satisfaction.id, offices.map(satisfaction.evaluate))
        var result = emptyResult(context)
        result.units = offices.map { sheet.unit($0.name, group: $0.group, weights: totalWeights, rounding: .items) }
        for index in offices.indices { offices[index].total = result.units[index].values["total"]! }
        let ranks = GroupRanking.ranks(offices, group: \.group, by: [.descending { $0.total }, .descending { $0.satisfaction }])
        for index in offices.indices { (offices[index].rank, result.units[index].rank) = (ranks[index], ranks[index]) }
        result.sortUnits()
        result.record(excellence.decide((offices, context.readings(CutTies.reading))))
        result.record(star.decide((offices, context.readings(CutTies.reading))))
        result.columns = weightedColumns + [ValueColumn("total", "總得分", scale: 1, ranks: true)]
        result.sources = [context.data.displayName(Self.offices.fileName)]
        result.groupTitles = Self.groupTitles
        result.policyTitles[TiedAtCut.policy] = TiedAtCut.title(referredTo: "評審")
        if context.data.isSample { result.notes.append("範例資料：公所名稱與件數皆為虛構，不是實際成績") }
        result.notes.append("比序：總得分相同者依滿意度高低比序，兩者皆同者同名次")
        return result
    }
}

/// One row of `offices.csv` (the office, its group, 滿意度 (%), counts by column), with its 總得分 and rank in its group.
public struct Office: Sendable {
    public var name: String, group: String, satisfaction: Decimal, counts: [String: Int], total: Decimal = 0, rank = 0
}

import Foundation
import PingbiCore

/// 113年度某業務組轄區公所服務績效評比（假設）: a brand-new program from the core kit only, never registered (docs/new-year.md).
///
/// > 貳、轄區公所分為第一組、第二組，各組分別評比。參、評比項目：(1)臨櫃服務量 35%、(2)線上申辦量 35%、
/// > (3)民眾滿意度 30%；各項得分及總得分四捨五入至小數點後一位；總得分相同者以滿意度高者為先。
public struct DivisionRanking: WeightedByItem, ScoredProgram {
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
    public var groupItems: [any GroupScoredItem<Office>] { [counter, online] }
    public var unitItems: [any UnitScoredItem<Office>] { [satisfaction] }
    /// 參: 總得分 descending, then 滿意度 descending.
    public var rankKeys: [RankKey<Office>] { [.descending { $0.total }, .descending { $0.satisfaction }] }
    public var awards: [any StandingsAward<Office>] { [excellence, star] }
    public var columns: [ValueColumn] { weightedColumns + [ValueColumn("total", "總得分", scale: 1, ranks: true)] }
    public var groupTitles: [String: String] { Self.groupTitles }
    public var tiedAtCutTitle: String? { TiedAtCut.title(referredTo: "評審") }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// Reads `offices.csv`: one office per row, each named once.
    public func load(_ context: EvaluationContext) throws -> Roster<Office> {
        Roster(try context.data.table(Self.offices).uniqueRows(by: "公所").map { name, row in
            try Office(name: name, group: row.choice("組別", ["1", "2"]), satisfaction: row.rate("滿意度"),
                       counts: ["臨櫃件數": row.limitedCount("臨櫃件數"), "線上件數": row.limitedCount("線上件數")])
        })
    }
    /// Each score and the total are rounded to one decimal (參).
    public func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }
    public func finish(_ result: inout ProgramResult, data: Roster<Office>, context: EvaluationContext) {
        if context.data.isSample { result.notes.append("範例資料：公所名稱與件數皆為虛構，不是實際成績") }
        result.notes.append("比序：總得分相同者依滿意度高低比序，兩者皆同者同名次")
    }
}

/// One row of `offices.csv` (the office, its group, 滿意度 (%), counts by column), with its 總得分 once totalled.
public struct Office: TotalledUnit {
    public var name: String, group: String, satisfaction: Decimal, counts: [String: Int], total: Decimal = 0
}

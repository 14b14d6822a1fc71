import Foundation
import PingbiCore

/// `pension-county-112`: the 22 local governments ranked by the change in their
/// national-pension collection rate (seed 002, 五(一), 六(一), 五(五), 附件二/三).
///
/// A ``ScoredProgram`` without a total: the core scores 收繳率消長 per area, ranks the areas by
/// it under `rank-method`, and decides 特優、優、良 and 檢討報告; the program appends the national
/// 總計 row, which does not compete, and decides 衛福部及勞保局人員敘獎 on it.
public struct PensionCounty112: ScoredProgram {
    public let id = "pension-county-112"
    public let title = "直轄市、縣(市)政府國民年金保險收繳率消長評比（112 年版辦理原則）"
    /// The agency that issued the principles (衛部保字第 1121260236 號函).
    public let agency: String? = "衛生福利部"
    /// 特優、優、良 is the main award.
    public var primaryPolicy: String? { "county-award" }

    /// The 22 直轄市、縣(市) that compete.
    public static let counties = [
        "臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "基隆市", "新竹市", "嘉義市", "新竹縣", "苗栗縣",
        "彰化縣", "南投縣", "雲林縣", "嘉義縣", "屏東縣", "宜蘭縣", "花蓮縣", "臺東縣", "澎湖縣", "金門縣", "連江縣",
    ]
    /// The name of the national total row.
    public static let totalName = "總計"

    /// The table of 附件二.
    public static let rateTable = RateTable.spec(
        fileName: "county-rates.csv", title: "直轄市、縣(市)國民年金收繳率（附件二）", areaColumn: "地區",
        areaNote: "直轄市、縣(市)名稱；另可有「總計」列")

    public var inputs: [TableSpec] { [Self.rateTable] }
    /// `last-five` says the places in force (``reviewQuota``).
    public var readings: [AnyReading] {
        [PensionReadings.rankMethod.erased, PensionReadings.lastFive(quota: reviewQuota).erased, CutTies.reading.erased]
    }
    /// The awards the core decides on the ranked areas, then 衛福部及勞保局人員敘獎 on the 總計 row.
    public var policies: [any AwardPolicy] { [countyAward, ReviewReport(quota: reviewQuota), MinistryCommendation()] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// No weights: areas rank on 消長 itself.
    public var weights: [String: Decimal] = [:]
    public var addsTotal: Bool { false }
    public var groupItems: [any GroupScoredItem<RateRow>] { [] }
    /// 五(一): 收繳率消長.
    public var unitItems: [any UnitScoredItem<RateRow>] { [CollectionRateChange()] }
    /// 消長 descending.
    public var rankKeys: [RankKey<AreaChange>] { [.descending { $0.change }] }
    /// 六(一): 特優、優、良, then 檢討報告.
    public var awards: [any StandingsAward<AreaChange>] { [countyAward, ReviewReport(quota: reviewQuota)] }
    /// 特優、優、良 with the levels in force.
    var countyAward: CountyAward { CountyAward(levels: awardLevels) }
    public var columns: [ValueColumn] {
        [
            ValueColumn("rate", "本期收繳率(%)", scale: 2, role: .rate), ValueColumn("base", "前期收繳率(%)", scale: 2, role: .base),
            ValueColumn("change", "收繳率消長(百分點)", scale: 2, role: .change, ranks: true),
        ]
    }
    public var groupTitles: [String: String] { [:] }
    public var tiedAtCutTitle: String? { TiedAtCut.title(referredTo: "審查") }

    /// How many areas must report under 六(一) (後五名: 5). The one rule a later edition of
    /// these principles is expected to change; an edition sets it and inherits the rest.
    public var reviewQuota = 5
    /// 六(一)'s award levels by rank, best first: 第 1 名 特優 (承辦人員記小功一次), 第 2 名 優
    /// (嘉獎二次), 第 3 名 良 (嘉獎一次). An edition changes, adds or removes levels.
    ///
    /// > 收繳率消長第 1 名者（特優）…承辦人員記小功一次；第 2 名者（優）…嘉獎二次；第 3 名者（良）…嘉獎一次
    public var awardLevels: [CountyAward.Level] = Self.documentAwardLevels

    /// 六(一)'s levels: 特優, 優, 良.
    public static let documentAwardLevels = [
        CountyAward.Level("特優", "承辦人員記小功一次"), CountyAward.Level("優", "承辦人員嘉獎二次"),
        CountyAward.Level("良", "承辦人員嘉獎一次"),
    ]

    /// The program, as the 112 principles write it.
    public init() {}

    /// Reads 附件二 and checks that it covers exactly the 22 areas.
    public static func readRates(_ data: DataSource) throws(DataError) -> RateTable {
        let rates = try RateTable(data.table(rateTable), areaColumn: "地區", totalName: totalName)
        for row in rates.rows where !counties.contains(row.name) {
            throw DataError(
                file: rates.file, line: row.line, column: "地區", value: row.name,
                expected: "22 個直轄市、縣(市)之一（或「總計」）")
        }
        let missing = counties.filter { name in !rates.rows.contains { $0.name == name } }
        if !missing.isEmpty {
            throw DataError(file: rates.file, column: "地區", expected: "須涵蓋 22 個直轄市、縣(市)；缺少：" + missing.joined(separator: "、"))
        }
        return rates
    }

    /// 附件二, checked to cover exactly the 22 areas.
    public func load(_ context: EvaluationContext) throws -> RateTable {
        try Self.readRates(context.data)
    }

    /// 消長 is not rounded (the published rates have two decimals).
    public func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }
    /// `rank-method`.
    public func rankMethod(_ readings: ReadingChoices) -> RankMethod { readings(PensionReadings.rankMethod) }

    /// The two rates beside 消長.
    public func describe(_ row: inout UnitResult, at index: Int, in data: RateTable) {
        let area = data.rows[index]
        row.values["rate"] = area.rate
        row.values["base"] = area.base
    }

    /// Each area with its 消長.
    public func standings(_ data: RateTable, rows: inout [UnitResult], readings: ReadingChoices) -> [AreaChange] {
        zip(data.rows, rows).map { AreaChange(name: $0.name, change: $1.values["change"]!) }
    }

    /// The 總計 row after the ranked areas, 衛福部及勞保局人員敘獎 on it, the file read and the note.
    public func finish(_ result: inout ProgramResult, data: RateTable, context: EvaluationContext) {
        result.sources = [data.file]
        if let total = data.total {
            let change = CollectionRateChange().change(of: total)
            result.units.append(UnitResult(
                unit: total.name, values: ["rate": total.rate, "base": total.base, "change": change.value],
                explanations: ["change": change.explanation]))
        }
        result.record(MinistryCommendation().decide(data.total))
        result.notes.append("公布之收繳率為準；人數為每月平均之四捨五入值。")
    }
}

/// A rate table is the county program's data: its areas compete; its 總計 does not.
extension RateTable: ScoredData {
    /// The areas.
    public var units: [RateRow] { rows }
    /// Reading gives no warnings.
    public var warnings: [String] { [] }
}

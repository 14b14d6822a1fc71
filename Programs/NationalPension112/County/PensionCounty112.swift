import Foundation
import PingbiCore

/// `pension-county-112`: the 22 local governments ranked by the change in their
/// national-pension collection rate (seed 002, 五(一), 六(一), 五(五), 附件二/三).
public struct PensionCounty112: Program {
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
    public var readings: [AnyReading] { [PensionReadings.rankMethod.erased, PensionReadings.lastFive.erased, CutTies.reading.erased] }
    public var indicators: [any Indicator] { [CollectionRateChange()] }
    public var policies: [any AwardPolicy] { [CountyAward(), ReviewReport(quota: reviewQuota), MinistryCommendation()] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// How many areas must report under 六(一) (後五名: 5). The one rule a later edition of
    /// these principles is expected to change; an edition sets it and inherits the rest.
    public var reviewQuota = 5

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

    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        let rates = try Self.readRates(context.data)
        let method: RankMethod = context.readings(PensionReadings.rankMethod)
        var result = emptyResult(context)
        result.sources = [rates.file]
        result.columns = [
            ValueColumn("rate", "本期收繳率(%)", scale: 2, role: .rate), ValueColumn("base", "前期收繳率(%)", scale: 2, role: .base),
            ValueColumn("change", "收繳率消長(百分點)", scale: 2, role: .change, ranks: true),
        ]
        let indicator = CollectionRateChange()
        let changes = rates.rows.map { indicator.evaluate($0) }
        let ranks = Ranking.ranks(changes.map(\.value), by: [.descending { $0 }], method: method)
        var units = rates.rows.indices.map { index in
            UnitResult(
                unit: rates.rows[index].name, rank: ranks[index],
                values: ["rate": rates.rows[index].rate, "base": rates.rows[index].base, "change": changes[index].value],
                explanations: ["change": changes[index].explanation])
        }
        units.sort { ($0.rank ?? 0, $0.unit) < ($1.rank ?? 0, $1.unit) }
        if let total = rates.total {
            let change = indicator.evaluate(total)
            units.append(UnitResult(
                unit: total.name, values: ["rate": total.rate, "base": total.base, "change": change.value],
                explanations: ["change": change.explanation]))
        }
        result.units = units
        let areas = rates.rows.indices.map { RankedArea(name: rates.rows[$0].name, change: changes[$0].value, rank: ranks[$0]) }
        for decision in [
            CountyAward().decide(areas),
            ReviewReport(quota: reviewQuota).decide(.init(areas: areas, lastFive: context.readings(PensionReadings.lastFive), ties: context.readings(CutTies.reading))),
            MinistryCommendation().decide(rates.total),
        ] {
            result.outcomes += decision.outcomes
            result.warnings += decision.warnings
            result.vacancies += decision.vacancies
        }
        result.policyTitles[TiedAtCut.policy] = TiedAtCut.title(referredTo: "審查")
        result.notes.append("公布之收繳率為準；人數為每月平均之四捨五入值。")
        return result
    }
}

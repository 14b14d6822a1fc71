import Foundation
import PingbiCore
import PingbiReports
import ProgramCatalog
import Testing

/// Results the report tests share: the real pension-county-112 sample, and small
/// hand-built results with groups.
enum ReportFixtures {
    /// pension-county-112 on its shipped sample (the 111 published rates); `recorded` adds the
    /// provenance as `pingbi` records it.
    static func pensionCounty(recorded: Bool = false) throws -> ProgramResult {
        let program = try #require(Catalog.program("pension-county-112"))
        let context = EvaluationContext(data: DataSource(sampleOf: program))
        return try recorded ? program.evaluateRecordingInputs(context) : program.evaluate(context)
    }

    /// indigenous-112 on its shipped sample: 55 原鄉 and 合計, with the text columns
    /// `direction` and `trend` (five snapshots, 111-03 … current).
    static func indigenous() throws -> ProgramResult {
        let program = try #require(Catalog.program("indigenous-112"))
        return try program.sampleResult()
    }

    /// A name full of markup, as data may carry it.
    static let nastyName = "<b>\"甲&乙\"</b>'"

    /// Two groups: 第一組 甲 90.0, 乙 85.0 (both 菁英獎), 丙 70.0 (行動服務貢獻獎);
    /// 第二組 丁 60.0 (菁英獎), then `nastyName` 55.0.
    static func grouped(withTotal: Bool = true) -> ProgramResult {
        let columns = withTotal
            ? [ValueColumn("S1", "承保申辦率得分", scale: 1), ValueColumn("total", "總分", scale: 1, ranks: true), ValueColumn("assist", "協助件數")]
            : [ValueColumn("S1", "承保申辦率得分", scale: 1), ValueColumn("score", "積分", scale: 1)]
        let key = withTotal ? "total" : "score"
        func unit(_ name: String, _ group: String, _ rank: Int, _ total: String) -> UnitResult {
            var explanation = Explanation("總分")
            explanation.add(.formula, "0.30×S1 + … < 100 & > 0")
            explanation.result(Decimal.exact(total))
            return UnitResult(
                unit: name, group: group, rank: rank,
                values: ["S1": Decimal.exact("80.5"), key: Decimal.exact(total), "assist": Decimal(12)],
                explanations: [key: explanation])
        }
        var result = ProgramResult(
            program: "demo-grouped", title: "示範評比 <分組>", readings: ReadingChoices().inForce([CutTies.reading.erased]),
            sources: ["範例資料/offices.csv"], warnings: ["第二組 <人數> 與文件不符"], notes: ["金額為上限 & 等值商品"],
            columns: columns,
            units: [
                unit("甲", "1", 1, "90"), unit("乙", "1", 2, "85"), unit("丙", "1", 3, "70"),
                unit("丁", "2", 1, "60"), unit(nastyName, "2", 2, "55"),
            ],
            outcomes: [
                Outcome(policy: "elite", unit: "甲", rank: 1), Outcome(policy: "elite", unit: "乙", rank: 2),
                Outcome(policy: "elite", unit: "丁", rank: 1), Outcome(policy: "mobile", unit: "丙", rank: 1, amount: Decimal(5000)),
            ],
            groupTitles: ["1": "第一組", "2": "第二組"], policyTitles: ["elite": "菁英獎", "mobile": "行動服務貢獻獎"])
        result.primaryPolicy = "elite"
        return result
    }
}

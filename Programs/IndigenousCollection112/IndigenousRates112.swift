import Foundation
import NationalPension112
import PingbiCore

/// `indigenous-112`: the 55 原鄉 areas' national-pension collection rates (seed 002, 附件七,
/// 五(四)), checked for consistency, ranked by rate, and tracked over the bimonthly tables (四(二)).
///
/// A ``ScoredProgram`` without a total: the core scores 收繳率消長 per area, ranks the areas by
/// 本期收繳率 (equal rates in the table's order) and decides 連續下降列入關注; the program reads
/// the dated snapshots and checks every table, tracks each area's series under
/// `decline-basis`, appends the 合計 row, which does not compete, and decides 原民會人員敘獎 on it.
public struct IndigenousRates112: ScoredProgram {
    public let id = "indigenous-112"
    public let title = "原鄉原住民國民年金被保險人收繳率（112 年版辦理原則 附件七）"
    /// The agency that issued the principles.
    public let agency: String? = "衛生福利部"
    /// The commendation of 原民會 staff (合計 improved) is its one award.
    public var primaryPolicy: String? { "cip-commendation" }

    /// The area column of 附件七.
    public static let areaColumn = "原鄉地區"
    /// The name of the total row.
    public static let totalName = "合計"

    /// The 55 原鄉地區 of 附件七, in the published table's order.
    public static let areas = [
        "臺東縣蘭嶼鄉", "臺東縣海端鄉", "臺東縣池上鄉", "臺東縣鹿野鄉", "臺東縣長濱鄉", "臺東縣延平鄉",
        "新北市烏來區", "臺東縣太麻里鄉", "臺東縣成功鎮", "臺東縣大武鄉", "臺東縣關山鎮", "高雄市茂林區",
        "花蓮縣萬榮鄉", "臺東縣卑南鄉", "花蓮縣鳳林鎮", "花蓮縣新城鄉", "臺東縣臺東市", "花蓮縣卓溪鄉",
        "臺東縣東河鄉", "花蓮縣吉安鄉", "花蓮縣壽豐鄉", "臺東縣金峰鄉", "花蓮縣豐濱鄉", "花蓮縣花蓮市",
        "屏東縣瑪家鄉", "花蓮縣光復鄉", "新竹縣關西鎮", "桃園市復興區", "臺東縣達仁鄉", "臺中市和平區",
        "屏東縣霧臺鄉", "花蓮縣瑞穗鄉", "屏東縣來義鄉", "宜蘭縣南澳鄉", "花蓮縣富里鄉", "屏東縣牡丹鄉",
        "屏東縣滿州鄉", "花蓮縣玉里鎮", "花蓮縣秀林鄉", "苗栗縣南庄鄉", "屏東縣獅子鄉", "屏東縣三地門鄉",
        "新竹縣尖石鄉", "南投縣魚池鄉", "高雄市桃源區", "新竹縣五峰鄉", "高雄市那瑪夏區", "屏東縣春日鄉",
        "南投縣信義鄉", "屏東縣泰武鄉", "宜蘭縣大同鄉", "嘉義縣阿里山鄉", "南投縣仁愛鄉", "苗栗縣獅潭鄉",
        "苗栗縣泰安鄉",
    ]

    /// The table of 附件七 (dated snapshots have the same layout).
    public static let rateTable: TableSpec = {
        let shared = RateTable.spec(
            fileName: "indigenous-rates.csv", title: "55 個原鄉地區原住民被保險人收繳狀況（附件七）", areaColumn: areaColumn,
            areaNote: "原鄉地區名稱（縣市＋鄉鎮市區）；另可有「合計」列")
        return TableSpec(
            shared.fileName, title: shared.title,
            columns: [ColumnSpec("序號", required: false, note: "列序號（非名次，不使用）")] + shared.columns,
            key: shared.key, keyRule: shared.keyRule)
    }()

    public var inputs: [TableSpec] { [Self.rateTable] }
    public var readings: [AnyReading] { [IndigenousReadings.declineBasis.erased] }
    /// 消長, then the checks and the tracking the program runs itself.
    public var indicators: [any Indicator] { [AreaRateChange(), RateInterval(), TotalRowSums(), RateSeries()] }
    /// 原民會人員敘獎 on 合計, then 連續下降列入關注.
    public var policies: [any AwardPolicy] { [IndigenousCommendation(), declineWatch] }
    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

    /// How many bimonthly periods of decline in a row put an area on the watch list: 3. The
    /// document sets no threshold (四(二), 三(二)); an edition may state one.
    ///
    /// > 本系統以連續下降 3 期以上之原鄉地區列入關注，供原民會優先訪視宣導。
    public var declineThreshold = Self.documentDeclineThreshold
    /// The 112 program's threshold: 3 periods.
    public static let documentDeclineThreshold = 3

    /// The program.
    public init() {}

    /// Reads a 附件七 table (the current one or a dated snapshot) from `source`.
    public static func readRates(_ source: DataSource, fileName: String) throws(DataError) -> RateTable {
        try RateTable(source.table(rateTable, fileName: fileName), areaColumn: areaColumn, totalName: totalName)
    }

    /// The current table and every dated snapshot of the data folder and of `history`. What
    /// ``SnapshotSeries/load(_:)`` names better is left to it: a file whose name holds no
    /// readable period, and a missing current table when snapshots are there.
    public func inputFiles(_ context: EvaluationContext) -> [InputFile] {
        var files: [InputFile] = []
        let history = context.history.map { DataSource(directory: $0, label: "") }
        for source in [context.data] + (history.map { [$0] } ?? []) {
            for name in source.fileNames() where (try? SnapshotSeries.period(ofFile: name, in: source)) != nil {
                files.append(InputFile(Self.rateTable, in: source, fileName: name))
            }
        }
        if context.data.exists(Self.rateTable.fileName) || files.isEmpty {
            files.append(InputFile(Self.rateTable, in: context.data))
        }
        return files
    }

    /// No reading changes the items or the rows before ranking.
    public var scoringReadings: [AnyReading] { [] }
    /// No weights: areas rank on 本期收繳率 itself.
    public var weights: [String: Decimal] = [:]
    public var addsTotal: Bool { false }
    /// Areas of the same rate are listed in 附件七's order.
    public var tiedOrder: TiedOrder { .roster }
    public var groupItems: [any GroupScoredItem<RateRow>] { [] }
    /// 五(四): 收繳率消長, per area.
    public var unitItems: [any UnitScoredItem<RateRow>] { [AreaRateChange()] }
    /// 本期收繳率 descending (the table's 序號 is a row number, not a rank).
    public var rankKeys: [RankKey<IndigenousArea>] { [.descending { $0.rate }] }
    /// 連續下降列入關注, on the ranked areas (原民會人員敘獎 on 合計 is ``decidedBeforeAwards(_:readings:)``).
    public var awards: [any StandingsAward<IndigenousArea>] { [declineWatch] }
    /// 連續下降列入關注 with the threshold in force.
    var declineWatch: DeclineWatch { DeclineWatch(threshold: declineThreshold) }
    public var columns: [ValueColumn] {
        [
            ValueColumn("rate", "本期收繳率(%)", scale: 2, role: .rate, ranks: true), ValueColumn("base", "前期收繳率(%)", scale: 2, role: .base),
            ValueColumn("change", "收繳率消長(百分點)", scale: 2, role: .change),
        ]
    }
    public var groupTitles: [String: String] { [:] }
    /// The columns of tracking, shown when earlier snapshots are read.
    static let trackingColumns = [
        ValueColumn("first", "首期收繳率(%)", scale: 2), ValueColumn("last", "末期收繳率(%)", scale: 2),
        ValueColumn("series_change", "期間變動(百分點)", scale: 2), ValueColumn("declines", "期末連續下降期數", scale: 0),
        ValueColumn("periods", "期數", scale: 0),
    ]

    /// The current table and the snapshots, each checked: the roster, each rate against its
    /// counts, 合計 against the sums, areas no longer reported.
    public func load(_ context: EvaluationContext) throws -> IndigenousData {
        let (series, loadWarnings) = try SnapshotSeries.load(context)
        let table = series.current.table
        let consistency = series.all.map { TableConsistency($0.table) }
        var warnings = loadWarnings + rosterWarnings(table) + consistency.flatMap(\.warnings)
        let dropped = Set(series.earlier.flatMap { $0.table.rows.map(\.name) }).subtracting(table.rows.map(\.name))
        if !dropped.isEmpty {
            warnings.append("下列地區見於先前報送、不在 \(table.file)，未予追蹤：" + dropped.sorted().joined(separator: "、") + "。")
        }
        return IndigenousData(series: series, checks: consistency.last!, warnings: warnings)
    }

    /// 消長 is not rounded (the published rates have two decimals).
    public func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }

    /// The two rates beside 消長, each checked against its counts, and 提升與否.
    public func describe(_ row: inout UnitResult, at index: Int, in data: IndigenousData) {
        present(data.units[index], on: &row, checks: data.checks, sums: [])
    }

    /// Each area with its rate and, when snapshots are tracked (under `decline-basis`), its
    /// series on its row and its periods of decline in its standing.
    public func standings(_ data: IndigenousData, rows: inout [UnitResult], readings: ReadingChoices) -> [IndigenousArea] {
        let basis: DeclineBasis = readings(IndigenousReadings.declineBasis)
        return data.units.indices.map { index in
            let area = data.units[index]
            guard data.tracking, let track = data.series.track(area.name, basis) else { return IndigenousArea(name: area.name, rate: area.rate) }
            track.show(on: &rows[index])
            return IndigenousArea(name: area.name, rate: area.rate, declines: track.declines, since: data.series.since(area.name, track, basis))
        }
    }

    /// 原民會人員敘獎 on the 合計 row, which does not compete: the main award, listed first.
    public func decidedBeforeAwards(_ data: IndigenousData, readings: ReadingChoices) -> Decision {
        IndigenousCommendation().decide(data.table.total)
    }

    /// The files read, the tracking columns, the 合計 row after the ranked areas, and the notes.
    public func finish(_ result: inout ProgramResult, data: IndigenousData, context: EvaluationContext) {
        let basis: DeclineBasis = context.readings(IndigenousReadings.declineBasis)
        result.sources = data.series.all.map(\.table.file)
        result.textColumns = [ValueColumn("direction", "提升與否")]
        if data.tracking {
            result.columns += Self.trackingColumns
            result.textColumns.append(ValueColumn("trend", "趨勢", role: .trend))
        }
        if let total = data.table.total {
            let change = AreaRateChange().change(of: total)
            var unit = UnitResult(unit: total.name, values: ["change": change.value], explanations: ["change": change.explanation])
            present(total, on: &unit, checks: data.checks, sums: data.checks.sumChecks)
            if data.tracking, let track = data.series.track(total.name, basis) { track.show(on: &unit) }
            result.units.append(unit)
        }
        result.notes += notes(data.units.map { RateDirection($0.change) }, series: data.series, basis: basis, sample: context.data.isSample)
    }

    /// An area's (or 合計's) rate and base with their explanations, and 提升與否; 合計 also
    /// carries the sum checks.
    private func present(_ area: RateRow, on unit: inout UnitResult, checks: TableConsistency, sums: [SumCheck]) {
        func rateExplanation(_ title: String, _ value: Decimal, _ check: IntervalCheck?, _ sums: [SumCheck]) -> Explanation {
            var explanation = Explanation(title)
            if check == nil { explanation.input("公布\(title)", value) }
            for step in (check?.explanation.steps ?? []) + sums.flatMap(\.explanation.steps) {
                explanation.add(step.kind == .result ? .note : step.kind, step.text)
            }
            if check == nil { explanation.add(.note, "未列人數，無法檢核一致性") }
            explanation.result(value)
            return explanation
        }
        let direction = RateDirection(area.change)
        var directionExplanation = Explanation("提升與否")
        directionExplanation.input("收繳率消長", area.change)
        directionExplanation.add(.result, direction.rawValue)
        unit.values["rate"] = area.rate
        unit.values["base"] = area.base
        unit.explanations["rate"] = rateExplanation("本期收繳率（%）", area.rate, checks.rateChecks[area.name], Array(sums.prefix(2)))
        unit.explanations["base"] = rateExplanation("前期收繳率（%）", area.base, checks.baseChecks[area.name], Array(sums.dropFirst(2)))
        unit.explanations["direction"] = directionExplanation
        unit.texts["direction"] = direction.rawValue
    }

    /// Areas outside the 55 of 附件七, or missing from the table.
    private func rosterWarnings(_ table: RateTable) -> [String] {
        var warnings: [String] = []
        let unknown = table.rows.filter { !Self.areas.contains($0.name) }
        if !unknown.isEmpty {
            warnings.append("\(table.file)：下列地區不在附件七 55 個原鄉地區之列：" + unknown.map { "第 \($0.line) 行「\($0.name)」" }.joined(separator: "、") + "。")
        }
        let missing = Self.areas.filter { name in !table.rows.contains { $0.name == name } }
        if !missing.isEmpty {
            warnings.append("\(table.file) 缺少附件七原鄉地區 \(missing.count) 個：" + missing.joined(separator: "、") + "。")
        }
        return warnings
    }

    private func notes(_ directions: [RateDirection], series: SnapshotSeries, basis: DeclineBasis, sample: Bool) -> [String] {
        let count = { (d: RateDirection) in directions.filter { $0 == d }.count }
        var notes = [
            "公布之收繳率為準；人數為每月平均之四捨五入值。名次依本期收繳率由高至低（同率同名次）；表中「序號」為列序，非名次。",
            "消長提升 \(count(.improved)) 區、下降 \(count(.declined)) 區、持平 \(count(.unchanged)) 區。",
        ]
        guard !series.earlier.isEmpty else { return notes }
        let periods = series.all.map(\.label).joined(separator: "、")
        notes.append(
            "追蹤 \(series.all.count) 次報送（\(periods)）：首期、末期收繳率為第一次與最後一次報送之收繳率，期間變動為兩者之差，"
                + "期末連續下降期數為至本期止連續下降之次數（\(basis.declineMeaning)），期數為有資料之報送次數；"
                + "連續下降 \(declineThreshold) 期以上者列入關注名單。趨勢以各地區自身最低、最高值為 ▁、█。")
        if sample {
            notes.append("範例資料：本期為附件七公布數字（111.11.1 製表）；111-03 至 111-09 之歷次報送為虛構數字，僅供展示追蹤功能。")
        }
        return notes
    }
}

import Foundation
import PingbiCore

/// One county's visits of unpaid insured persons over the latest year, and its staff head count.
public struct VisitRow: Sendable, Equatable {
    /// The county (normalised).
    public let name: String
    /// The line of `visits.csv` where the row is.
    public let line: Int
    /// 應訪視人數 (the target the county reported).
    public let target: Int
    /// 實際訪視人數.
    public let actual: Int
    /// 訪視成功人數 (from the system).
    public let success: Int
    /// 訪視後補繳人數.
    public let paidAfter: Int
    /// 分析訪視成功人數 (勞保局 訪視成效分析), if given.
    public let analysedSuccess: Int?
    /// 督導員人數.
    public let supervisors: Int
    /// 服務員人數.
    public let workers: Int
    /// 宣導場次, if given.
    public let sessions: Int?
    /// 宣導場次目標, if given.
    public let sessionTarget: Int?

    /// A row.
    public init(
        name: String, line: Int, target: Int, actual: Int, success: Int, paidAfter: Int, analysedSuccess: Int? = nil,
        supervisors: Int, workers: Int, sessions: Int? = nil, sessionTarget: Int? = nil
    ) {
        self.name = name
        self.line = line
        self.target = target
        self.actual = actual
        self.success = success
        self.paidAfter = paidAfter
        self.analysedSuccess = analysedSuccess
        self.supervisors = supervisors
        self.workers = workers
        self.sessions = sessions
        self.sessionTarget = sessionTarget
    }

    /// The denominator of 訪視後補繳率: 分析訪視成功人數 when given, else 訪視成功人數.
    public var paidDenominator: Int { analysedSuccess ?? success }

    /// 督導員人數 + 服務員人數: the people a staff award is paid to.
    public var headCount: Int { CheckedCount.boundedAdd(supervisors, workers) }

    /// A row for examples: only the visit counts matter.
    static func sample(
        _ name: String = "範例", target: Int = 100, actual: Int, success: Int, paid: Int = 0, analysed: Int? = nil,
        sessions: Int? = nil, sessionTarget: Int? = nil
    ) -> VisitRow {
        VisitRow(
            name: name, line: 2, target: target, actual: actual, success: success, paidAfter: paid,
            analysedSuccess: analysed, supervisors: 1, workers: 4, sessions: sessions, sessionTarget: sessionTarget)
    }
}

/// `visits.csv`, read and checked: one row for each of the 22 counties, parts no larger than
/// their wholes (訪視成功 ≤ 實際訪視, 補繳 ≤ 成功).
public struct VisitTable: Sendable {
    /// The column names.
    public enum Column {
        /// 縣市.
        public static let county = "縣市"
        /// 應訪視人數.
        public static let target = "應訪視人數"
        /// 實際訪視人數.
        public static let actual = "實際訪視人數"
        /// 訪視成功人數.
        public static let success = "訪視成功人數"
        /// 訪視後補繳人數.
        public static let paidAfter = "訪視後補繳人數"
        /// 分析訪視成功人數.
        public static let analysedSuccess = "分析訪視成功人數"
        /// 督導員人數.
        public static let supervisors = "督導員人數"
        /// 服務員人數.
        public static let workers = "服務員人數"
        /// 宣導場次.
        public static let sessions = "宣導場次"
        /// 宣導場次目標.
        public static let sessionTarget = "宣導場次目標"
    }

    /// The layout of `visits.csv`.
    public static let spec = TableSpec("visits.csv", title: "督導員及服務員訪視成果（附件四）", columns: [
        ColumnSpec(Column.county, kind: .unit, note: "22 個直轄市、縣(市)之一"),
        ColumnSpec(Column.target, kind: .headcount, note: "函報之應訪視人數目標值（整數）"),
        ColumnSpec(Column.actual, kind: .headcount, note: "系統中最近一年度實際訪視人數（整數）"),
        ColumnSpec(Column.success, kind: .headcount, note: "訪視成功人數（整數，不大於實際訪視人數）"),
        ColumnSpec(Column.paidAfter, kind: .headcount, note: "訪視後補繳人數（整數，勞保局訪視成效分析）"),
        ColumnSpec(Column.analysedSuccess, required: false, kind: .headcount, note: "勞保局訪視成效分析之訪視成功人數（訪視後補繳率分母；空白則用訪視成功人數）"),
        ColumnSpec(Column.supervisors, kind: .headcount, note: "補助計畫進用督導員人數（整數）"),
        ColumnSpec(Column.workers, kind: .headcount, note: "補助計畫進用服務員人數（整數）"),
        ColumnSpec(Column.sessions, required: false, kind: .count, note: "宣導場次（整數）"),
        ColumnSpec(Column.sessionTarget, required: false, kind: .count, note: "宣導場次目標值（整數）"),
    ])

    /// The file, as the user named it.
    public let file: String
    /// The rows, in file order.
    public let rows: [VisitRow]

    /// Reads `visits.csv` and checks it covers exactly the counties of `rates`.
    public init(_ table: Table, rates: RateTable) throws(DataError) {
        var rows: [VisitRow] = []
        for (name, row) in try table.uniqueRows(by: Column.county) {
            guard PensionCounty112.counties.contains(name) else {
                throw row.error(Column.county, value: name, expected: "22 個直轄市、縣(市)之一")
            }
            rows.append(try Self.parse(row, name: name))
        }
        for area in rates.rows where !rows.contains(where: { $0.name == area.name }) {
            throw DataError(
                file: table.file, column: Column.county, value: area.name,
                expected: "每個直轄市、縣(市)一列：缺少「\(area.name)」（\(rates.file) 第 \(area.line) 行有此縣市）")
        }
        self.file = table.file
        self.rows = rows
    }

    private static func parse(_ row: Row, name: String) throws(DataError) -> VisitRow {
        let target = try row.value(Column.target, CountLimit.parse)
        let actual = try row.value(Column.actual, CountLimit.parse)
        let success = try row.value(Column.success, CountLimit.parse)
        if success > actual {
            throw row.error(Column.success, expected: "不大於實際訪視人數（\(actual)）的人數")
        }
        let analysed = try row.optionalValue(Column.analysedSuccess, CountLimit.parse)
        let paid = try row.value(Column.paidAfter, CountLimit.parse)
        if paid > (analysed ?? success) {
            let whole = analysed == nil ? "訪視成功人數（\(success)）" : "分析訪視成功人數（\(analysed!)）"
            throw row.error(Column.paidAfter, expected: "不大於\(whole)的人數")
        }
        return VisitRow(
            name: name, line: row.line, target: target, actual: actual, success: success, paidAfter: paid,
            analysedSuccess: analysed, supervisors: try row.value(Column.supervisors, CountLimit.parse), workers: try row.value(Column.workers, CountLimit.parse),
            sessions: try row.optionalValue(Column.sessions, CountLimit.parse),
            sessionTarget: try row.optionalValue(Column.sessionTarget, CountLimit.parse))
    }
}

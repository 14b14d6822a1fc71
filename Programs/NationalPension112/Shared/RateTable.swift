import Foundation
import PingbiCore

/// One row of a published collection-rate table (附件二, 附件七): an area's rate this
/// period and last, with the rounded monthly averages behind them where given.
public struct RateRow: Sendable, Equatable {
    /// The area's name (normalised).
    public let name: String
    /// The line of the file where the row is.
    public let line: Int
    /// 本期收繳率, in percent.
    public let rate: Decimal
    /// 前期收繳率, in percent.
    public let base: Decimal
    /// 本期平均每月應繳人數.
    public let due: Int?
    /// 本期平均每月已繳人數.
    public let paid: Int?
    /// 前期平均每月應繳人數.
    public let baseDue: Int?
    /// 前期平均每月已繳人數.
    public let basePaid: Int?
    /// 收繳率比較 as published, if given (already checked against `change`).
    public let publishedChange: Decimal?

    /// A row; `publishedChange` must already have been checked against `rate − base`.
    public init(
        name: String, line: Int, rate: Decimal, base: Decimal, due: Int?, paid: Int?, baseDue: Int?, basePaid: Int?,
        publishedChange: Decimal?
    ) {
        self.name = name
        self.line = line
        self.rate = rate
        self.base = base
        self.due = due
        self.paid = paid
        self.baseDue = baseDue
        self.basePaid = basePaid
        self.publishedChange = publishedChange
    }

    /// 收繳率消長 = 本期收繳率 − 前期收繳率, in percentage points.
    public var change: Decimal { rate - base }
}

/// A published collection-rate table, read and checked: rates within 0–100%, 已繳 ≤ 應繳,
/// 收繳率比較 = 本期 − 前期, no area twice. The total row (總計 / 合計) is kept apart.
public struct RateTable: Sendable {
    /// The column names shared by 附件二 and 附件七 (besides the area column).
    public enum Column {
        /// 本期收繳率.
        public static let rate = "本期收繳率"
        /// 前期收繳率.
        public static let base = "前期收繳率"
        /// 本期平均每月應繳人數.
        public static let due = "本期平均每月應繳人數"
        /// 本期平均每月已繳人數.
        public static let paid = "本期平均每月已繳人數"
        /// 前期平均每月應繳人數.
        public static let baseDue = "前期平均每月應繳人數"
        /// 前期平均每月已繳人數.
        public static let basePaid = "前期平均每月已繳人數"
        /// 收繳率比較.
        public static let change = "收繳率比較"
    }

    /// The file, as the user named it.
    public let file: String
    /// The area rows, in file order.
    public let rows: [RateRow]
    /// The total row, if the table has one.
    public let total: RateRow?

    /// The layout of such a table whose area column is `areaColumn`.
    public static func spec(fileName: String, title: String, areaColumn: String, areaNote: String) -> TableSpec {
        TableSpec(fileName, title: title, columns: [
            ColumnSpec(areaColumn, kind: .unit, note: areaNote),
            ColumnSpec(Column.due, required: false, kind: .headcount, note: "本期平均每月應繳人數（整數）"),
            ColumnSpec(Column.paid, required: false, kind: .headcount, note: "本期平均每月已繳人數（整數）"),
            ColumnSpec(Column.rate, kind: .rate, note: "本期收繳率，例如 68.70%"),
            ColumnSpec(Column.baseDue, required: false, kind: .headcount, note: "前期平均每月應繳人數（整數）"),
            ColumnSpec(Column.basePaid, required: false, kind: .headcount, note: "前期平均每月已繳人數（整數）"),
            ColumnSpec(Column.base, kind: .rate, note: "前期收繳率，例如 68.93%"),
            ColumnSpec(Column.change, required: false, kind: .percent, note: "收繳率比較（本期 − 前期），例如 -0.23%"),
        ], keyRule: "不重複的地區")
    }

    /// Reads `table`, whose areas are in `areaColumn` and whose total row is named `totalName`.
    public init(_ table: Table, areaColumn: String, totalName: String) throws(DataError) {
        var rows: [RateRow] = []
        var total: RateRow?
        var seen: [String: Int] = [:]
        for row in table.rows {
            let name = UnitName.normalize(row.text(areaColumn))
            guard !name.isEmpty else { throw row.error(areaColumn, expected: CellExpectation.nonEmpty.description) }
            if let first = seen[name] {
                throw row.error(areaColumn, value: name, expected: "不重複的地區（第 \(first) 行已有「\(name)」）")
            }
            seen[name] = row.line
            let parsed = try Self.parse(row, name: name)
            if name == totalName { total = parsed } else { rows.append(parsed) }
        }
        self.file = table.file
        self.rows = rows
        self.total = total
    }

    private static func parse(_ row: Row, name: String) throws(DataError) -> RateRow {
        let rate = try row.rate(Column.rate)
        let base = try row.rate(Column.base)
        let due = try row.optionalValue(Column.due, CountLimit.parse)
        let paid = try row.optionalValue(Column.paid, CountLimit.parse)
        let baseDue = try row.optionalValue(Column.baseDue, CountLimit.parse)
        let basePaid = try row.optionalValue(Column.basePaid, CountLimit.parse)
        if let due, let paid, paid > due {
            throw row.error(Column.paid, expected: "不大於本期平均每月應繳人數（\(due)）的人數")
        }
        if let baseDue, let basePaid, basePaid > baseDue {
            throw row.error(Column.basePaid, expected: "不大於前期平均每月應繳人數（\(baseDue)）的人數")
        }
        let published = try row.optionalValue(Column.change, CellParser.percent)
        if let published, published != rate - base {
            throw row.error(
                Column.change,
                expected: "本期收繳率 − 前期收繳率 = \(rate.plainText) − \(base.plainText) = \((rate - base).plainText)")
        }
        return RateRow(
            name: name, line: row.line, rate: rate, base: base, due: due, paid: paid, baseDue: baseDue,
            basePaid: basePaid, publishedChange: published)
    }
}

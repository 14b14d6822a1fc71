import Foundation
import NationalPension112
import PingbiCore

/// The consistency of one published table: each rate against its counts, 合計 against the sums.
public struct TableConsistency: Sendable {
    /// Per area (and 合計), the check of 本期收繳率 against its counts, if both counts are given.
    public var rateChecks: [String: IntervalCheck] = [:]
    /// Per area (and 合計), the check of 前期收繳率 against its counts, if both counts are given.
    public var baseChecks: [String: IntervalCheck] = [:]
    /// The 合計 row's count columns against the areas' sums (本期 columns first).
    public var sumChecks: [SumCheck] = []
    /// A warning per inconsistent rate or sum, naming file, line and row.
    public var warnings: [String] = []

    /// Checks `table`.
    public init(_ table: RateTable) {
        let interval = RateInterval()
        for row in table.rows + (table.total.map { [$0] } ?? []) {
            for (label, due, paid, rate, isBase) in [
                ("本期收繳率", row.due, row.paid, row.rate, false), ("前期收繳率", row.baseDue, row.basePaid, row.base, true),
            ] {
                guard let due, let paid else { continue }
                let check = interval.evaluate(.init(paid: paid, due: due, rate: rate))
                if isBase { baseChecks[row.name] = check } else { rateChecks[row.name] = check }
                if !check.consistent {
                    warnings.append(
                        "\(table.file) 第 \(row.line) 行「\(row.name)」\(label) \(rate.plainText)% 與其人數不一致："
                            + "已繳 \(paid) ÷ 應繳 \(due) 可得範圍（含放寬 0.005）為 \(check.lower.plainText)%–\(check.upper.plainText)%。")
                }
            }
        }
        guard let total = table.total else { return }
        let sums = TotalRowSums()
        let columns: [(String, KeyPath<RateRow, Int?>)] = [
            (RateTable.Column.due, \.due), (RateTable.Column.paid, \.paid),
            (RateTable.Column.baseDue, \.baseDue), (RateTable.Column.basePaid, \.basePaid),
        ]
        for (column, key) in columns {
            let counts = table.rows.compactMap { $0[keyPath: key] }
            guard let totalCount = total[keyPath: key], counts.count == table.rows.count, !counts.isEmpty else { continue }
            let check = sums.evaluate(.init(column: column, total: totalCount, counts: counts))
            sumChecks.append(check)
            if !check.consistent {
                warnings.append(
                    "\(table.file) 第 \(total.line) 行「\(total.name)」\(column) \(totalCount) 與各地區之和 \(check.sum.plainText) "
                        + "相差 \(abs(check.difference).plainText)，超過四捨五入可解釋之 \(check.tolerance.plainText)。")
            }
        }
    }
}

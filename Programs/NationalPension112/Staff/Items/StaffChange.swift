import Foundation
import PingbiCore

/// 收繳率消長 as 附件四 ranks it: the county program's indicator at the `rate-precision` in force.
enum StaffChange {
    /// A county's 消長 (reusing ``CollectionRateChange``), at `precision`: under `2` a published
    /// change already has 2 decimals, and is ranked as it is.
    static func rate(_ row: RateRow, _ precision: RatePrecision) -> RateValue {
        let (value, explanation) = CollectionRateChange().change(of: row)
        var explained = explanation
        if precision == .two && value.rounded(2) == value {
            explained.add(.note, "已為小數 2 位（解讀「\(precision.label)」），排名以此值為準")
            return RateValue(value: value, explanation: explained)
        }
        let taken = precision.apply(value, &explained)
        explained.result(taken)
        return RateValue(value: taken, explanation: explained)
    }
}

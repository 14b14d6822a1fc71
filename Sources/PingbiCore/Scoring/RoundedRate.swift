import Foundation

/// A published rate in percent against the rounded counts printed beside it (附件七: 平均每月已繳、
/// 應繳人數, each an average rounded to a whole person): the rate must lie within
/// [(part − 0.5) ÷ (whole + 0.5), (part + 0.5) ÷ (whole − 0.5)] × 100, widened on each side by
/// `widening` (half the last place the rate is published to: 0.005 for 2 decimals).
///
/// Decided exactly by cross-multiplying, never on the rounded bounds; a whole of 0 leaves the
/// upper end at 100. 蘭嶼鄉 111: 662 ÷ 1,393 allows 47.4654–47.5813 (widened), and 47.50 lies in it.
public struct RoundedRate: Sendable, Equatable {
    /// The lowest rate the counts allow, widened, in percent, rounded to 4 decimals (for display).
    public let lower: Decimal
    /// The highest rate the counts allow, widened, in percent, rounded to 4 decimals (for display).
    public let upper: Decimal
    /// The lowest rate the counts allow before widening, rounded to 4 decimals (for display).
    public let unwidenedLower: Decimal
    /// The highest rate the counts allow before widening, rounded to 4 decimals (for display).
    public let unwidenedUpper: Decimal
    /// Whether the published rate lies within the widened interval, decided exactly.
    public let consistent: Bool

    /// The published `rate` (in percent) against the rounded counts `part` of `whole`.
    public init(rate: Decimal, part: Int, whole: Int, widening: Decimal) {
        let half = Decimal.exact("0.5")
        let paid = Decimal(part), due = Decimal(whole), w = widening
        // rate ≥ L − w  ⇔  (rate + w)(2·whole + 1) ≥ 100(2·part − 1)
        let lowOK = (rate + w) * (2 * due + 1) >= 100 * (2 * paid - 1)
        // rate ≤ U + w  ⇔  (rate − w)(2·whole − 1) ≤ 100(2·part + 1), when whole ≥ 1
        let highOK = whole == 0 || (rate - w) * (2 * due - 1) <= 100 * (2 * paid + 1)
        let low = max(0, (paid - half) / (due + half) * 100)
        let high = whole == 0 ? Decimal(100) : min(100, (paid + half) / (due - half) * 100)
        lower = (low - w).rounded(4)
        upper = (high + w).rounded(4)
        unwidenedLower = low.rounded(4)
        unwidenedUpper = high.rounded(4)
        consistent = lowOK && highOK
    }
}

import Foundation
import PingbiCore

/// How precisely the staff indicators are taken before ranking (reading `rate-precision`).
public enum RatePrecision: String, ReadingValue {
    /// Each rate in percent, rounded (四捨五入) to 2 decimals, as the published tables write rates.
    case two = "2"
    /// Each rate as the exact quotient: ranked as a `Fraction` (1190/1785 and 860/1290 tie),
    /// shown to Decimal's 38 significant digits.
    case exact

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .two: "四捨五入至小數 2 位"
        case .exact: "精確值"
        }
    }

    /// `value` as this precision takes it, with the rounding recorded in `explanation`.
    func apply(_ value: Decimal, _ explanation: inout Explanation) -> Decimal {
        switch self {
        case .two:
            return explanation.round(value, to: 2)
        case .exact:
            explanation.add(.note, "解讀「\(label)」：不四捨五入，以精確值排名")
            return value
        }
    }
}

extension PensionReadings {
    /// `rate-precision`: the staff indicators rounded to 2 decimals before ranking, or exact.
    public static let ratePrecision = Reading(
        "rate-precision", title: "督導員及服務員四項指標", choices: "百分比四捨五入至小數 2 位後排名，或以精確值排名",
        default: RatePrecision.two)
}

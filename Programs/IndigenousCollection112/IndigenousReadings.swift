import PingbiCore

/// What counts as one period of decline in a series of snapshots (reading `decline-basis`).
public enum DeclineBasis: String, ReadingValue {
    /// The snapshot's 本期收繳率 is below the previous snapshot's.
    case previous
    /// The snapshot's own 收繳率消長 (本期 − 前期, as 附件七 publishes it) is negative.
    case published

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .previous: "低於前一次報送"
        case .published: "公布之消長為負"
        }
    }

    /// What a decline is under this value, in words for the notes of a result.
    public var declineMeaning: String {
        switch self {
        case .previous: "收繳率低於前一次報送者為下降"
        case .published: "該次報送公布之收繳率消長為負者為下降"
        }
    }
}

/// The readings of `indigenous-112` (SPEC §5), each typed by its values.
public enum IndigenousReadings {}

extension IndigenousReadings {
    /// `decline-basis`: how "declining N periods in a row" is counted over the 勞保局's bimonthly tables.
    public static let declineBasis = Reading(
        "decline-basis",
        title: "連續下降之認定", choices: "本期收繳率低於前一次報送者，或該次報送公布之收繳率消長為負者",
        default: DeclineBasis.previous)
}

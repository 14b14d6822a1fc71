import PingbiCore

/// How the "last five" of 六(一) are counted (reading `last-five`).
public enum LastFive: String, ReadingValue {
    /// Five counted from the bottom, with everyone tied at the fifth place.
    case fromBottom = "from-bottom"
    /// Competition rank greater than N − 5, whatever `rank-method` says.
    case fromTop = "from-top"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .fromBottom: "由最後一名往上數（含同分者）"
        case .fromTop: "依名次判定（名次大於總數減名額）"
        }
    }
}

/// The readings of the pension programs (SPEC §2–§4), each typed by its values.
public enum PensionReadings {}

extension PensionReadings {
    /// `rank-method`: competition (1, 1, 3) or dense (1, 1, 2) ranks for 收繳率消長.
    public static let rankMethod = Reading(
        "rank-method", title: "名次排列", choices: "同分者占用名次（1、1、3），或不占用（1、1、2）",
        default: RankMethod.competition)

    /// `last-five`: how the five areas that must report are counted.
    public static let lastFive = lastFive(quota: 5)

    /// `last-five` for an edition whose areas that report are `quota` (後六名: 6); the name is
    /// the same, the summary says the places in force.
    public static func lastFive(quota: Int) -> Reading<LastFive> {
        let places = GroupScheme.numeral(quota)
        return Reading(
            "last-five", title: "「後\(places)名」", choices: "由最後一名往上數\(places)名並含同分者，或名次大於總數減 \(quota) 者",
            default: LastFive.fromBottom)
    }
}

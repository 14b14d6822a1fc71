import PingbiCore

/// 附件四's two groups: the six 直轄市 (A) and the other sixteen 縣(市) (B).
public enum StaffGroup: String, Sendable, CaseIterable {
    /// A 組: the 直轄市.
    case a = "A"
    /// B 組: the other 縣(市).
    case b = "B"

    /// The six 直轄市.
    public static let municipalities: Set = ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市"]

    /// The group of `county` (a normalised name of one of the 22).
    public static func of(_ county: String) -> StaffGroup {
        municipalities.contains(county) ? .a : .b
    }

    /// The group's name for people.
    public var title: String {
        switch self {
        case .a: "A 組（直轄市）"
        case .b: "B 組（縣(市)）"
        }
    }
}

import PingbiCore

/// 附件四's two groups: the 直轄市 (A; which counties, ``PensionStaff112/groupA``) and the
/// other 縣(市) (B); their titles are the program's (``PensionStaff112/groupNames``).
public enum StaffGroup: String, Sendable, CaseIterable {
    /// A 組: the 直轄市.
    case a = "A"
    /// B 組: the other 縣(市).
    case b = "B"

    /// The group of `county` (a normalised name of one of the 22) when `groupA` are A 組's
    /// counties (``PensionStaff112/groupA``).
    public static func of(_ county: String, groupA: Set<String>) -> StaffGroup {
        groupA.contains(county) ? .a : .b
    }
}

/// How a result lists units of the same group and rank: by name, or in the roster's order
/// (the order of the document's own table: 附件二's 22 areas, 附件七's 55).
public enum TiedOrder: Sendable {
    /// By name.
    case name
    /// In the order the units were read.
    case roster
}

/// One unit of a program's roster as its data was read (a 公所 with its counts): what the
/// items of a ``ScoredProgram`` score.
public protocol RosterUnit: Sendable {
    /// The unit's name, as results and the data name it.
    var name: String { get }
    /// The key of the group it competes in (`"1"`); empty for a program without groups (its
    /// rows then have no group).
    var group: String { get }
    /// Each of `units`' ``name``, in order: what the pipeline reads of the whole roster once per
    /// run. By default read unit by unit; a unit type of large rosters reads them in its own
    /// code (the pipeline's code, generic over the unit, copied each unit whole to read one field).
    static func names(of units: [Self]) -> [String]
    /// Each of `units`' ``group``, in order, as ``names(of:)`` reads the names.
    static func groups(of units: [Self]) -> [String]
}

extension RosterUnit {
    /// Each unit's name.
    public static func names(of units: [Self]) -> [String] {
        units.map(\.name)
    }

    /// Each unit's group.
    public static func groups(of units: [Self]) -> [String] {
        units.map(\.group)
    }
}

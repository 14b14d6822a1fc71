/// One unit of a program's roster as its data was read (a 公所 with its counts): what the
/// items of a ``ScoredProgram`` score.
public protocol RosterUnit: Sendable {
    /// The unit's name, as results and the data name it.
    var name: String { get }
    /// The key of the group it competes in (`"1"`); empty for a program without groups (its
    /// rows then have no group).
    var group: String { get }
}

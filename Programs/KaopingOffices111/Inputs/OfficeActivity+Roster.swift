import PingbiCore

/// An office's activity is what the pipeline scores: named and grouped as its office.
extension OfficeActivity: RosterUnit {
    /// The office's name.
    public var name: String { office.name }
    /// The office's group, 1–4, as a group key.
    public var group: String { String(office.group) }
}

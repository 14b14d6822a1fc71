import PingbiCore

/// An office's activity is what the pipeline scores: named and grouped as its office.
extension OfficeActivity: RosterUnit {
    /// The office's name.
    public var name: String { office.name }
    /// The office's group, 1–4, as a group key.
    public var group: String { String(office.group) }

    /// Each office's name, read in place (100,000 offices are read once per run).
    public static func names(of units: [OfficeActivity]) -> [String] {
        units.withUnsafeBufferPointer { units in units.indices.map { units[$0].name } }
    }

    /// Each office's group, read in place.
    public static func groups(of units: [OfficeActivity]) -> [String] {
        units.withUnsafeBufferPointer { units in units.indices.map { units[$0].group } }
    }
}

extension ProgramResult {
    /// The other units of `unit`'s group ranked equal to it, in the result's order: whom its rank
    /// is shared with (「與 臺中市、高雄市 並列」). Empty for a unit without a rank.
    public func sharingRank(with unit: UnitResult) -> [String] {
        guard let rank = unit.rank else { return [] }
        return units.filter { $0.unit != unit.unit && $0.group == unit.group && $0.rank == rank }.map(\.unit)
    }
}

/// A quota of places over ranked units: who is in, who is tied at the line and referred to the
/// panel (`cut-ties=refer`), whether ties made the list longer (`include`), and which places
/// stay empty (從缺).
public struct QuotaCut<Unit> {
    /// The units inside the line with their ranks, best first (equal ranks in the given order).
    public let selected: [(unit: Unit, rank: Int)]
    /// With ``CutTies/refer``: the units tied at the line the quota cannot hold, with their rank.
    public let tiedAtCut: [(unit: Unit, rank: Int)]
    /// With ``CutTies/include``: true when ties made the list longer than the quota.
    public let exceeded: Bool
    /// The places of the quota.
    public let places: Int
    /// The ranks within the places that nobody holds because units above them tied (1, 1, 3:
    /// the 2nd place is empty), for awards given by rank.
    public let skippedRanks: [Int]

    /// The best `places` of `units` by `ranks` (parallel, 1 best), ties at the line per `ties`.
    public init(_ units: [Unit], ranks: [Int], places: Int, ties: CutTies) {
        let cut = CutLine.top(places, ranks: ranks, ties: ties)
        let inRankOrder = { (indices: [Int]) in
            indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { (unit: units[$0], rank: ranks[$0]) }
        }
        self.selected = inRankOrder(cut.selected)
        self.tiedAtCut = inRankOrder(cut.tiedAtCut)
        self.exceeded = cut.exceeded
        self.places = places
        self.skippedRanks = places < 2 ? [] : (1...places).filter { level in
            !ranks.contains(level) && ranks.contains { $0 > level } && ranks.contains { $0 < level }
        }
    }

    /// The places left empty: the quota less the units selected or referred (0 when ties filled
    /// more than the quota).
    public var vacant: Int { max(0, places - selected.count - tiedAtCut.count) }
}

extension QuotaCut {
    /// The worst `places` of `units` by `ranks` (1 best), counted from the bottom (六(一)「收繳率消長後五名」):
    /// everyone tied at the line per `ties`, listed worst first (equal ranks in the given order).
    ///
    /// Ranked 1, 2, 3, 4, 4, 6 with 2 places: the line is at rank 4, so 6 and both 4s are in
    /// under ``CutTies/include`` (``exceeded``), and under ``CutTies/refer`` 6 is selected and the
    /// 4s are ``tiedAtCut``. Any ranks with the same order (competition or dense) cut alike, and
    /// the units keep the ranks given. No place of a "last N" is skipped (``skippedRanks`` is empty).
    public init(last places: Int, of units: [Unit], ranks: [Int], ties: CutTies) {
        let cut = CutLine.bottom(places, ranks: ranks, ties: ties)
        self.init(worstFirst: cut.selected, tiedAtCut: cut.tiedAtCut, exceeded: cut.exceeded, places: places, units: units, ranks: ranks)
    }

    /// The units whose competition rank (1 + the number of units ranked better, whatever method
    /// gave `ranks`) is greater than N − `places`, N the number of units: 「後五名」 read as
    /// ranks 18–22 of 22. Units tied across that line rank at or above N − `places` and stay
    /// out, so nobody is tied at it and fewer than `places` may be selected; worst first.
    ///
    /// Ranked 1, 2, 3, 4, 4, 6 with 2 places (N − 2 = 4): only the 6 is selected.
    public init(beyond places: Int, of units: [Unit], ranks: [Int]) {
        let competition = ranks.map { rank in 1 + ranks.count { $0 < rank } }
        let selected = ranks.indices.filter { competition[$0] > ranks.count - places }
        self.init(worstFirst: selected, tiedAtCut: [], exceeded: false, places: places, units: units, ranks: ranks)
    }

    /// The cut without the units `isExempt` exempts (六(一)「但正成長者不在此限」), whose places are
    /// not refilled by the next units (不遞補): the cut that remains, and the exempted with their
    /// ranks, the selected first, then those tied at the line, each in the cut's order.
    ///
    /// ``exceeded`` and ``places`` stay the cut's; ``vacant`` counts the exempted places.
    public func exempting(_ isExempt: (Unit) -> Bool) -> (cut: QuotaCut, exempted: [(unit: Unit, rank: Int)]) {
        let kept = QuotaCut(
            selected: selected.filter { !isExempt($0.unit) }, tiedAtCut: tiedAtCut.filter { !isExempt($0.unit) },
            exceeded: exceeded, places: places, skippedRanks: skippedRanks)
        return (kept, (selected + tiedAtCut).filter { isExempt($0.unit) })
    }

    /// A cut of the given indices of `units`, each listed worst first (then in the given order).
    private init(worstFirst selected: [Int], tiedAtCut: [Int], exceeded: Bool, places: Int, units: [Unit], ranks: [Int]) {
        let worstFirst = { (indices: [Int]) in
            indices.sorted { (-ranks[$0], $0) < (-ranks[$1], $1) }.map { (unit: units[$0], rank: ranks[$0]) }
        }
        self.init(
            selected: worstFirst(selected), tiedAtCut: worstFirst(tiedAtCut), exceeded: exceeded, places: places, skippedRanks: [])
    }

    /// A cut with every property given.
    private init(
        selected: [(unit: Unit, rank: Int)], tiedAtCut: [(unit: Unit, rank: Int)], exceeded: Bool, places: Int, skippedRanks: [Int]
    ) {
        self.selected = selected
        self.tiedAtCut = tiedAtCut
        self.exceeded = exceeded
        self.places = places
        self.skippedRanks = skippedRanks
    }
}

/// What to do when units are tied at a quota's cut line (reading `cut-ties`).
public enum CutTies: String, ReadingValue {
    /// Everyone tied at the line is in; a warning says the quota was exceeded.
    case include
    /// The quota holds: the tied units are listed as `tied-at-cut` for the panel to decide.
    case refer

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .include: "全部納入並警告"
        case .refer: "同分者交評審決定"
        }
    }
}

/// The units a cut line selects, as indices into the ranked list.
public struct CutSelection: Sendable, Equatable {
    /// The units inside the line.
    public var selected: [Int]
    /// With ``CutTies/refer``: the units tied at the line that the quota cannot hold.
    public var tiedAtCut: [Int]
    /// With ``CutTies/include``: true when ties made the list longer than the quota.
    public var exceeded: Bool
}

/// Cut lines over ranks ("top N", "last N") that treat everyone tied at the line alike,
/// like SQL's `FETCH FIRST n ROWS WITH TIES`.
public enum CutLine {
    /// The best `count` units by rank (1 best), with the ties at the line handled per `ties`.
    public static func top(_ count: Int, ranks: [Int], ties: CutTies) -> CutSelection {
        cut(count, ranks: ranks, ties: ties, better: <)
    }

    /// The worst `count` units by rank (the largest ranks), ties handled per `ties`.
    public static func bottom(_ count: Int, ranks: [Int], ties: CutTies) -> CutSelection {
        cut(count, ranks: ranks, ties: ties, better: >)
    }

    private static func cut(_ count: Int, ranks: [Int], ties: CutTies, better: (Int, Int) -> Bool) -> CutSelection {
        guard count > 0 else { return CutSelection(selected: [], tiedAtCut: [], exceeded: false) }
        // Units listed best first, equal ranks in the given order.
        func inOrder(_ indices: [Int]) -> [Int] {
            indices.sorted { better(ranks[$0], ranks[$1]) || (ranks[$0] == ranks[$1] && $0 < $1) }
        }
        guard ranks.count > count else { return CutSelection(selected: inOrder(Array(ranks.indices)), tiedAtCut: [], exceeded: false) }
        // Only the units at or above the line are put in order, not every unit ranked.
        let line = line(count, of: ranks, better: better)
        let inside = inOrder(ranks.indices.filter { better(ranks[$0], line) || ranks[$0] == line })
        guard inside.count > count else { return CutSelection(selected: inside, tiedAtCut: [], exceeded: false) }
        switch ties {
        case .include:
            return CutSelection(selected: inside, tiedAtCut: [], exceeded: true)
        case .refer:
            return CutSelection(
                selected: inside.filter { better(ranks[$0], line) },
                tiedAtCut: inside.filter { ranks[$0] == line }, exceeded: false)
        }
    }

    /// The rank at the line: the `count`-th of `ranks` (more than `count` of them) listed best
    /// first by `better`. Found keeping the best `count` seen in order (a quota is a few
    /// places), in one pass over the ranks.
    private static func line(_ count: Int, of ranks: [Int], better: (Int, Int) -> Bool) -> Int {
        var best: [Int] = []
        best.reserveCapacity(count + 1)
        for rank in ranks where best.count < count || better(rank, best[count - 1]) {
            best.insert(rank, at: best.firstIndex { better(rank, $0) } ?? best.count)
            if best.count > count { best.removeLast() }
        }
        return best[count - 1]
    }
}

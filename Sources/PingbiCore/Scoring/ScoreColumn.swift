import Foundation

/// One item's scores in a ``ScoreSheet``, by place: each part of an ``ItemScore`` in its own
/// flat array, no unit name per score, and a part no score has (A for a bonus, a shown A,
/// explanations made silently, a group's B) kept in no array at all. Values are kept 8 bytes
/// each (``DecimalCells``) and fractions 16 (``FractionCells``). B is kept once per run of
/// equal means (a group's scores are recorded together), each place naming its run.
struct ScoreColumn: Sendable {
    /// Each place's shown value; nil where nothing is recorded.
    private var values: DecimalCells
    /// Each place's exact score.
    private var exact: FractionCells
    /// Each place's A; empty while no score has one.
    private var a = FractionCells(count: 0)
    /// Each place's shown A; empty while no score has one.
    private var shownA = DecimalCells(count: 0)
    /// Each place's explanations; empty while no score records any.
    private var explained: [ItemScore.Explained?] = []
    /// Each place's index in ``means`` (−1: none); empty while no score has a B.
    private var meanIndex: [Int32] = []
    /// The distinct B's, in the order first recorded.
    private var means: [Decimal] = []

    /// A column of `count` places without scores.
    init(count: Int) {
        values = DecimalCells(count: count)
        exact = FractionCells(count: count)
    }

    /// The number of places.
    var count: Int { values.count }

    /// One more place, without a score.
    mutating func appendPlace() {
        values.append(nil)
        exact.appendNil()
        if a.count > 0 { a.appendNil() }
        if shownA.count > 0 { shownA.append(nil) }
        if !explained.isEmpty { explained.append(nil) }
        if !meanIndex.isEmpty { meanIndex.append(-1) }
    }

    /// Records `score` at `place`.
    mutating func set(_ score: ItemScore, at place: Int) {
        set(score.parts, at: place)
    }

    /// Records a score of `parts` at `place`.
    mutating func set(_ score: ItemScore.Parts, at place: Int) {
        values[place] = score.value
        exact[place] = score.score
        if score.a != nil || a.count > 0 {
            if a.count == 0 { a = FractionCells(count: count) }
            a[place] = score.a
        }
        if score.shownA != nil || shownA.count > 0 {
            if shownA.count == 0 { shownA = DecimalCells(count: count) }
            shownA[place] = score.shownA
        }
        if score.explained != nil || !explained.isEmpty {
            if explained.isEmpty { explained = Array(repeating: nil, count: count) }
            explained[place] = score.explained
        }
        if score.mean != nil || !meanIndex.isEmpty {
            if meanIndex.isEmpty { meanIndex = [Int32](repeating: -1, count: count) }
            if let mean = score.mean {
                if means.last != mean { means.append(mean) }
                meanIndex[place] = Int32(means.count - 1)
            } else {
                meanIndex[place] = -1
            }
        }
    }

    /// Records every score of `part`, a column of `places.count` places made apart (one
    /// group's, or a range of units', on another thread), at `places` in order: as recording
    /// each of its scores there would.
    mutating func set(_ part: ScoreColumn, at places: some Collection<Int>) {
        precondition(part.count == places.count, "set(_:at:): \(part.count) places for \(places.count)")
        if part.a.count > 0, a.count == 0 { a = FractionCells(count: count) }
        if part.shownA.count > 0, shownA.count == 0 { shownA = DecimalCells(count: count) }
        if !part.explained.isEmpty, explained.isEmpty { explained = Array(repeating: nil, count: count) }
        if !part.meanIndex.isEmpty, meanIndex.isEmpty { meanIndex = [Int32](repeating: -1, count: count) }
        var from = 0
        for place in places {
            values[place] = part.values[from]
            exact.set(place, from: part.exact, at: from)
            if a.count > 0 { part.a.count > 0 ? a.set(place, from: part.a, at: from) : (a[place] = nil) }
            if shownA.count > 0 { shownA[place] = part.shownA.count > 0 ? part.shownA[from] : nil }
            if !explained.isEmpty { explained[place] = part.explained.isEmpty ? nil : part.explained[from] }
            if !meanIndex.isEmpty {
                if !part.meanIndex.isEmpty, part.meanIndex[from] >= 0 {
                    let mean = part.means[Int(part.meanIndex[from])]
                    if means.last != mean { means.append(mean) }
                    meanIndex[place] = Int32(means.count - 1)
                } else {
                    meanIndex[place] = -1
                }
            }
            from += 1
        }
    }

    /// Records `scores` at `places` (parallel).
    mutating func set(_ scores: [ItemScore], at places: some Collection<Int>) {
        precondition(scores.count == places.count, "set(_:at:): \(scores.count) scores for \(places.count) places")
        for (score, place) in zip(scores, places) { set(score, at: place) }
    }

    /// The shown value at `place` (``ItemScore/value``); nil when no score is recorded.
    func value(at place: Int) -> Decimal? {
        values[place]
    }

    /// A as the result shows it at `place`: the shown A, else A's own decimal
    /// (what a row shows in the item's A column); nil when there is neither.
    func shownA(at place: Int) -> Decimal? {
        let (shown, a) = shownParts(at: place)
        return shown ?? a?.display()
    }

    /// The shown A at `place` and, when there is none, A: read apart from making A's decimal, so
    /// that a caller reading the column in place does not copy it (retaining each of its arrays)
    /// to keep it across that call.
    func shownParts(at place: Int) -> (shown: Decimal?, a: Fraction?) {
        if shownA.count > 0, let shown = shownA[place] { return (shown, nil) }
        return (nil, a.count == 0 ? nil : a[place])
    }

    /// The explanations at `place` (``ItemScore/explained``), if recorded.
    func explained(at place: Int) -> ItemScore.Explained? {
        explained.isEmpty ? nil : explained[place]
    }

    /// The score at `place` as recorded, with `unit` as its unit; nil when none is.
    func score(at place: Int, unit: String) -> ItemScore? {
        guard let value = values[place] else { return nil }
        let mean = meanIndex.isEmpty || meanIndex[place] < 0 ? nil : means[Int(meanIndex[place])]
        return ItemScore(
            unit: unit, a: a.count == 0 ? nil : a[place], score: exact[place], value: value, mean: mean,
            shownA: shownA.count == 0 ? nil : shownA[place], explained: explained.isEmpty ? nil : explained[place])
    }
}

extension ScoreColumn {
    /// Columns made in parts on several threads (one group's, one range of units'), each
    /// column's parts handed whole to the thread joining it (``set(_:at:)`` of each part) and
    /// kept here no longer: a part is let go as soon as it is joined.
    final class Parts: @unchecked Sendable {
        private let lock = NSLock()
        /// Each column's parts not yet taken, in the order they are joined.
        private var columns: [[ScoreColumn]]

        /// The parts of each column.
        init(_ columns: [[ScoreColumn]]) {
            self.columns = columns
        }

        /// Column `index`'s parts, no longer kept here.
        func take(_ index: Int) -> [ScoreColumn] {
            lock.withLock {
                var taken: [ScoreColumn] = []
                swap(&taken, &columns[index])
                return taken
            }
        }
    }
}

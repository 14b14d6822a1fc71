import Foundation

/// One item's scores in a ``ScoreSheet``, by place: each part of an ``ItemScore`` in its own
/// flat array, no unit name per score, and a part no score has (A for a bonus, a shown A,
/// explanations made silently, a group's B) kept in no array at all. B is kept once per run of
/// equal means (a group's scores are recorded together), each place naming its run.
struct ScoreColumn: Sendable {
    /// Each place's shown value (0 where nothing is recorded).
    private var values: [Decimal]
    /// Whether each place has a score.
    private var recorded: [Bool]
    /// Each place's exact score.
    private var exact: [Fraction?]
    /// Each place's A; empty while no score has one.
    private var a: [Fraction?] = []
    /// Each place's shown A; empty while no score has one.
    private var shownA: [Decimal?] = []
    /// Each place's explanations; empty while no score records any.
    private var explained: [ItemScore.Explained?] = []
    /// Each place's index in ``means`` (−1: none); empty while no score has a B.
    private var meanIndex: [Int32] = []
    /// The distinct B's, in the order first recorded.
    private var means: [Decimal] = []

    /// A column of `count` places without scores.
    init(count: Int) {
        values = [Decimal](repeating: 0, count: count)
        recorded = [Bool](repeating: false, count: count)
        exact = [Fraction?](repeating: nil, count: count)
    }

    /// The number of places.
    var count: Int { values.count }

    /// One more place, without a score.
    mutating func appendPlace() {
        values.append(0)
        recorded.append(false)
        exact.append(nil)
        if !a.isEmpty { a.append(nil) }
        if !shownA.isEmpty { shownA.append(nil) }
        if !explained.isEmpty { explained.append(nil) }
        if !meanIndex.isEmpty { meanIndex.append(-1) }
    }

    /// Records `score` at `place`.
    mutating func set(_ score: ItemScore, at place: Int) {
        values[place] = score.value
        recorded[place] = true
        exact[place] = score.score
        if score.a != nil || !a.isEmpty { Self.set(score.a, at: place, in: &a, count: count) }
        if score.shownA != nil || !shownA.isEmpty { Self.set(score.shownA, at: place, in: &shownA, count: count) }
        if score.explained != nil || !explained.isEmpty { Self.set(score.explained, at: place, in: &explained, count: count) }
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

    /// Records `scores` at `places` (parallel).
    mutating func set(_ scores: [ItemScore], at places: some Collection<Int>) {
        precondition(scores.count == places.count, "set(_:at:): \(scores.count) scores for \(places.count) places")
        for (score, place) in zip(scores, places) { set(score, at: place) }
    }

    /// Sets `value` at `place` in an optional part, made (all nil) on first use.
    private static func set<Value>(_ value: Value?, at place: Int, in part: inout [Value?], count: Int) {
        if part.isEmpty { part = [Value?](repeating: nil, count: count) }
        part[place] = value
    }

    /// The score at `place` as recorded, with `unit` as its unit; nil when none is.
    func score(at place: Int, unit: String) -> ItemScore? {
        guard recorded[place] else { return nil }
        let mean = meanIndex.isEmpty || meanIndex[place] < 0 ? nil : means[Int(meanIndex[place])]
        return ItemScore(
            unit: unit, a: a.isEmpty ? nil : a[place], score: exact[place], value: values[place], mean: mean,
            shownA: shownA.isEmpty ? nil : shownA[place], explained: explained.isEmpty ? nil : explained[place])
    }
}

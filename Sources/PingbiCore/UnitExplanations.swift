import Foundation

/// What gives the explanations of a result's rows (``UnitResult/explanations``) when they are
/// read, so that a large run nobody explains keeps one reference and a row number per unit:
/// no closure, no per-value explanation.
public protocol UnitExplanationsSource: AnyObject, Sendable {
    /// The explanations, by column key, of the unit at row `row` of the result the source
    /// was made for.
    func explanations(ofRow row: Int) -> [String: Explanation]
}

/// A unit's explanations by column key (``UnitResult/explanations``): stored, or made all at
/// once when read — by a closure (one per unit) or by a source shared by every unit.
struct UnitExplanations: Sendable, Equatable {
    /// The explanations, when not deferred.
    var stored: [String: Explanation]
    /// What makes the explanations on every read (it should keep what it makes).
    private var deferred: Deferred?

    /// Where deferred explanations come from.
    private enum Deferred {
        case closure(@Sendable () -> [String: Explanation])
        case source(any UnitExplanationsSource, row: Int)
    }

    /// Stored explanations.
    init(_ stored: [String: Explanation]) {
        self.stored = stored
    }

    /// Explanations that `build` gives when read.
    init(deferred build: @escaping @Sendable () -> [String: Explanation]) {
        self.stored = [:]
        self.deferred = .closure(build)
    }

    /// Explanations that `source` gives for its row `row` when read.
    init(source: any UnitExplanationsSource, row: Int) {
        self.stored = [:]
        self.deferred = .source(source, row: row)
    }

    /// Every explanation by column key.
    var all: [String: Explanation] {
        switch deferred {
        case nil: stored
        case .closure(let build)?: build()
        case .source(let source, let row)?: source.explanations(ofRow: row)
        }
    }

    /// Turns deferred explanations into stored ones (before they are changed).
    mutating func materialise() {
        guard deferred != nil else { return }
        stored = all
        deferred = nil
    }

    /// The same explanations.
    static func == (a: UnitExplanations, b: UnitExplanations) -> Bool { a.all == b.all }
}

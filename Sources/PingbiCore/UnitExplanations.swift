import Foundation

/// A unit's explanations by column key (``UnitResult/explanations``): stored, or made all at
/// once by a closure when read — one closure per unit, not one per value, so that a large run
/// nobody explains keeps no per-value closure.
struct UnitExplanations: Sendable, Equatable {
    /// The explanations, when not deferred.
    var stored: [String: Explanation]
    /// The explanations, asked for on every read (the closure should keep what it makes).
    private var deferred: (@Sendable () -> [String: Explanation])?

    /// Stored explanations.
    init(_ stored: [String: Explanation]) {
        self.stored = stored
    }

    /// Explanations that `build` gives when read.
    init(deferred build: @escaping @Sendable () -> [String: Explanation]) {
        self.stored = [:]
        self.deferred = build
    }

    /// Every explanation by column key.
    var all: [String: Explanation] { deferred?() ?? stored }

    /// Turns deferred explanations into stored ones (before they are changed).
    mutating func materialise() {
        guard let deferred else { return }
        stored = deferred()
        self.deferred = nil
    }

    /// The same explanations.
    static func == (a: UnitExplanations, b: UnitExplanations) -> Bool { a.all == b.all }
}

import Foundation

/// The explanations of one result, computed (with a second, recorded run) when the first of
/// them is read: a run nobody asks "why" of builds no explanation text.
final class RecordedExplanations: @unchecked Sendable {
    private let lock = NSLock()
    private var compute: (@Sendable () -> ProgramResult)?
    private var byUnit: [String: [String: Explanation]]?

    init(_ compute: @escaping @Sendable () -> ProgramResult) {
        self.compute = compute
    }

    /// The explanations of `unit`, by column key.
    func explanations(of unit: String) -> [String: Explanation] {
        lock.withLock {
            if byUnit == nil {
                byUnit = Dictionary(compute!().units.map { ($0.unit, $0.explanations) }, uniquingKeysWith: { a, _ in a })
                compute = nil
            }
            return byUnit![unit]!
        }
    }
}

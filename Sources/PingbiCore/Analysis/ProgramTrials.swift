/// A program's what-if runs on data it has read once (``Program/trials(_:)``): ``AwardGap``
/// asks each of its thousands of changes here instead of writing a changed copy of a file and
/// running the whole program (reading, checking, scoring) on it again.
public struct ProgramTrials: Sendable {
    /// The input files (by ``TableSpec/fileName``) whose changes ``result(after:)`` answers;
    /// a change to another file is run on a changed copy of that file.
    public let files: Set<String>
    private let run: @Sendable (DataChange) throws -> ProgramResult
    private let unitOutcomes: (@Sendable (DataChange) throws -> [Outcome])?

    /// Trials answering changes to `files` with `result`, which must give the values, ranks and
    /// outcomes ``Program/evaluate(_:)`` gives on a copy of the data with the change written
    /// in, and throw a ``DataError`` exactly where that run would throw one; `outcomes`, if
    /// given, answers ``outcomes(after:)`` without the whole result (the same outcomes, the
    /// same errors).
    public init(
        files: Set<String>, result: @escaping @Sendable (DataChange) throws -> ProgramResult,
        outcomes: (@Sendable (DataChange) throws -> [Outcome])? = nil
    ) {
        self.files = files
        self.run = result
        self.unitOutcomes = outcomes
    }

    /// The program's result on the data with `change` made: its values, ranks and outcomes are
    /// ``Program/evaluate(_:)``'s on the changed data; its warnings and notes may be those of
    /// the data as read, its explanations left out. Throws a ``DataError`` where the changed
    /// data is bad (a count over ``CountLimit/maximum``, a part larger than its whole).
    public func result(after change: DataChange) throws -> ProgramResult {
        try run(change)
    }

    /// The outcomes of the changed unit (``DataChange/unit``) in ``result(after:)``, in its
    /// order: all ``AwardGap`` reads of a trial. Throws where ``result(after:)`` throws.
    public func outcomes(after change: DataChange) throws -> [Outcome] {
        if let unitOutcomes { return try unitOutcomes(change) }
        return try run(change).outcomes.filter { $0.unit == change.unit }
    }
}

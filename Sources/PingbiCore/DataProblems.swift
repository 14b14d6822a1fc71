/// Several problems with the input data, found together (``InputValidation``): every one is a
/// ``DataError``, in file, line and column order. `pingbi` lists them, exits 65 and writes
/// nothing.
public struct DataProblems: Error, Sendable, Equatable {
    /// The problems, in file, line and column order; never empty.
    public let errors: [DataError]

    /// Problems; `errors` must not be empty.
    public init(_ errors: [DataError]) {
        precondition(!errors.isEmpty)
        self.errors = errors
    }
}

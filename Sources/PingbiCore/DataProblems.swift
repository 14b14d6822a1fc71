/// The problems with the input data, found together (``InputValidation``): every one is a
/// ``DataError``, in file, line and column order. `pingbi` lists them, exits 65 and writes
/// nothing.
public struct DataProblems: Error, Sendable, Equatable {
    /// The problems, in file, line and column order; never empty. Of a file with very many,
    /// only the first are here (``count`` counts them all).
    public let errors: [DataError]
    /// How many problems there are, `errors` and those only counted.
    public let count: Int

    /// Problems; `errors` must not be empty, and `count` (by default their number) not less.
    public init(_ errors: [DataError], count: Int? = nil) {
        precondition(!errors.isEmpty && (count ?? errors.count) >= errors.count)
        self.errors = errors
        self.count = count ?? errors.count
    }
}

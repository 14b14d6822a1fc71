import PingbiCore

extension Program {
    /// The result on the program's shipped sample under `readings` (name → value), as
    /// `pingbi run` gives it without `--data`.
    public func sampleResult(_ readings: [String: String] = [:]) throws -> ProgramResult {
        try evaluate(EvaluationContext(data: DataSource(sampleOf: self), readings: ReadingChoices(readings)))
    }
}

extension Program {
    /// Evaluates the program and fills in the result's ``ProgramResult/provenance``: the
    /// SHA-256 of every input file read and the pingbi version. Commands use this; a bare
    /// ``evaluate(_:)`` leaves the provenance empty.
    public func evaluateRecordingInputs(_ context: EvaluationContext) throws -> ProgramResult {
        let recorder = ReadRecorder()
        var result = try ReadRecorder.$current.withValue(recorder) { try evaluate(context) }
        result.provenance = Provenance(inputs: recorder.inputs, version: Provenance.currentVersion)
        return result
    }
}

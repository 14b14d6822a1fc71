/// A reading an edition's document settles at one value: the choice is no longer the user's
/// (the reading leaves the edition's readings) and every run uses the value.
///
/// ```swift
/// Edition(base: program, id: "kaoping-112", settling: [SettledReading(KaopingReadings.lineCap, .three)])
/// ```
public struct SettledReading: Sendable, Equatable {
    /// The reading.
    public let reading: AnyReading
    /// The value the document settles it at.
    public let value: String

    /// `reading` settled at `value`.
    public init<V: ReadingValue>(_ reading: Reading<V>, _ value: V) {
        self.reading = reading.erased
        self.value = value.rawValue
    }
}

extension ReadingChoices {
    /// These choices with `settled` readings at their settled values.
    public func settling(_ settled: [SettledReading]) -> ReadingChoices {
        guard !settled.isEmpty else { return self }
        var chosen = self.chosen
        for settlement in settled { chosen[settlement.reading.name] = settlement.value }
        return ReadingChoices(chosen)
    }
}

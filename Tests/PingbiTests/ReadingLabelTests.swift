import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// Every reading's values have labels a published report can show: Traditional Chinese words
/// without English letters (digits, ×, % are fine), a different one for each value.
@Suite struct ReadingLabelTests {
    /// One reading of one registered program.
    struct Case: CustomTestStringConvertible, Sendable {
        let program: String
        let reading: AnyReading
        var testDescription: String { "\(program) \(reading.name)" }
    }

    static let cases = Catalog.programs.flatMap { program in program.readings.map { Case(program: program.id, reading: $0) } }

    @Test(arguments: cases) func everyValueHasAChineseLabel(_ item: Case) {
        let reading = item.reading
        #expect(reading.labels.count == reading.values.count)
        for (value, label) in zip(reading.values, reading.labels) {
            #expect(!label.trimmingCharacters(in: .whitespaces).isEmpty, "\(reading.name)=\(value)")
            #expect(!label.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }, "\(reading.name)=\(value)：\(label)")
            #expect(reading.label(of: value) == label)
        }
        #expect(Set(reading.labels).count == reading.labels.count, "\(reading.name)：\(reading.labels)")
    }

    @Test func everyProgramHasReadings() {
        #expect(!Self.cases.isEmpty)
        #expect(Set(Self.cases.map(\.program)) == Set(Catalog.programs.map(\.id)))
    }
}

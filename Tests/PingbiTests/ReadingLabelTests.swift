import Foundation
import PingbiCommandLine
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

    /// Words a title quotes as the documents write them: item (6)'s name 「LINE群組活躍度」 and the
    /// A and B of items (5) and (1)'s formulas. Not a value's id, and never in `choices`.
    static let documentTerms: Set<String> = ["LINE", "A", "B"]

    /// The runs of ASCII letters in `text`.
    static func asciiWords(_ text: String) -> Set<String> {
        var words: Set<String> = [], word = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII && scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.insert(word)
                word = ""
            }
        }
        if !word.isEmpty { words.insert(word) }
        return words
    }

    /// A reading's summary is published (附錄一, the XLSX 說明 sheet, the CSV): its choices name no
    /// value by the id `--reading` takes, nor by any English word; a title's only letters are
    /// the documents' own terms.
    @Test(arguments: cases) func theSummaryHasNoIdOrEnglishWord(_ item: Case) {
        let reading = item.reading
        #expect(Self.asciiWords(reading.choices).isEmpty, "\(reading.name)：\(reading.choices)")
        #expect(Self.asciiWords(reading.summary).isSubset(of: Self.documentTerms), "\(reading.name)：\(reading.summary)")
        for value in reading.values where !Self.asciiWords(value).isEmpty {
            #expect(!reading.summary.contains(value), "\(reading.name)=\(value)：\(reading.summary)")
        }
    }

    @Test func theSummaryReadsAsTitleAndChoices() throws {
        let readings = Dictionary(Self.cases.map { ($0.reading.name, $0.reading) }, uniquingKeysWith: { a, _ in a })
        #expect(readings["cut-ties"]?.summary == "名額切線同分：全部納入並警告，或名額不變、同分者交評審決定")
        #expect(readings["rank-method"]?.summary == "名次排列：同分者占用名次（1、1、3），或不占用（1、1、2）")
        #expect(readings["exclusive-awards"]?.summary == "行動服務貢獻獎是否排除菁英獎得主：排除（共 16 家不同公所），或各自評定")
        #expect(readings["award-threshold"]?.summary == "獲獎標準（分）：未達者不獲獎，名額從缺；文件未訂，預設不設門檻（0 分）")
        #expect(readings["last-five"]?.summary == "「後五名」：由最後一名往上數五名並含同分者，或名次大於總數減 5 者")
    }

    /// `pingbi readings` still says what to type: each value as `--reading` takes it, with its label.
    @Test func theListingShowsEachValueWithItsLabel() {
        let listing = pingbi("readings", "kaoping-111", "pension-county-112")
        #expect(listing.status == .success)
        #expect(listing.out.contains(
            "\n  cut-ties：名額切線同分：全部納入並警告，或名額不變、同分者交評審決定\n"
                + "    預設 include（全部納入並警告）；其他：refer（同分者交評審決定）\n"))
        #expect(listing.out.contains(
            "\n  assist-count：比序用的「協助件數」：所有協助案件、行動量，或欠費協助件數\n"
                + "    預設 all-cases（所有協助案件）；其他：mobile（行動量）、arrears（欠費協助件數）\n"))
        #expect(listing.out.contains("    預設 competition（同分者占用名次（1、1、3））；其他：dense（同分者不占用名次（1、1、2））\n"))
        #expect(CutTies.reading.erased.valueAndLabel("refer") == "refer（同分者交評審決定）")
        // A value the reading does not have (an older result's) is shown as it is.
        #expect(CutTies.reading.erased.valueAndLabel("maybe") == "maybe")
    }

    @Test func everyProgramHasReadings() {
        #expect(!Self.cases.isEmpty)
        #expect(Set(Self.cases.map(\.program)) == Set(Catalog.programs.map(\.id)))
    }
}

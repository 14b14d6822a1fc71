import Testing
@testable import PingbiCore

/// ``FormNumbers``: forms numbered in the order first met, by their canonical bytes.
@Suite struct FormNumbersTests {
    @Test func formsAreNumberedInTheOrderFirstMetAndKeepTheirNumbers() {
        var numbers = FormNumbers()
        let texts = (0..<5000).map { "測試縣第\($0)公所" }
        for (index, text) in texts.enumerated() {
            let (number, known) = numbers.number(of: CanonicalText(text))
            #expect(number == index && !known)
        }
        #expect(numbers.count == 5000)
        for (index, text) in texts.enumerated().reversed() {
            let (number, known) = numbers.number(of: CanonicalText(text))
            #expect(number == index && known)
        }
        #expect(numbers.number(of: CanonicalText("")) == (5000, false))
        #expect(numbers.number(of: CanonicalText("")) == (5000, true))
    }

    @Test func canonicallyEqualTextsAreOneForm() {
        var numbers = FormNumbers()
        #expect(numbers.number(of: CanonicalText("Cafe\u{301}")) == (0, false))
        #expect(numbers.number(of: CanonicalText("Café")) == (0, true))
        #expect(numbers.number(of: CanonicalText("Cafe")) == (1, false))
    }

    /// Another table's forms found by their bytes, those not met numbered next and found then.
    @Test func anotherTablesFormsAreFoundByTheirBytes() {
        var first = FormNumbers(), second = FormNumbers()
        for text in ["臺北市", "新竹市", "臺南市"] { _ = first.number(of: CanonicalText(text)) }
        for text in ["臺南市", "花蓮縣", "臺北市"] { _ = second.number(of: CanonicalText(text)) }
        let found = (0..<3).map { first.number(of: $0, in: second) }
        #expect(found.map(\.number) == [2, 3, 0] && found.map(\.known) == [true, false, true])
        #expect(first.number(of: CanonicalText("花蓮縣")) == (3, true))
        #expect(first.count == 4)
    }
}

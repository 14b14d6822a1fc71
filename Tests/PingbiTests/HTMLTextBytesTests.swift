import Foundation
import PingbiCore
@testable import PingbiReports
import Testing

/// ``HTMLText/escape(_:)`` reads the UTF-8 bytes once and leaves ``VisibleText`` out where no
/// byte may begin a character it shows.
@Suite("HTML escaping by bytes")
struct HTMLTextBytesTests {
    @Test("every character shown visibly begins with bytes that send the text to VisibleText")
    func everyShownCharacterIsSeen() {
        var shown = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), VisibleText.needsShowing(scalar, keepingLayout: true) else { continue }
            let bytes = Array(String(Character(scalar)).utf8)
            #expect(HTMLText.mayBeShown(bytes[0], next: bytes.count > 1 ? bytes[1] : 0), "U+\(String(value, radix: 16))")
            shown += 1
        }
        #expect(shown > 60)
    }

    @Test("controls and bidirectional marks are shown, the rest kept, the five replaced")
    func shownAndEscaped() {
        #expect(HTMLText.escape("甲\u{85}乙") == "甲[U+0085]乙")
        #expect(HTMLText.escape("a\u{2067}<b") == "a[U+2067]&lt;b")
        #expect(HTMLText.escape("a\u{61C}b\u{7F}") == "a[U+061C]b\u{2421}")
        #expect(HTMLText.escape("第一行\n\t第二行…≈−") == "第一行\n\t第二行…≈−")
        #expect(HTMLText.escape("\u{1B}[31m") == "\u{241B}[31m")
        #expect(HTMLText.escape("×÷Σ〔〕") == "×÷Σ〔〕")
    }
}

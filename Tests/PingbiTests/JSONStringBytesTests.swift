import Foundation
import PingbiCore
import Testing

@testable import PingbiReports

/// Texts are copied into a JSON result as they are unless a byte may need an escape.
@Suite struct JSONStringBytesTests {
    /// Every character ``JSONRenderer/string(_:)`` escapes makes its text go to the exact escaping.
    @Test func everyEscapedCharacterIsSeen() {
        var escaped = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "甲" + String(Character(scalar)) + "乙"
            guard JSONRenderer.string(text) != "\"" + text + "\"" else { continue }
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(JSONBytes.mayNeedEscape), "U+\(String(value, radix: 16))")
            // At every offset within the eight bytes read at once, and after whole words.
            for lead in 0...17 {
                let placed = Array((String(repeating: "a", count: lead) + String(Character(scalar)) + "乙乙乙").utf8)
                #expect(placed.withUnsafeBufferPointer(JSONBytes.mayNeedEscape), "U+\(String(value, radix: 16)) after \(lead)")
            }
            escaped += 1
        }
        #expect(escaped > 60)
    }

    /// A long text with nothing to escape is passed whole, eight bytes at a time.
    @Test func aPlainLongTextIsCopied() {
        let text = "測試縣第000001公所 不是在地製卡據點公所，在地製卡件數 59 不計分"
        #expect(!Array(text.utf8).withUnsafeBufferPointer(JSONBytes.mayNeedEscape))
    }

    /// Names, warnings and texts with and without escapes are written as ``JSONRenderer/string(_:)`` writes them.
    @Test func stringsAreTheRenderersOwn() {
        for text in ["", "高雄市三民區", "測試縣第004321公所：111-03 無資料", "a\"b", "c\\d", "e\nf\tg", "h\u{200E}i", "j\u{85}k", "\u{2028}", "ab\u{7F}", "甲\u{61C}乙", "—…「」"] {
            let out = JSONBytes()
            out.appendString(text)
            #expect(String(decoding: out.bytes, as: UTF8.self) == JSONRenderer.string(text), "\(text)")
        }
    }
}

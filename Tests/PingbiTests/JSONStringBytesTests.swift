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
            escaped += 1
        }
        #expect(escaped > 60)
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

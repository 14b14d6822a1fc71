import PingbiCore

/// Escaping for HTML and SVG: every piece of text from a result (unit names come from data)
/// goes through here before it is written into markup.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in
    /// element content and in quoted attribute values; control characters and bidirectional
    /// marks are shown visibly (``VisibleText``), line breaks and tabs kept.
    ///
    /// Replaced wherever they stand, a combining mark after them included (`"` followed by
    /// U+0301 would otherwise close an attribute): the text is read as UTF-8 bytes, where each
    /// of the five is one byte no other character contains. Text with none of them and no byte
    /// that may begin a character shown visibly (``mayBeShown(_:next:)``) — most of a report —
    /// is returned as it is, read once.
    public static func escape(_ text: String) -> String {
        var text = text
        let (special, shown) = text.withUTF8 { bytes in
            var special = false, shown = false
            for index in bytes.indices {
                let byte = bytes[index]
                // Most bytes are those of Chinese characters (0xE3–0xE9 lead bytes, continuations).
                if byte < 0x80 {
                    special = special || isSpecial(byte)
                } else if byte != 0xC2 && byte != 0xD8 && byte != 0xE2 {
                    continue
                }
                shown = shown || mayBeShown(byte, next: index + 1 < bytes.count ? bytes[index + 1] : 0)
            }
            return (special, shown)
        }
        let visible = shown ? VisibleText.of(text, keepingLayout: true) : text
        guard special else { return visible }
        var out: [UInt8] = []
        out.reserveCapacity(visible.utf8.count + 32)
        for byte in visible.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `byte` is one of the five characters ``escape(_:)`` replaces.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }

    /// Whether the UTF-8 `byte`, followed by `next`, may begin a character that
    /// ``VisibleText/of(_:keepingLayout:)`` shows visibly keeping the layout, which then
    /// decides: a C0 control other than tab and line breaks, DEL, the lead byte of
    /// U+0080–U+00BF (C1 controls) or of U+0600–U+063F (U+061C), and the first two bytes of
    /// U+2000–U+207F (the bidirectional marks and separators). Never false for a character it
    /// shows (checked over every character by a test).
    static func mayBeShown(_ byte: UInt8, next: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0x7F, 0xC2, 0xD8: true
        case 0xE2: next == 0x80 || next == 0x81
        default: false
        }
    }
}

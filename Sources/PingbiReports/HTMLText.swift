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
    /// of the five is one byte no other character contains. Text with none of them (most of a
    /// report) is returned as it is.
    public static func escape(_ text: String) -> String {
        let visible = VisibleText.of(text, keepingLayout: true)
        guard visible.utf8.contains(where: isSpecial) else { return visible }
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
}

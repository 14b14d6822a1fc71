import PingbiCore

/// Escaping for HTML and SVG: every piece of text from a result (unit names come from data)
/// goes through here before it is written into markup.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, safe in
    /// element content and in quoted attribute values; control characters and bidirectional
    /// marks are shown visibly (``VisibleText``), line breaks and tabs kept.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in VisibleText.of(text, keepingLayout: true) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

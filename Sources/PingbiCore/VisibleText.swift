/// Text from input files made safe to show: control characters (ESC, NUL, line breaks…) and
/// the invisible bidirectional marks (U+202E…) become visible symbols, so a cell can neither
/// draw a fake line nor reorder a message; long values are shortened when echoed.
public enum VisibleText {
    /// How many characters of an echoed value are shown before it is shortened.
    public static let echoLimit = 40

    /// `text` with every control character and bidirectional mark shown visibly: C0 controls
    /// as their control pictures (ESC → ␛, LF → ␊, NUL → ␀), DEL as ␡, the others as `[U+202E]`.
    /// Line breaks and tabs are kept when `keepingLayout` is true (for multi-line outputs).
    public static func of(_ text: String, keepingLayout: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsShowing($0, keepingLayout: keepingLayout) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsShowing(scalar, keepingLayout: keepingLayout) else {
                out.append(scalar)
                continue
            }
            if scalar.value < 0x20 {
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            } else if scalar.value == 0x7F {
                out.append("\u{2421}")
            } else {
                out.append(contentsOf: "[U+\(hex(scalar.value))]".unicodeScalars)
            }
        }
        return String(out)
    }

    /// A value echoed in a message: visible (``of(_:keepingLayout:)``) and, beyond
    /// ``echoLimit`` characters, cut with `…（共 N 字）`.
    public static func echo(_ text: String) -> String {
        let count = text.count
        guard count > echoLimit else { return of(text) }
        return of(String(text.prefix(echoLimit))) + "…（共 \(count) 字）"
    }

    /// Whether `scalar` must be shown rather than written as is.
    public static func needsShowing(_ scalar: Unicode.Scalar, keepingLayout: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: !keepingLayout
        case 0x00..<0x20, 0x7F..<0xA0: true
        // Bidirectional marks, embeddings, overrides and isolates; line and paragraph separators.
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

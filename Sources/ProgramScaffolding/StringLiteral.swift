/// Plain Swift string literals: `"NationalPension112"`, no escapes or interpolation.
enum StringLiteral {
    /// The value of `written` when it is a plain string literal of identifier characters and
    /// hyphens, else nil.
    static func value(_ written: String) -> String? {
        guard written.count >= 2, written.first == "\"", written.last == "\"" else { return nil }
        let inside = written.dropFirst().dropLast()
        guard inside.allSatisfy({ SwiftSource.isIdentifier($0) || $0 == "-" }) else { return nil }
        return String(inside)
    }

    /// `value` as a Swift string literal, escaping backslashes, quotes and line breaks.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// The values of a literal list of plain strings (`["A", "B"]`), or nil if an element is
    /// anything else.
    static func values(_ elements: [String]) -> [String]? {
        var values: [String] = []
        for element in elements {
            guard let value = value(element) else { return nil }
            values.append(value)
        }
        return values
    }
}

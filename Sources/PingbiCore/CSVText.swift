extension CSV {
    /// Records as CSV text (LF line ends, no byte-order mark): the inverse of ``parse(_:file:)``.
    public static func text(_ records: [[String]]) -> String {
        records.map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// A field, quoted when it holds a comma, quote or line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

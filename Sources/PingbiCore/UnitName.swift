import Foundation

/// Unit names as the documents write them: 台 and 臺 are the same character, and stray
/// spaces (half- or full-width) around a name mean nothing.
public enum UnitName {
    /// The canonical form of a name: trimmed, with 台 replaced by 臺.
    public static func normalize(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{3000}"]))
        return trimmed.replacingOccurrences(of: "台", with: "臺")
    }
}

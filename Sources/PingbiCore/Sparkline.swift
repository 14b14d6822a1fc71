import Foundation

/// A series drawn as one line of block characters (`▁▂▃▄▅▆▇█`), for a trend column in a
/// table. Exact: each value's level is (value − min) × 7 / (max − min), rounded half away
/// from zero, so the lowest value is `▁` and the highest `█`.
public enum Sparkline {
    /// The eight levels, lowest first.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// What a flat series (every value equal) is drawn with: the middle level.
    public static let flat: Character = "▄"
    /// What a missing point is drawn with, so that series of different units stay aligned.
    public static let missing: Character = " "

    /// One character per value, scaled between the series' own lowest and highest value;
    /// `nil` (a period without data) is a space.
    public static func render(_ values: [Decimal?]) -> String {
        String(heights(values).map { level in level.map { levels[$0] } ?? missing })
    }

    /// Each value's level, 0 (the series' lowest) to 7 (its highest), 3 (``flat``) for every
    /// value of a flat series; nil for a period without data. What ``render(_:)`` draws, for a
    /// chart that draws it with bars.
    public static func heights(_ values: [Decimal?]) -> [Int?] {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else { return values.map { _ in nil } }
        let flatLevel = levels.firstIndex(of: flat)!
        return values.map { value in
            guard let value else { return nil }
            guard high > low else { return flatLevel }
            return Int(((value - low) * Decimal(levels.count - 1) / (high - low)).rounded(0).plainText) ?? 0
        }
    }
}

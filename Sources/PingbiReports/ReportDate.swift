import Foundation

/// The 製表日期 a report is dated: a calendar day, written in the 民國 calendar.
public struct ReportDate: Sendable, Equatable {
    /// The Gregorian year (2026).
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// The day `YYYY-MM-DD` (`2026-11-26`), nil unless it is a real calendar day after 民國元年.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0 >= "0" && $0 <= "9" } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year > 1911
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Today in the machine's time zone.
    public static func today() -> ReportDate {
        let now = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return ReportDate(String(format: "%04d-%02d-%02d", now.year ?? 2000, now.month ?? 1, now.day ?? 1))!
    }

    /// `中華民國115年11月26日`.
    public var text: String { "中華民國\(year - 1911)年\(month)月\(day)日" }

    /// `2026-11-26`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
}

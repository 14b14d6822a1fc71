/// The text of a number stored in a sheet (`<v>`), kept exact: never read into a binary
/// floating-point value. An exponent (`1.5E-3`) is written out in full, a percent-formatted
/// cell is shown as a CSV would show it (`0.687` → `68.7%`), a date-formatted cell as its date.
enum SheetNumber {
    /// The largest exponent written out; beyond it a stored number is refused.
    static let exponentLimit = 400

    /// The plain decimal text of `stored` (`-12`, `0.5`, `1.5E-3` → `0.0015`); nil when it is
    /// not a number.
    static func plain(_ stored: String) -> String? {
        guard let parts = split(stored) else { return nil }
        if parts.exponent == 0 { return stored.hasPrefix("+") ? String(stored.dropFirst()) : stored }
        return compose(negative: parts.negative, digits: parts.digits, point: parts.point + parts.exponent)
    }

    /// `stored` × 100 followed by `%`: how a cell formatted as a percentage reads.
    static func percent(_ stored: String) -> String? {
        guard let parts = split(stored) else { return nil }
        return compose(negative: parts.negative, digits: parts.digits, point: parts.point + parts.exponent + 2) + "%"
    }

    /// The date of a stored date serial (`44621` → `2022-03-01`), its time of day dropped;
    /// nil when it is not a date a sheet can hold.
    static func date(_ stored: String, from1904: Bool) -> String? {
        guard let text = plain(stored), !text.hasPrefix("-") else { return nil }
        guard let days = Int(text.split(separator: ".", maxSplits: 1)[0]), days <= 2_958_465 else { return nil }
        if !from1904 && days == 60 { return "1900-02-29" }  // the day Excel keeps for Lotus 1-2-3
        // Days since 1970-01-01 of serial 0: 1899-12-31 (1900 system, before its phantom
        // 29 February), 1899-12-30 (after it), 1904-01-01 (1904 system).
        let epoch = from1904 ? -24_107 : (days < 60 ? -25_568 : -25_569)
        let (year, month, day) = civil(epoch + days)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Sign, significant digits, the position of the decimal point within them, and the exponent.
    private static func split(_ stored: String) -> (negative: Bool, digits: [UInt8], point: Int, exponent: Int)? {
        var bytes = Array(stored.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var exponent = 0
        if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }) {
            var tail = bytes[(e + 1)...]
            var sign = 1
            if let first = tail.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
                sign = first == UInt8(ascii: "-") ? -1 : 1
                tail = tail.dropFirst()
            }
            guard !tail.isEmpty, tail.count <= 4, tail.allSatisfy(isDigit) else { return nil }
            exponent = sign * Int(String(decoding: tail, as: UTF8.self))!
            guard abs(exponent) <= exponentLimit else { return nil }
            bytes = bytes[..<e]
        }
        let pieces = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = pieces.first, !whole.isEmpty, whole.allSatisfy(isDigit) else { return nil }
        let fraction = pieces.count == 2 ? pieces[1] : []
        guard pieces.count == 1 || !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
        return (negative, Array(whole) + Array(fraction), whole.count, exponent)
    }

    /// Digits with the decimal point after `point` of them, as plain text without needless zeros.
    private static func compose(negative: Bool, digits: [UInt8], point: Int) -> String {
        var digits = digits
        var point = point
        if point <= 0 {
            digits = [UInt8](repeating: UInt8(ascii: "0"), count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += [UInt8](repeating: UInt8(ascii: "0"), count: point - digits.count)
        }
        var whole = digits[..<point].drop { $0 == UInt8(ascii: "0") }
        if whole.isEmpty { whole = [UInt8(ascii: "0")][...] }
        var fraction = digits[point...]
        while fraction.last == UInt8(ascii: "0") { fraction = fraction.dropLast() }
        var text = String(decoding: whole, as: UTF8.self)
        if !fraction.isEmpty { text += "." + String(decoding: fraction, as: UTF8.self) }
        return negative && text != "0" ? "-" + text : text
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's civil_from_days).
    private static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

import Foundation

/// What a cell was expected to hold, for error messages (in Traditional Chinese).
public enum CellExpectation: Sendable, Equatable {
    /// A decimal number, thousands separators allowed (`439,733`, `-0.23`).
    case number
    /// A percentage from 0 to 100, `%` optional (`68.70%` or `68.70`).
    case rate
    /// A signed percentage difference (`-0.23%`).
    case percentDifference
    /// A non-negative whole number (`12`, `1,520`).
    case count
    /// A number within a closed range.
    case range(Decimal, Decimal)
    /// One of the listed values.
    case oneOf([String])
    /// A number `Decimal` holds exactly: at most 38 significant digits.
    case exactNumber
    /// A non-empty value.
    case nonEmpty
    /// A free description.
    case described(String)

    /// The expectation in words, for the person who fixes the file.
    public var description: String {
        switch self {
        case .number: "數字（可含千分位，例如 439,733 或 -0.23）"
        case .rate: "0 到 100 之間的百分比（例如 68.70% 或 68.70）"
        case .percentDifference: "百分點差（例如 -0.23% 或 0.08）"
        case .count: "不小於 0 的整數（例如 12 或 1,520）"
        case .range(let low, let high): "\(low.plainText) 到 \(high.plainText) 之間的數字"
        case .oneOf(let values): "下列之一：" + values.joined(separator: "、")
        case .exactNumber: "有效位數不超過 38 位的數字（此值無法精確保存，不予四捨五入）"
        case .nonEmpty: "不可空白"
        case .described(let text): text
        }
    }
}

/// Why a cell was rejected: the expectation it failed.
public struct CellError: Error, Sendable, Equatable {
    /// What the cell should have held.
    public let expected: CellExpectation

    /// An error: the cell did not hold what `expected` describes.
    public init(expected: CellExpectation) {
        self.expected = expected
    }
}

/// Exact parsing of whole cells into decimals. A cell must be a number in its entirety:
/// `12abc` and `1,5` are errors, never silently truncated.
public enum CellParser {
    /// A decimal number: optional sign, digits with optional correct thousands grouping,
    /// optional fraction. Surrounding spaces are ignored. A number `Decimal` cannot hold
    /// exactly (more than 38 significant digits) is an error, never rounded.
    public static func number(_ text: String) throws(CellError) -> Decimal {
        let trimmed = CellTrimming.isTrimmed(text, ofBlanks: .whitespaces) ? text : text.trimmingCharacters(in: .whitespaces)
        guard let canonical = canonicalNumber(trimmed) else { throw CellError(expected: .number) }
        // Text of at most 38 characters cannot hold more digits than Decimal keeps.
        guard canonical.utf8.count <= maximumDigits || isExact(canonical), let value = Decimal(string: canonical) else {
            throw CellError(expected: .exactNumber)
        }
        return value
    }

    /// The most significant digits `Decimal` holds exactly (its significand has 128 bits).
    static let maximumDigits = 38

    /// Whether the canonical number `text` (sign, digits, optional fraction) has at most
    /// ``maximumDigits`` significant digits and an exponent `Decimal` can hold (−128…127).
    static func isExact(_ text: String) -> Bool {
        let body = text.utf8.drop { $0 == UInt8(ascii: "-") }
        let parts = body.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let zero = UInt8(ascii: "0")
        let integer = parts[0].drop { $0 == zero }
        var fraction = parts.count == 2 ? Array(parts[1]) : []
        while fraction.last == zero { fraction.removeLast() }
        let digits = (Array(integer) + fraction).drop { $0 == zero }
        var trailingZeros = 0
        if fraction.isEmpty { trailingZeros = integer.reversed().prefix { $0 == zero }.count }
        let significant = digits.count - trailingZeros
        // The value is significand × 10^exponent with a significand of `significant` digits.
        let exponent = fraction.isEmpty ? trailingZeros : -fraction.count
        return significant <= maximumDigits && (significant == 0 || (-128...127).contains(exponent))
    }

    /// A percentage written `68.70%` or `68.70` (both 68.70 percent), any sign.
    public static func percent(_ text: String) throws(CellError) -> Decimal {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") || trimmed.hasSuffix("％") { trimmed.removeLast() }
        do { return try number(trimmed) } catch {
            throw CellError(expected: error.expected == .exactNumber ? .exactNumber : .percentDifference)
        }
    }

    /// A rate in percent from 0 to 100 inclusive.
    public static func rate(_ text: String) throws(CellError) -> Decimal {
        let parsed: Decimal?
        do { parsed = try percent(text) } catch let error where error.expected == .exactNumber { throw error } catch { parsed = nil }
        guard let value = parsed, value >= 0, value <= 100 else {
            throw CellError(expected: .rate)
        }
        return value
    }

    /// A non-negative whole number, thousands separators allowed.
    public static func count(_ text: String) throws(CellError) -> Int {
        // Plain digits, the common cell: the value the general path gives, without Decimal.
        var text = text
        if let plain = text.withUTF8(plainDigits) { return plain }
        let parsed: Decimal?
        do { parsed = try number(text) } catch let error where error.expected == .exactNumber { throw error } catch { parsed = nil }
        guard let value = parsed, value >= 0, value == value.rounded(0),
              let whole = Int(value.plainText) else {
            throw CellError(expected: .count)
        }
        return whole
    }

    /// The most digits a plain count has: 18 digits never overflow an `Int`.
    static let plainDigitsLength = 18

    /// The value of 1 to ``plainDigitsLength`` ASCII digits (a leading zero allowed), nil for
    /// anything else. (``CSVBytes`` reads the same value while finding a field's end.)
    static func plainDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= plainDigitsLength else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The text without thousands separators if it is a well-formed number, else nil.
    static func canonicalNumber(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var sign = ""
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            if bytes[0] == UInt8(ascii: "-") { sign = "-" }
            bytes.removeFirst()
        }
        let parts = bytes.split(separator: UInt8(ascii: "."), maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count == 2 ? parts[1] : nil
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        if let fraction, fraction.isEmpty || !fraction.allSatisfy(isDigit) { return nil }
        let groups = integer.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.allSatisfy(isDigit) else { return nil }
        if groups.count > 1 {
            guard first.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(isDigit) }) else {
                return nil
            }
        }
        let digits = groups.map { String(decoding: $0, as: UTF8.self) }.joined()
        return sign + digits + (fraction.map { "." + String(decoding: $0, as: UTF8.self) } ?? "")
    }
}

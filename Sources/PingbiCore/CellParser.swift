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
    /// optional fraction. Surrounding spaces are ignored.
    public static func number(_ text: String) throws(CellError) -> Decimal {
        let trimmed = CellTrimming.isTrimmed(text, ofBlanks: .whitespaces) ? text : text.trimmingCharacters(in: .whitespaces)
        guard let canonical = canonicalNumber(trimmed), let value = Decimal(string: canonical) else {
            throw CellError(expected: .number)
        }
        return value
    }

    /// A percentage written `68.70%` or `68.70` (both 68.70 percent), any sign.
    public static func percent(_ text: String) throws(CellError) -> Decimal {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") || trimmed.hasSuffix("％") { trimmed.removeLast() }
        do { return try number(trimmed) } catch { throw CellError(expected: .percentDifference) }
    }

    /// A rate in percent from 0 to 100 inclusive.
    public static func rate(_ text: String) throws(CellError) -> Decimal {
        guard let value = try? percent(text), value >= 0, value <= 100 else {
            throw CellError(expected: .rate)
        }
        return value
    }

    /// A non-negative whole number, thousands separators allowed.
    public static func count(_ text: String) throws(CellError) -> Int {
        // Plain digits, the common cell: the value the general path gives, without Decimal.
        let bytes = text.utf8
        if !bytes.isEmpty, bytes.count <= 18, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        guard let value = try? number(text), value >= 0, value == value.rounded(0),
              let whole = Int(value.plainText) else {
            throw CellError(expected: .count)
        }
        return whole
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

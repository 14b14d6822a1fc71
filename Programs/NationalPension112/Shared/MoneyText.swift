import Foundation

extension Decimal {
    /// A whole amount with thousands separators, as the documents write money (`5,000`).
    var grouped: String {
        let text = plainText
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer.removeLast(3)
        }
        groups.insert(integer, at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",") + (parts.count == 2 ? "." + parts[1] : "")
    }
}

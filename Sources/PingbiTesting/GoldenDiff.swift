import Foundation

/// A readable difference between a golden text and an actual output: the first lines that
/// differ, with a little context, numbered as in the golden file.
public enum GoldenDiff {
    /// `nil` when the texts are equal byte for byte.
    public static func first(expected: Data, actual: Data, context: Int = 3) -> String? {
        guard expected != actual else { return nil }
        let old = lines(expected), new = lines(actual)
        var start = 0
        while start < old.count, start < new.count, old[start] == new[start] { start += 1 }
        var oldEnd = old.count, newEnd = new.count
        while oldEnd > start, newEnd > start, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        var text = ""
        for index in max(0, start - context)..<start { text += "  \(index + 1)  \(old[index])\n" }
        for index in start..<min(oldEnd, start + 20) { text += "- \(index + 1)  \(old[index])\n" }
        if oldEnd - start > 20 { text += "- …（另 \(oldEnd - start - 20) 行）\n" }
        for index in start..<min(newEnd, start + 20) { text += "+ \(index + 1)  \(new[index])\n" }
        if newEnd - start > 20 { text += "+ …（另 \(newEnd - start - 20) 行）\n" }
        if oldEnd == start, newEnd == start { text += "（只有位元組順序標記或行尾不同）\n" }
        return text
    }

    /// The lines of `data` split at LF, each with any CR and byte-order mark shown.
    private static func lines(_ data: Data) -> [String] {
        data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            String(decoding: bytes, as: UTF8.self)
                .replacingOccurrences(of: "\r", with: "␍").replacingOccurrences(of: "\u{FEFF}", with: "⟨BOM⟩")
        }
    }
}

/// The units a mistyped `--unit` may have meant: names that hold it or that it holds (`潮州` for
/// `屏東縣潮州鎮`), and names one character off from it, whole or by their end (`屏東縣潮洲鎮`,
/// `風山區` for `高雄市鳳山區`, `那瑪區` for `高雄市那瑪夏區`).
enum UnitSuggestions {
    /// The most names suggested.
    static let limit = 10

    /// The names of `names` that `wanted` (normalised) may have meant, in their order.
    static func near(_ wanted: String, among names: [String]) -> [String] {
        let typed = Array(wanted)
        guard !typed.isEmpty else { return [] }
        let near = names.filter { name in
            if name.contains(wanted) || wanted.contains(name) { return true }
            // One character off: a two-character name is too short to tell by one.
            guard typed.count >= 3 else { return false }
            // The name whole, or its ending as long as the typed name, one longer or one shorter
            // (a character replaced, left out or added: 那瑪區 for 高雄市那瑪夏區).
            let letters = Array(name)
            return isOneOff(typed, letters)
                || (typed.count - 1...typed.count + 1).contains { length in
                    length < letters.count && isOneOff(typed, Array(letters.suffix(length)))
                }
        }
        return Array(near.prefix(limit))
    }

    /// Whether `a` and `b` differ by at most one character replaced, added or left out.
    static func isOneOff(_ a: [Character], _ b: [Character]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var (i, j, edits) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else {
                i += 1
                j += 1
            }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }
}

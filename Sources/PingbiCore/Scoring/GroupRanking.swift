import Foundation

/// Ranking within groups: each group ranked on its own over a chain of keys, and one value
/// ranked descending with the explanation a unit that lost can check by hand.
public enum GroupRanking {
    /// The rank of each element within its group (parallel to `elements`), 1 best, over `keys`.
    public static func ranks<Element, Group: Hashable>(
        _ elements: [Element], group: (Element) -> Group, by keys: [RankKey<Element>], method: RankMethod = .competition
    ) -> [Int] {
        ranks(elements, groups: elements.map(group), by: keys, method: method)
    }

    /// The rank of each element within its group, the groups given in parallel to `elements`.
    public static func ranks<Element, Group: Hashable>(
        _ elements: [Element], groups: [Group], by keys: [RankKey<Element>], method: RankMethod = .competition
    ) -> [Int] {
        var members: [Group: [Int]] = [:]
        for index in elements.indices { members[groups[index], default: []].append(index) }
        return ranks(elements, members: Array(members.values), by: keys, method: method)
    }

    /// The rank of each element within its group, the groups' keys given in parallel to
    /// `elements`: a roster's few groups gathered without hashing each element's (``GroupPlaces``).
    public static func ranks<Element>(
        _ elements: [Element], groups: [String], by keys: [RankKey<Element>], method: RankMethod = .competition
    ) -> [Int] {
        ranks(elements, members: GroupPlaces(groups).members, by: keys, method: method)
    }

    /// The rank of each element within its group, each group given as its elements' indices.
    private static func ranks<Element>(
        _ elements: [Element], members everyGroup: [[Int]], by keys: [RankKey<Element>], method: RankMethod
    ) -> [Int] {
        // Each group's members ranked in place in `elements`, none copied; a large roster's
        // groups on two threads (``TwoThreads``).
        let ranks = elements.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            return TwoThreads.map(sizes: everyGroup.map(\.count)) { group in
                Ranking.ranks(of: everyGroup[group], in: elements, by: keys, method: method)
            }
        }
        var result = [Int](repeating: 0, count: elements.count)
        for (indices, groupRanks) in zip(everyGroup, ranks) {
            for (index, rank) in zip(indices, groupRanks) { result[index] = rank }
        }
        return result
    }

    /// The competition ranks of one group's `keys` (descending; nil after every value, tied
    /// among themselves), each with an explanation titled `title` that quotes the `shown`
    /// values of `indicator`: how many of `names` ranked above, who tied, and for a unit without
    /// a value, `undefined` (why it has none).
    public static func descending<Key: Comparable & Sendable>(
        keys: [Key?], shown: [Decimal?], names: [String], title: String, indicator: String, undefined: String
    ) -> [(rank: Int, explanation: Explanation)] {
        let ranks = Ranking.ranks(keys, by: [.descending { $0 }])
        return keys.indices.map { index in
            var explanation = Explanation(title)
            explanation.input(indicator, shown[index])
            explanation.add(.formula, "同組由高至低排名，同值並列（1、1、3），無數值者排在最後")
            let others = keys.indices.filter { $0 != index }
            if let key = keys[index] {
                let better = others.filter { keys[$0].map { $0 > key } ?? false }
                let tied = others.filter { keys[$0] == key }
                explanation.value("同組數值較高者個數", Decimal(better.count))
                if !better.isEmpty {
                    explanation.add(.note, "較高者：" + better.map { "\(names[$0]) \(shown[$0]?.plainText ?? "—")" }.joined(separator: "、"))
                }
                if !tied.isEmpty {
                    explanation.add(.note, "同值並列：" + tied.map { names[$0] }.joined(separator: "、"))
                }
                explanation.add(.substitution, "名次 = \(better.count) + 1 = \(ranks[index])")
            } else {
                let defined = others.filter { keys[$0] != nil }
                let tied = others.filter { keys[$0] == nil }
                explanation.add(.note, "\(undefined)：排在同組 \(defined.count) 個有數值者之後")
                if !tied.isEmpty {
                    explanation.add(.note, "同樣無數值而並列：" + tied.map { names[$0] }.joined(separator: "、"))
                }
                explanation.add(.substitution, "名次 = \(defined.count) + 1 = \(ranks[index])")
            }
            explanation.result(Decimal(ranks[index]))
            return (ranks[index], explanation)
        }
    }
}

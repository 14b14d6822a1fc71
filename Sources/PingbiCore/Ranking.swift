import Foundation

/// How equal keys share ranks.
public enum RankMethod: String, ReadingValue {
    /// 1, 1, 3: a tie takes the places it fills (the documents' default).
    case competition
    /// 1, 1, 2: the next distinct value takes the next rank.
    case dense
}

/// One key of a ranking: a value per element and its direction. A missing value (`nil`)
/// ranks after every present value, in either direction. The value may be any `Comparable`
/// (a `Decimal`, or an exact `Fraction` where a quotient is ranked).
///
/// Inlinable, as ``Ranking`` is: a program's keys are then specialised for its element and
/// value types instead of comparing through generic witnesses.
public struct RankKey<Element>: Sendable {
    /// The comparison of the elements at the indices: each one's value taken once, then two of
    /// them compared by their places among the indices, -1 when the first ranks before the
    /// second, 1 when after, 0 when tied on this key (a sort of 100,000 units projects no value
    /// per comparison).
    @usableFromInline let indexed: @Sendable (UnsafeBufferPointer<Element>, [Int]) -> (Int, Int) -> Int

    @inlinable init(indexed: @escaping @Sendable (UnsafeBufferPointer<Element>, [Int]) -> (Int, Int) -> Int) {
        self.indexed = indexed
    }

    /// The key of `value` in `descending` order.
    @inlinable static func by<Value: Comparable & Sendable>(_ value: @escaping @Sendable (Element) -> Value?, descending: Bool) -> RankKey {
        RankKey { elements, indices in
            let values = indices.map { value(elements[$0]) }
            return { compareValues(values[$0], values[$1], descending: descending) }
        }
    }

    /// Larger values rank first.
    @inlinable public static func descending<Value: Comparable & Sendable>(_ value: @escaping @Sendable (Element) -> Value?) -> RankKey {
        by(value, descending: true)
    }

    /// Smaller values rank first.
    @inlinable public static func ascending<Value: Comparable & Sendable>(_ value: @escaping @Sendable (Element) -> Value?) -> RankKey {
        by(value, descending: false)
    }

    /// -1 when `a` ranks before `b`, 1 when after, 0 when tied; nil after every value.
    @inlinable static func compareValues<Value: Comparable & Sendable>(_ a: Value?, _ b: Value?, descending: Bool) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (nil, _): return 1
        case (_, nil): return -1
        case let (x?, y?):
            if x == y { return 0 }
            return (x > y) == descending ? -1 : 1
        }
    }
}

/// Ranking over a chain of keys: the first key decides, later keys break its ties, and
/// elements equal on every key share a rank.
public enum Ranking {
    /// The rank of each element (parallel to `elements`), 1 being the best.
    @inlinable public static func ranks<Element>(
        _ elements: [Element], by keys: [RankKey<Element>], method: RankMethod = .competition
    ) -> [Int] {
        // Elements are read in place (borrowed), not copied for every comparison.
        elements.withUnsafeBufferPointer { ranks(of: Array($0.indices), in: $0, by: keys, method: method) }
    }

    /// The ranks of the elements at `indices` of `elements` among themselves (parallel to
    /// `indices`, which ascend), as ``ranks(_:by:method:)`` ranks those elements: a group ranked
    /// within a roster copies none of its members.
    @inlinable public static func ranks<Element>(
        of indices: [Int], in elements: UnsafeBufferPointer<Element>, by keys: [RankKey<Element>], method: RankMethod = .competition
    ) -> [Int] {
        // Each key's values taken once; two elements compared by their places in `indices`.
        let comparisons = keys.map { $0.indexed(elements, indices) }
        let compare = { (a: Int, b: Int) -> Int in
            for comparison in comparisons {
                let c = comparison(a, b)
                if c != 0 { return c }
            }
            return 0
        }
        let order = indices.indices.sorted { i, j in
            let c = compare(i, j)
            return c != 0 ? c < 0 : i < j
        }
        var ranks = [Int](repeating: 0, count: indices.count)
        var distinct = 0
        for (position, index) in order.enumerated() {
            if position > 0, compare(order[position - 1], index) == 0 {
                ranks[index] = ranks[order[position - 1]]
            } else {
                distinct += 1
                ranks[index] = method == .competition ? position + 1 : distinct
            }
        }
        return ranks
    }
}

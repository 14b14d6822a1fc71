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
    /// The order of the elements at the indices on this key: each one's value taken once and
    /// the values sorted once, then each element (by its place among the indices) given a code,
    /// smaller ranking first and equal when tied on this key, dense (0, 1, 2…). A ranking then sorts plain
    /// integers: no value is compared through a closure per comparison.
    @usableFromInline let codes: @Sendable (UnsafeBufferPointer<Element>, [Int]) -> [Int]

    @inlinable init(codes: @escaping @Sendable (UnsafeBufferPointer<Element>, [Int]) -> [Int]) {
        self.codes = codes
    }

    /// The key of `value` in `descending` order.
    @inlinable static func by<Value: Comparable & Sendable>(_ value: @escaping @Sendable (Element) -> Value?, descending: Bool) -> RankKey {
        RankKey { elements, indices in
            // Each present value with its position, sorted by value alone (tied values share a
            // code, so their order among themselves does not matter); a missing value after them all.
            var present: [(value: Value, position: Int)] = [], missing: [Int] = []
            present.reserveCapacity(indices.count)
            for (position, index) in indices.enumerated() {
                if let value = value(elements[index]) { present.append((value, position)) } else { missing.append(position) }
            }
            if descending { present.sort { $0.value > $1.value } } else { present.sort { $0.value < $1.value } }
            var codes = [Int](repeating: 0, count: indices.count)
            var code = 0
            for place in present.indices.dropFirst() {
                if present[place - 1].value != present[place].value { code += 1 }
                codes[present[place].position] = code
            }
            let afterAll = present.isEmpty ? 0 : code + 1
            for position in missing { codes[position] = afterAll }
            return codes
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
        // One code per element for the whole chain: each key's codes (below the number of
        // elements) appended to the codes so far, which are below it too (the first key's are
        // dense, later ones made dense again before the next key): every product stays below
        // count², no overflow below 2³¹ elements.
        var combined = [Int](repeating: 0, count: indices.count)
        for (number, key) in keys.enumerated() {
            let codes = key.codes(elements, indices)
            let width = (codes.max() ?? 0) + 1
            for position in combined.indices { combined[position] = combined[position] * width + codes[position] }
            if number > 0, number < keys.count - 1 { combined = dense(combined) }
        }
        // One key's codes are dense already: each rank counted from how many codes are smaller,
        // with no sort at all.
        if keys.count == 1 { return ranks(dense: combined, method: method) }
        // Sorted as integer pairs (code, position): no closure reads the codes per comparison.
        var order = combined.indices.map { (code: combined[$0], position: $0) }
        order.sort { $0 < $1 }
        var ranks = [Int](repeating: 0, count: indices.count)
        var distinct = 0
        for place in order.indices {
            let (code, index) = order[place]
            if place > 0, order[place - 1].code == code {
                ranks[index] = ranks[order[place - 1].position]
            } else {
                distinct += 1
                ranks[index] = method == .competition ? place + 1 : distinct
            }
        }
        return ranks
    }

    /// The ranks of elements whose codes are dense (0, 1, 2… in rank order, equal codes tied):
    /// under ``RankMethod/competition`` 1 + the number of smaller codes, under
    /// ``RankMethod/dense`` the code + 1.
    @usableFromInline static func ranks(dense codes: [Int], method: RankMethod) -> [Int] {
        guard method == .competition else { return codes.map { $0 + 1 } }
        var below = [Int](repeating: 0, count: (codes.max() ?? 0) + 2)
        for code in codes { below[code + 1] += 1 }
        for code in below.indices.dropFirst() { below[code] += below[code - 1] }
        return codes.map { below[$0] + 1 }
    }

    /// `codes` renumbered 0, 1, 2… in their order, equal codes staying equal.
    @usableFromInline static func dense(_ codes: [Int]) -> [Int] {
        let order = codes.indices.sorted { codes[$0] < codes[$1] }
        var dense = [Int](repeating: 0, count: codes.count)
        var code = 0
        for position in order.indices.dropFirst() {
            if codes[order[position - 1]] != codes[order[position]] { code += 1 }
            dense[order[position]] = code
        }
        return dense
    }
}

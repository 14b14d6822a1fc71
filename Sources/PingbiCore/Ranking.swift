import Foundation

/// How equal keys share ranks.
public enum RankMethod: String, ReadingValue {
    /// 1, 1, 3: a tie takes the places it fills (the documents' default).
    case competition
    /// 1, 1, 2: the next distinct value takes the next rank.
    case dense

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .competition: "同分者占用名次（1、1、3）"
        case .dense: "同分者不占用名次（1、1、2）"
        }
    }
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

    /// The key of `value` in `descending` order; `whole`, when given, is an image of the values
    /// as whole numbers in the same order (`a < b` exactly when `whole(a) < whole(b)`), of an
    /// element only where it has a value: when every element has one, they are ranked by it.
    /// Both read an element through its pointer, where it is.
    @inlinable static func by<Value: Comparable & Sendable>(
        _ value: @escaping @Sendable (UnsafePointer<Element>) -> Value?, whole: (@Sendable (UnsafePointer<Element>) -> Int?)? = nil,
        descending: Bool
    ) -> RankKey {
        RankKey { buffer, indices in
            guard let elements = buffer.baseAddress else { return [] }
            // Every element's whole number, where every one has one (each then has a value): its
            // value is not read at all.
            if let whole {
                var wholes: [Int]? = []
                wholes?.reserveCapacity(indices.count)
                for index in indices {
                    guard let number = whole(elements + index) else {
                        wholes = nil
                        break
                    }
                    wholes?.append(number)
                }
                if let wholes { return Ranking.denseCodes(wholes, descending: descending) }
            }
            // Each present value and its position; a missing value after them all.
            var values: [Value] = [], positions: [Int] = [], missing: [Int] = []
            values.reserveCapacity(indices.count)
            positions.reserveCapacity(indices.count)
            for (position, index) in indices.enumerated() {
                if let value = value(elements + index) {
                    values.append(value)
                    positions.append(position)
                } else {
                    missing.append(position)
                }
            }
            var codes = [Int](repeating: 0, count: indices.count)
            let present = Ranking.denseCodes(values, descending: descending)
            for place in present.indices { codes[positions[place]] = present[place] }
            let afterAll = (present.max() ?? -1) + 1
            for position in missing { codes[position] = afterAll }
            return codes
        }
    }

    /// Larger values rank first.
    @inlinable public static func descending<Value: Comparable & Sendable>(_ value: @escaping @Sendable (Element) -> Value?) -> RankKey {
        by({ value($0.pointee) }, descending: true)
    }

    /// Larger values rank first, each element's value read through its pointer: a key of a
    /// large roster whose elements hold references (a name). A closure taking the element itself
    /// is handed a copy of it (an escaping closure's argument is copied out of memory), which
    /// retains and releases what it holds: 100,000 kaoping standings' names per key.
    @inlinable public static func descending<Value: Comparable & Sendable>(
        at value: @escaping @Sendable (UnsafePointer<Element>) -> Value?
    ) -> RankKey {
        by(value, descending: true)
    }

    /// Larger values rank first; `whole` is an image of the values as whole numbers in the same
    /// order (`a < b` exactly when `whole(a) < whole(b)`), of an element only where it has a value
    /// (an exact fraction's whole number of millionths): ranked by when every element has one
    /// (no value compared).
    /// Both read each element through its pointer (``descending(at:)``).
    @inlinable public static func descending<Value: Comparable & Sendable>(
        at value: @escaping @Sendable (UnsafePointer<Element>) -> Value?, whole: @escaping @Sendable (UnsafePointer<Element>) -> Int?
    ) -> RankKey {
        by(value, whole: whole, descending: true)
    }

    /// Smaller values rank first.
    @inlinable public static func ascending<Value: Comparable & Sendable>(_ value: @escaping @Sendable (Element) -> Value?) -> RankKey {
        by({ value($0.pointee) }, descending: false)
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
            if number > 0, number < keys.count - 1 { combined = denseCodes(combined, descending: false) }
        }
        // One key's codes are dense already; a chain's made dense (counted where they are not
        // far apart, else put in order as whole numbers): each rank then counted from how many
        // codes are smaller, with no sort of the elements at all.
        return ranks(dense: keys.count == 1 ? combined : denseCodes(combined, descending: false), method: method)
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

    /// Each of `values`' code in their order (ascending, or `descending`): 0 for the first,
    /// one more at each change of value, equal values sharing a code. Whole numbers not far
    /// apart (as counts are) are counted into their places, with no comparison; other values
    /// are put in order by their places in `values` (tied values share a code, so their order
    /// among themselves does not matter), no value being moved.
    @inlinable static func denseCodes<Value: Comparable>(_ values: [Value], descending: Bool) -> [Int] {
        if let whole = values as? [Int], let codes = denseCodes(counting: whole, descending: descending) { return codes }
        var order = Array(values.indices)
        var codes = [Int](repeating: 0, count: values.count)
        values.withUnsafeBufferPointer { values in
            if descending { order.sort { values[$0] > values[$1] } } else { order.sort { values[$0] < values[$1] } }
            var code = 0
            for place in order.indices.dropFirst() {
                if values[order[place - 1]] != values[order[place]] { code += 1 }
                codes[order[place]] = code
            }
        }
        return codes
    }

    /// ``denseCodes(_:descending:)`` of whole numbers spanning, in steps of their greatest
    /// common step (totals in tenths kept as millionths step by 100,000), no more than a few
    /// times their count, by counting; nil for others.
    @usableFromInline static func denseCodes(counting values: [Int], descending: Bool) -> [Int]? {
        guard let low = values.min(), let high = values.max() else { return [] }
        let (whole, overflow) = high.subtractingReportingOverflow(low)
        guard !overflow else { return nil }
        var step = 0
        for value in values where step != 1 {
            var (a, b) = (step, value - low)
            while b != 0 { (a, b) = (b, a % b) }
            step = a
        }
        let span = step == 0 ? 0 : whole / step
        guard span <= 4 * values.count + 16 else { return nil }
        var codeOf = [Int](repeating: -1, count: span + 1)
        for value in values { codeOf[step == 0 ? 0 : (value - low) / step] = 0 }
        var code = 0
        for place in stride(from: descending ? span : 0, through: descending ? 0 : span, by: descending ? -1 : 1) where codeOf[place] == 0 {
            codeOf[place] = code
            code += 1
        }
        return values.map { codeOf[step == 0 ? 0 : ($0 - low) / step] }
    }
}

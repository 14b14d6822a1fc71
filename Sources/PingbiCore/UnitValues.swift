import Foundation

/// A unit's values by column key (``UnitResult/values``), kept as one array in the order of a
/// key table (``ValueKeys``) that every row of a result shares: a run of 100,000 units keeps one
/// small array per row, not a dictionary, and a renderer reads a column at its slot without
/// hashing its key. Read and written by key like a dictionary; a key without a value is undefined
/// (JSON `null`), and two values are equal when they define the same keys with equal values,
/// whatever their tables.
public struct UnitValues: Sendable, Equatable, ExpressibleByDictionaryLiteral, Sequence {
    /// The keys, each at its slot.
    public private(set) var keyTable: ValueKeys
    /// The value at each slot of ``keyTable``; nil where undefined.
    private var slots: DecimalCells

    /// No value for any of `keys` yet.
    public init(keys: ValueKeys) {
        keyTable = keys
        slots = DecimalCells(count: keys.count)
    }

    /// The values at the first slots of `keys`, in slot order (the others undefined).
    public init(keys: ValueKeys, leading: [Decimal?]) {
        precondition(leading.count <= keys.count, "UnitValues: \(leading.count) values for \(keys.count) keys")
        keyTable = keys
        slots = DecimalCells(count: 0)
        slots.reserveCapacity(keys.count)
        for value in leading { slots.append(value) }
        for _ in leading.count..<keys.count { slots.append(nil) }
    }

    /// The values of a dictionary.
    public init(_ values: [String: Decimal]) {
        // Sorted keys: the table, like everything written, does not depend on hashing order.
        let keys = values.keys.sorted()
        keyTable = keys.isEmpty ? ValueKeys.none : ValueKeys(keys)
        slots = DecimalCells(keys.map { values[$0] })
    }

    /// The values written as a dictionary literal.
    public init(dictionaryLiteral elements: (String, Decimal)...) {
        self.init(Dictionary(elements) { _, last in last })
    }

    /// The value of `key`; setting nil makes it undefined.
    public subscript(key: String) -> Decimal? {
        get { keyTable.slot(of: key).flatMap { slots[$0] } }
        set {
            if let slot = keyTable.slot(of: key) {
                slots[slot] = newValue
            } else if let newValue {
                // A key the table lacks: this row gets a table of its own with the key added.
                keyTable = keyTable.adding(key)
                slots.append(newValue)
            }
        }
    }

    /// The value at `slot` of ``keyTable`` (nil: undefined).
    public subscript(slot slot: Int) -> Decimal? {
        get { slots[slot] }
        set { slots[slot] = newValue }
    }

    /// The value at `slot` as ``Foundation/Decimal/smallParts`` gives it, read where it is kept
    /// (``DecimalCells/smallParts(at:)``); nil where undefined or wider than 64 bits.
    public func smallParts(slot: Int) -> (negative: Bool, significand: UInt64, exponent: Int)? {
        slots.smallParts(at: slot)
    }

    /// The keys that have a value, in table order.
    public var keys: [String] { keyTable.keys.indices.filter { slots.isDefined($0) }.map { keyTable.keys[$0] } }

    /// How many keys have a value.
    public var count: Int { (0..<slots.count).reduce(0) { slots.isDefined($1) ? $0 + 1 : $0 } }

    /// True when no key has a value.
    public var isEmpty: Bool { (0..<slots.count).allSatisfy { !slots.isDefined($0) } }

    /// The values as a dictionary by key.
    public var dictionary: [String: Decimal] {
        var values = [String: Decimal](minimumCapacity: slots.count)
        for (key, value) in self { values[key] = value }
        return values
    }

    /// Each key that has a value, with its value, in table order.
    public func makeIterator() -> some IteratorProtocol<(key: String, value: Decimal)> {
        let (keys, slots) = (keyTable.keys, slots)
        return keys.indices.lazy.compactMap { slot in slots[slot].map { (key: keys[slot], value: $0) } }.makeIterator()
    }

    /// The same keys defined, with equal values.
    public static func == (a: UnitValues, b: UnitValues) -> Bool {
        if a.keyTable === b.keyTable { return a.slots == b.slots }
        guard a.count == b.count else { return false }
        return a.allSatisfy { b[$0.key] == $0.value }
    }
}

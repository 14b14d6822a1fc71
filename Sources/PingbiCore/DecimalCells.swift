import Foundation

/// Optional decimals kept 8 bytes each rather than `Decimal?`'s 24: a result of 100,000 units ×
/// 16 values, or an item's scores of 100,000 units, in a third of the memory.
///
/// A `Decimal` is 20 bytes, of which a value with a significand below 2⁴⁸ (every score, rate
/// and count here) uses 8: its exponent and flags bytes and its three low significand words; the
/// rest are zero. Those 8 bytes are kept, and written back into a zero `Decimal` when read, so a
/// value reads back bit for bit as it was stored. A value whose other bytes are not zero (a wider
/// significand, a platform whose `Decimal` is laid out otherwise) is kept whole, by index.
public struct DecimalCells: Sendable, Equatable {
    /// Each value's 8 bytes, or ``missing``, or ``aside``.
    private var cells: [UInt64]
    /// The values that do not fit 8 bytes, by index.
    private var others: [Int: Decimal] = [:]

    /// The cell of an undefined value (nil).
    private static let missing = UInt64.max
    /// The cell of a value kept in ``others``.
    private static let aside = UInt64.max - 1

    /// `count` undefined values.
    public init(count: Int) {
        cells = [UInt64](repeating: Self.missing, count: count)
    }

    /// The values of `values`, in order.
    public init(_ values: [Decimal?]) {
        cells = []
        cells.reserveCapacity(values.count)
        for value in values { append(value) }
    }

    /// The number of values.
    public var count: Int { cells.count }

    /// The value at `index`; nil where undefined.
    public subscript(index: Int) -> Decimal? {
        get {
            let cell = cells[index]
            switch cell {
            case Self.missing: return nil
            case Self.aside: return others[index]
            default: return Self.decimal(cell)
            }
        }
        set {
            if !others.isEmpty { others[index] = nil }
            cells[index] = cell(for: newValue, at: index)
        }
    }

    /// The value at `index` as ``Foundation/Decimal/smallParts`` gives it, read from its 8 bytes
    /// without making the decimal when it is not negative (then not NaN either); nil where
    /// undefined or wider than 64 bits.
    public func smallParts(at index: Int) -> (negative: Bool, significand: UInt64, exponent: Int)? {
        let cell = cells[index]
        guard cell < Self.aside else { return cell == Self.aside ? others[index]?.smallParts : nil }
        // The flags byte's 0x08 is the sign (``Foundation/Decimal/fieldsAreReadable``), which NaN sets.
        guard cell & 0x0800 == 0, Decimal.fieldsAreReadable else { return Self.decimal(cell).smallParts }
        return (false, cell >> 16, Int(Int8(truncatingIfNeeded: cell)))
    }

    /// Whether the value at `index` is defined (not nil), told without reading it.
    public func isDefined(_ index: Int) -> Bool {
        cells[index] != Self.missing
    }

    /// Appends `value` (nil: undefined).
    public mutating func append(_ value: Decimal?) {
        cells.append(cell(for: value, at: cells.count))
    }

    /// Makes room for `capacity` values in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        cells.reserveCapacity(capacity)
    }

    /// The cell of `value` stored at `index` (kept in ``others`` when it does not fit).
    private mutating func cell(for value: Decimal?, at index: Int) -> UInt64 {
        guard let value else { return Self.missing }
        if let cell = Self.cell(value) { return cell }
        others[index] = value
        return Self.aside
    }

    /// The same number of values, each equal (as `Decimal`s compare: 1.0 equals 1).
    public static func == (a: DecimalCells, b: DecimalCells) -> Bool {
        guard a.count == b.count else { return false }
        return a.cells.indices.allSatisfy { a.cells[$0] == b.cells[$0] && a.cells[$0] != aside || a[$0] == b[$0] }
    }

    /// Whether `Decimal` is the 20 bytes the cells are cut from.
    private static let fits = MemoryLayout<Decimal>.size == 20

    /// The 8 bytes of `value`, when its other 12 are zero and they are neither marker.
    static func cell(_ value: Decimal) -> UInt64? {
        guard fits else { return nil }
        return withUnsafeBytes(of: value) { bytes -> UInt64? in
            let rest = UInt64(bytes.loadUnaligned(fromByteOffset: 2, as: UInt16.self))
                | bytes.loadUnaligned(fromByteOffset: 10, as: UInt64.self)
                | UInt64(bytes.loadUnaligned(fromByteOffset: 18, as: UInt16.self))
            guard rest == 0 else { return nil }
            let cell = UInt64(bytes[0]) | UInt64(bytes[1]) << 8
                | UInt64(bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) << 16
                | UInt64(bytes.loadUnaligned(fromByteOffset: 8, as: UInt16.self)) << 48
            return cell < aside ? cell : nil
        }
    }

    /// The decimal whose 8 bytes are `cell` (``cell(_:)``), the others zero.
    static func decimal(_ cell: UInt64) -> Decimal {
        var value = Decimal()
        withUnsafeMutableBytes(of: &value) { bytes in
            bytes.storeBytes(of: UInt8(truncatingIfNeeded: cell), toByteOffset: 0, as: UInt8.self)
            bytes.storeBytes(of: UInt8(truncatingIfNeeded: cell >> 8), toByteOffset: 1, as: UInt8.self)
            bytes.storeBytes(of: 0, toByteOffset: 2, as: UInt16.self)
            bytes.storeBytes(of: UInt32(truncatingIfNeeded: cell >> 16), toByteOffset: 4, as: UInt32.self)
            bytes.storeBytes(of: UInt16(truncatingIfNeeded: cell >> 48), toByteOffset: 8, as: UInt16.self)
            bytes.storeBytes(of: 0, toByteOffset: 10, as: UInt64.self)
            bytes.storeBytes(of: 0, toByteOffset: 18, as: UInt16.self)
        }
        return value
    }
}

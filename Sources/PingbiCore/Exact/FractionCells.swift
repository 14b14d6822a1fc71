/// Optional fractions kept 16 bytes each rather than `Fraction?`'s 32: an item's exact scores,
/// or its A's, of 100,000 units in half the memory.
///
/// A score or an A that is not negative and whose numerator and denominator fit 64 bits (almost
/// every one) is kept as the two; a negative one, a wider one, and nil are marked by a zero
/// denominator, which no fraction has, the fraction then kept whole by index.
struct FractionCells: Sendable {
    /// Each value's numerator and denominator, or a zero denominator: nil where the numerator
    /// is 0, the value in ``others`` where it is 1.
    private var cells: [(numerator: UInt64, denominator: UInt64)]
    /// The values not kept in ``cells``, by index.
    private var others: [Int: Fraction] = [:]

    /// `count` nils.
    init(count: Int) {
        cells = Array(repeating: (0, 0), count: count)
    }

    /// The number of values.
    var count: Int { cells.count }

    /// The value at `index`.
    subscript(index: Int) -> Fraction? {
        get {
            let cell = cells[index]
            guard cell.denominator == 0 else { return Fraction(reducedNumerator: cell.numerator, denominator: cell.denominator) }
            return cell.numerator == 0 ? nil : others[index]
        }
        set {
            if !others.isEmpty { others[index] = nil }
            guard let newValue else {
                cells[index] = (0, 0)
                return
            }
            if !newValue.negative, case .small(let numerator, let denominator) = newValue.magnitude {
                cells[index] = (numerator, denominator)
            } else {
                others[index] = newValue
                cells[index] = (1, 0)
            }
        }
    }

    /// Sets the value at `index` to `other`'s at `source`: its cell copied, no fraction made.
    mutating func set(_ index: Int, from other: FractionCells, at source: Int) {
        if !others.isEmpty { others[index] = nil }
        let cell = other.cells[source]
        cells[index] = cell
        if cell.denominator == 0, cell.numerator != 0 { others[index] = other.others[source] }
    }

    /// Appends nil.
    mutating func appendNil() {
        cells.append((0, 0))
    }
}

/// Overflow-checked arithmetic on whole counts: every sum and product of input counts goes
/// through here, so that a count too large for an `Int` is never a crash.
///
/// Programs read counts with ``CountLimit`` (at most 10¹²), which keeps their sums over the
/// months and columns of one unit far inside `Int`; a sum over an unbounded number of rows is
/// taken in `Decimal` or ``Fraction`` instead.
///
/// Inlinable: programs sum lazily mapped sequences of counts in their hot loops, and a generic
/// call across the module boundary is neither specialised nor inlined there.
public enum CheckedCount {
    /// `a + b`, or nil when it does not fit an `Int`.
    @inlinable
    public static func add(_ a: Int, _ b: Int) -> Int? {
        let (result, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : result
    }

    /// `a × b`, or nil when it does not fit an `Int`.
    @inlinable
    public static func multiply(_ a: Int, _ b: Int) -> Int? {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? nil : result
    }

    /// The sum of `values`, or nil when it (or a partial sum) does not fit an `Int`.
    @inlinable
    public static func sum<Values: Sequence>(_ values: Values) -> Int? where Values.Element == Int {
        var total = 0
        for value in values {
            guard let next = add(total, value) else { return nil }
            total = next
        }
        return total
    }

    /// The sum of counts read within ``CountLimit`` whose number the caller bounds (the months
    /// and columns of one unit): it cannot overflow, and an overflow is a programming error.
    @inlinable
    public static func boundedSum<Values: Sequence>(_ values: Values) -> Int where Values.Element == Int {
        guard let total = sum(values) else {
            preconditionFailure("a sum of counts within CountLimit overflowed: a count was read without CountLimit")
        }
        return total
    }

    /// `a + b` for counts read within ``CountLimit`` (a running sum over one unit's months).
    @inlinable
    public static func boundedAdd(_ a: Int, _ b: Int) -> Int {
        guard let sum = add(a, b) else {
            preconditionFailure("a sum of counts within CountLimit overflowed: a count was read without CountLimit")
        }
        return sum
    }

    /// `a × b` for a count read within ``CountLimit`` and a small factor of a formula (×2, ×100).
    @inlinable
    public static func boundedProduct(_ a: Int, _ b: Int) -> Int {
        guard let product = multiply(a, b) else {
            preconditionFailure("a product of a count within CountLimit overflowed: a count was read without CountLimit")
        }
        return product
    }
}

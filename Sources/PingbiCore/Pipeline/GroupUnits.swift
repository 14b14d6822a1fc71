/// The units of one group, read where the roster keeps them: a view of the roster's units at
/// the group's roster positions, so that scoring a group copies no unit (100,000 offices'
/// copies, and their reference counting, were the largest cost of scoring the items).
public struct GroupUnits<Unit: RosterUnit>: RandomAccessCollection, Sendable {
    /// Every unit of the roster.
    @usableFromInline let roster: [Unit]
    /// The group's units' positions in ``roster``, in order.
    @usableFromInline let places: [Int]

    /// The units of `roster` at `places`, in that order.
    public init(_ roster: [Unit], at places: [Int]) {
        self.roster = roster
        self.places = places
    }

    /// Every one of `units`, in order.
    public init(_ units: [Unit]) {
        self.init(units, at: Array(units.indices))
    }

    /// The first unit's index, 0.
    @inlinable public var startIndex: Int { 0 }
    /// The number of units.
    @inlinable public var endIndex: Int { places.count }

    /// The `position`-th unit of the group.
    @inlinable public subscript(position: Int) -> Unit {
        _read { yield roster[places[position]] }
    }

    /// `transform` of each unit, in order, each read in the roster (not copied out of it as
    /// a sequence's iterator copies its elements).
    @inlinable public func map<T, E: Error>(_ transform: (Unit) throws(E) -> T) throws(E) -> [T] {
        var results: [T] = []
        results.reserveCapacity(places.count)
        try roster.withUnsafeBufferPointer { (roster) throws(E) in
            for place in places { results.append(try transform(roster[place])) }
        }
        return results
    }
}

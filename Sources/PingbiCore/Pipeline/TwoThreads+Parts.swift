import Foundation

extension TwoThreads {
    /// `part(range)` for the two halves of `0..<count`, one on each thread at once, each
    /// computing under the caller's ``Explanation/records``; the parts' results in order. Work
    /// too small to gain from a second thread (``minimumWork``) is one part, on the caller's.
    public static func halves<Part: Sendable>(count: Int, _ part: @Sendable (Range<Int>) -> Part) -> [Part] {
        guard count >= minimumWork else { return [part(0..<count)] }
        let (first, second) = both(work: count, { part(0..<count / 2) }, { part(count / 2..<count) })
        return [first, second]
    }

    /// `first()` and `second()` at once, one on each thread, each computing under the caller's
    /// ``Explanation/records``; one after the other on the caller's when `work` (in offices, as
    /// ``minimumWork`` counts) is too small to gain from a second thread.
    public static func both<First: Sendable, Second: Sendable>(
        work: Int, _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        guard work >= minimumWork else { return (first(), second()) }
        let records = Explanation.records
        let results = PairResults<First, Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 {
                results.first = records ? first() : Explanation.silently { first() }
            } else {
                results.second = records ? second() : Explanation.silently { second() }
            }
        }
        return (results.first!, results.second!)
    }

    /// An array of `count × stride` elements made in the two halves of `0..<count` at once:
    /// `part(range, elements)` initializes every element from `range.lowerBound × stride` up to
    /// `range.upperBound × stride` (each thread its own, none copied) and returns what it
    /// tells beyond them; the parts' results in order.
    public static func array<Element, Part: Sendable>(
        count: Int, stride: Int = 1, _ part: @Sendable (Range<Int>, Elements<Element>) -> Part
    ) -> (elements: [Element], parts: [Part]) {
        var parts: [Part] = []
        let elements = [Element](unsafeUninitializedCapacity: count * stride) { buffer, initialized in
            let target = Elements(base: buffer.baseAddress)
            parts = halves(count: count) { range in part(range, target) }
            initialized = count * stride
        }
        return (elements, parts)
    }

    /// The elements of an array being made or changed on two threads (``array(count:stride:_:)``),
    /// each thread initializing, reading or changing its own.
    public struct Elements<Element>: @unchecked Sendable {
        @usableFromInline let base: UnsafeMutablePointer<Element>?

        init(base: UnsafeMutablePointer<Element>?) {
            self.base = base
        }

        /// The elements of `buffer`, which outlives every use of them.
        public init(_ buffer: UnsafeMutableBufferPointer<Element>) {
            base = buffer.baseAddress
        }

        /// Initializes the element at `index` to `value`, moved there (a copy would retain every
        /// reference the value holds, and its release of them follow).
        @inlinable public func initialize(_ index: Int, to value: consuming Element) {
            (base.unsafelyUnwrapped + index).initialize(to: value)
        }

        /// The element at `index`, read or changed in place.
        @inlinable public subscript(index: Int) -> Element {
            unsafeAddress { UnsafePointer(base.unsafelyUnwrapped + index) }
            nonmutating unsafeMutableAddress { base.unsafelyUnwrapped + index }
        }

        /// The elements at `range`, as a buffer of their own.
        @inlinable public func buffer(_ range: Range<Int>) -> UnsafeMutableBufferPointer<Element> {
            UnsafeMutableBufferPointer(start: base.map { $0 + range.lowerBound }, count: range.count)
        }
    }

    /// The two results of ``both(_:_:)``, each written by its own thread.
    private final class PairResults<First, Second>: @unchecked Sendable {
        var first: First?
        var second: Second?
    }
}

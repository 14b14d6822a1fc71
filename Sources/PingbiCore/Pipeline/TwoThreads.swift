import Foundation

/// Independent jobs shared by two threads, each computing under the caller's
/// ``Explanation/records``. Work too small to gain from a second thread (a run of the sample's
/// 77 offices, of which reading sensitivity makes 1,536) is done on the caller's alone.
public enum TwoThreads {
    /// The least work, in units of the jobs' sizes (offices), worth a second thread.
    static let minimumWork = 2_000

    /// `job(j)` for every `j` in `sizes.indices`, in that order; `sizes[j]` is job `j`'s share
    /// of the work. Each thread takes the largest job not yet taken, so that both finish about
    /// together however unequal the jobs are (a group of 40,000 offices and one of 10,000; a
    /// slow item and a quick one).
    static func map<Result: Sendable>(sizes: [Int], _ job: @Sendable (Int) -> Result) -> [Result] {
        guard sizes.count > 1, sizes.reduce(0, +) >= minimumWork else { return sizes.indices.map(job) }
        // The largest first; equal ones in job order.
        let order = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        let records = Explanation.records, results = JobResults<Result>(count: sizes.count)
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let next = results.take() {
                let index = order[next]
                results.store(index, records ? job(index) : Explanation.silently { job(index) })
            }
        }
        return results.all
    }

    /// `element(i)` for every `i` in `0..<count`, in order: the first half made on one thread,
    /// the second on the other, each element in its place in the array (not copied there).
    public static func map<Element: Sendable>(count: Int, _ element: @Sendable (Int) -> Element) -> [Element] {
        array(count: count) { range, elements in
            for index in range { elements.initialize(index, to: element(index)) }
        }.elements
    }

    /// The result of every job of ``TwoThreads/map(sizes:_:)``, and the next job to take.
    private final class JobResults<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Result?]
        /// The number of jobs taken.
        private var taken = 0

        init(count: Int) {
            results = Array(repeating: nil, count: count)
        }

        /// The place in the order of the next job not yet taken; nil when all are.
        func take() -> Int? {
            lock.withLock {
                guard taken < results.count else { return nil }
                taken += 1
                return taken - 1
            }
        }

        /// Stores job `index`'s result.
        func store(_ index: Int, _ result: Result) {
            lock.withLock { results[index] = result }
        }

        /// Every job's result, by job.
        var all: [Result] { lock.withLock { results.map { $0! } } }
    }
}

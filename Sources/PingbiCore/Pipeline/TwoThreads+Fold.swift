import Foundation

extension TwoThreads {
    /// `job(j)` for every `j` in `0..<count`, taken in order by two threads, and the results
    /// folded in that order into `initial` by `fold` as soon as each one and every one before it
    /// are made: by the thread that made the last of them, while the other takes the next job.
    /// Joining the parts of a file one by one after every part is scanned left one thread idle
    /// for as long as the joins took (60 ms at 100,000 offices); folded as they come, the joins
    /// are done beside the scans.
    ///
    /// The folded whole; nil when `fold` returned false (on two threads the jobs left are still
    /// made, not folded; on one, none is made after it). Jobs of too little work in all (`work`
    /// below ``minimumWork``, in the jobs' own measure: bytes for a file's parts) are made and
    /// folded on the caller's thread.
    static func fold<Result: Sendable, Whole>(
        count: Int, work: Int, into initial: Whole, _ job: @Sendable (Int) -> Result, _ fold: (inout Whole, consuming Result) -> Bool
    ) -> Whole? {
        guard count > 1, work >= minimumWork else {
            var whole = initial
            for index in 0..<count {
                guard fold(&whole, job(index)) else { return nil }
            }
            return whole
        }
        let records = Explanation.records
        // Folded by one thread at a time (``Folding``), so the fold is never run at once on two.
        nonisolated(unsafe) let fold = fold
        let folding = Folding<Result, Whole>(count: count, whole: initial)
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let index = folding.take() {
                folding.store(index, records ? job(index) : Explanation.silently { job(index) })
                folding.foldReady(fold)
            }
        }
        return folding.result
    }

    /// The jobs of ``fold(count:work:into:_:_:)`` taken, their results waiting to be folded, and
    /// the whole they are folded into: the results are taken out under the lock, folded outside
    /// it by the one thread marked ``isFolding``.
    private final class Folding<Result, Whole>: @unchecked Sendable {
        private let lock = NSLock()
        /// The results made and not yet folded, by job.
        private var results: [Result?]
        /// The number of jobs taken.
        private var taken = 0
        /// The number of results folded (or passed over after a failed fold).
        private var folded = 0
        /// Whether a thread is folding.
        private var isFolding = false
        /// The whole so far; changed only by the thread folding.
        private var whole: Whole
        /// Whether a fold returned false.
        private var failed = false

        init(count: Int, whole: Whole) {
            results = Array(repeating: nil, count: count)
            self.whole = whole
        }

        /// The next job not yet taken; nil when all are.
        func take() -> Int? {
            lock.withLock {
                guard taken < results.count else { return nil }
                taken += 1
                return taken - 1
            }
        }

        /// Keeps job `index`'s result until its turn to be folded.
        func store(_ index: Int, _ result: consuming Result) {
            lock.lock()
            results[index] = consume result
            lock.unlock()
        }

        /// Folds every result whose turn has come, unless another thread is folding (it then
        /// folds them after its own, as it looks again before it stops).
        func foldReady(_ fold: (inout Whole, consuming Result) -> Bool) {
            lock.lock()
            guard !isFolding else { return lock.unlock() }
            isFolding = true
            while true {
                // The results ready in turn, moved out of the list (a part left there too would
                // keep its buffers shared, and the whole would copy them to grow).
                var ready: [Result] = []
                while folded + ready.count < results.count, let result = results[folded + ready.count].take() { ready.append(result) }
                guard !ready.isEmpty else {
                    isFolding = false
                    return lock.unlock()
                }
                folded += ready.count
                lock.unlock()
                ready.reverse()
                while let result = ready.popLast() {
                    if !failed, !fold(&whole, result) { failed = true }
                }
                lock.lock()
            }
        }

        /// The whole once every job is folded; nil when a fold failed.
        var result: Whole? {
            lock.withLock { failed ? nil : whole }
        }
    }
}

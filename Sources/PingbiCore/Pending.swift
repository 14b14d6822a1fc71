import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A value computed on another thread while the caller goes on: a file's SHA-256 while it is
/// checked and read, the second half of a large result's JSON while the first is written.
/// Reading ``value`` waits until it is computed.
public final class Pending<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, before ``done`` is left.
    private var result: Value?

    /// Starts computing `work` on another thread. When `whenIdle`, the thread is one of its
    /// own, run only on a core no other thread of the machine wants (Linux's `SCHED_IDLE`): a
    /// file's SHA-256 then fills the moments a run has one thread busy rather than slowing
    /// the two that scan the file, and takes a whole core once the run waits for it.
    public init(whenIdle: Bool = false, _ work: @escaping @Sendable () -> Value) {
        done.enter()
        guard whenIdle else {
            DispatchQueue.global(qos: .userInitiated).async {
                self.result = work()
                self.done.leave()
            }
            return
        }
        // A thread of its own, which ends with the work: a pool's thread could not be given
        // its priority back (an unprivileged thread may not leave SCHED_IDLE).
        Thread.detachNewThread {
            #if os(Linux)
            // SCHED_IDLE, 5 in <linux/sched.h> (Glibc shows it only under _GNU_SOURCE).
            var parameters = sched_param()
            _ = pthread_setschedparam(pthread_self(), 5, &parameters)
            #endif
            self.result = work()
            self.done.leave()
        }
    }

    /// A value already computed.
    public init(computed value: Value) {
        result = value
    }

    /// The value, once computed.
    public var value: Value {
        done.wait()
        return result!
    }
}

import Dispatch

/// A value computed on another thread while the caller goes on: a file's SHA-256 while it is
/// checked and read, the second half of a large result's JSON while the first is written.
/// Reading ``value`` waits until it is computed.
public final class Pending<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, before ``done`` is left.
    private var result: Value?

    /// Starts computing `work` on another thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
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

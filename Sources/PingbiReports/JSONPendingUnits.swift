import Dispatch
import PingbiCore

/// Units written by ``JSONUnits`` on another thread while the caller writes the others: a
/// result of 100,000 units is written in two halves at once, then joined.
final class JSONPendingUnits: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written once, before ``done`` is left.
    private var written = JSONBytes()

    /// Starts writing `units` (a part of a result's units) as `layout` lays them out, into
    /// room for `capacity` bytes.
    init(_ layout: JSONUnits, _ units: ArraySlice<UnitResult>, capacity: Int) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            var out = JSONBytes()
            out.reserve(capacity)
            layout.write(units, into: &out)
            self.written = out
            self.done.leave()
        }
    }

    /// The units' bytes, once written.
    var bytes: [UInt8] {
        done.wait()
        return written.bytes
    }
}

import Foundation

/// The column keys of a result's values, each at its slot (``UnitValues``): made once for a run
/// and shared by all its rows, so a row holds one reference to it, not its keys.
public final class ValueKeys: @unchecked Sendable {
    /// The keys, in slot order.
    public let keys: [String]
    /// Each key's slot.
    private let slots: [String: Int]
    /// The tables made by ``adding(_:)``, by key added, so that rows given their keys one by one in the
    /// same order (a result file read) share their tables too; guarded by ``lock``.
    private var extended: [String: ValueKeys] = [:]
    /// Guards ``extended``.
    private let lock = NSLock()

    /// A table of `keys` in their order, a key repeated kept at its first slot.
    public init(_ keys: [String]) {
        var unique: [String] = [], slots: [String: Int] = [:]
        for key in keys where slots[key] == nil {
            slots[key] = unique.count
            unique.append(key)
        }
        self.keys = unique
        self.slots = slots
    }

    /// The table without keys, shared by every row made without values.
    static let none = ValueKeys([])

    /// How many keys.
    public var count: Int { keys.count }

    /// The slot of `key`, nil when the table has no such key.
    public func slot(of key: String) -> Int? { slots[key] }

    /// True when the table's first keys are `prefix`, in that order.
    public func begins(with prefix: [String]) -> Bool {
        keys.count >= prefix.count && zip(keys, prefix).allSatisfy { $0 == $1 }
    }

    /// This table with `key` (not among its keys) added after its keys: the same table for the same key.
    func adding(_ key: String) -> ValueKeys {
        lock.withLock {
            if let table = extended[key] { return table }
            let table = ValueKeys(keys + [key])
            extended[key] = table
            return table
        }
    }
}

import Foundation
import PingbiCore

/// How ``JSONRenderer`` writes a result's units: each column's key already written as
/// `"key": `, and each value read at its slot of the rows' shared key table (``ValueKeys``),
/// found once per table rather than hashed per value.
struct JSONUnits: Sendable {
    /// The fewest units written in pieces on two threads (fewer are not worth a thread).
    static let splitAt = 20_000
    /// The units in a piece of a large result (about 2 MB of kaoping-111's JSON).
    static let piece = 5_000

    /// The value columns.
    private let columns: [ValueColumn]
    /// Each value column's `"key": `.
    private let keys: [[UInt8]]
    /// The text columns.
    private let textColumns: [ValueColumn]
    /// Each text column's `"key": `.
    private let textKeys: [[UInt8]]
    /// What each unit's line begins with (its indentation).
    private let lead: [UInt8]

    /// The layout of `r`'s units in an array indented by `indent`.
    init(_ r: ProgramResult, indent: String) {
        columns = r.columns
        keys = r.columns.map { Array((JSONRenderer.string($0.key) + ": ").utf8) }
        textColumns = r.textColumns
        textKeys = r.textColumns.map { Array((JSONRenderer.string($0.key) + ": ").utf8) }
        lead = Array((indent + "  ").utf8)
    }

    /// The units of `units` (a part of a result's units, by their indices in it), each on its
    /// line, appended to `out`; every unit but the result's first preceded by `,` and a line break.
    func write(_ units: ArraySlice<UnitResult>, into out: JSONBytes) {
        var slots = Slots()
        for index in units.indices {
            if index > 0 { out.append(fixed: ",\n") }
            out.append(bytes: lead)
            unit(units[index], slots: &slots, into: out)
        }
    }

    /// Where the columns' values are in one key table.
    private struct Slots {
        /// The table the slots are of.
        var table: ValueKeys?
        /// Each column's slot in it, nil where it has no such key.
        var slots: [Int?] = []
    }

    /// One unit, appended to `out`: `unit`, `agency` (a nominee's 推薦機關, when it has one),
    /// `group`, `rank`, `values`, and `texts` beside the values only when the program has text
    /// columns (a unit without a text has `null`), so other programs' JSON is unchanged.
    private func unit(_ u: UnitResult, slots: inout Slots, into out: JSONBytes) {
        if slots.table !== u.values.keyTable {
            let table = u.values.keyTable
            slots = Slots(table: table, slots: columns.map { table.slot(of: $0.key) })
        }
        out.append(fixed: "{\"unit\": ")
        out.appendString(u.unit)
        if let agency = u.agency {
            out.append(fixed: ", \"agency\": ")
            out.appendString(agency)
        }
        out.append(fixed: ", \"group\": ")
        if let group = u.group { out.appendString(group) } else { out.append(fixed: "null") }
        out.append(fixed: ", \"rank\": ")
        if let rank = u.rank { out.appendInteger(rank) } else { out.append(fixed: "null") }
        out.append(fixed: ", \"values\": ")
        members(keys, into: out) { index, out in
            guard let slot = slots.slots[index] else { return false }
            // A value kept in 8 bytes is written from them, without making its `Decimal`.
            if let parts = u.values.smallParts(slot: slot), out.appendNumber(parts) { return true }
            guard let value = u.values[slot: slot] else { return false }
            out.appendNumber(value)
            return true
        }
        if !textColumns.isEmpty {
            out.append(fixed: ", \"texts\": ")
            members(textKeys, into: out) { index, out in
                guard let text = u.texts[textColumns[index].key] else { return false }
                out.appendString(text)
                return true
            }
        }
        out.append(fixed: "}")
    }

    /// `{"key": value, …}` over `keys` (each already `"key": `), each value appended by `value`
    /// with the key's index, `null` where it appends nothing and returns false.
    private func members(_ keys: [[UInt8]], into out: JSONBytes, _ value: (Int, JSONBytes) -> Bool) {
        out.append(byte: UInt8(ascii: "{"))
        for index in keys.indices {
            if index > 0 { out.append(fixed: ", ") }
            out.append(bytes: keys[index])
            if !value(index, out) { out.append(fixed: "null") }
        }
        out.append(byte: UInt8(ascii: "}"))
    }
}

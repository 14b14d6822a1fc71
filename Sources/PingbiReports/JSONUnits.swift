import Foundation
import PingbiCore

/// How ``JSONRenderer`` writes a result's units: each column's key already written as
/// `"key": `, and each value read at its slot of the rows' shared key table (``ValueKeys``),
/// found once per table rather than hashed per value.
struct JSONUnits: Sendable {
    /// The fewest units written in pieces on two threads (fewer are not worth a thread).
    static let splitAt = 20_000
    /// The units in a piece of a large result: about 0.7 MB of kaoping-111's JSON, below the
    /// size from which the command line gives a buffer pages of its own (1 MB), so that every
    /// piece's buffers reuse memory already in use rather than fault in fresh pages.
    static let piece = 2_500

    /// The value columns.
    private let columns: [ValueColumn]
    /// The text columns.
    private let textColumns: [ValueColumn]
    /// The bytes written as they are: the indentation each unit's line begins with, then each
    /// value column's `"key": `, then each text column's.
    private let fixed: [UInt8]
    /// Where the indentation is in ``fixed``.
    private let lead: Range<Int>
    /// Where each value column's `"key": ` is in ``fixed``.
    private let keys: [Range<Int>]
    /// Where each text column's `"key": ` is in ``fixed``.
    private let textKeys: [Range<Int>]

    /// The layout of `r`'s units in an array indented by `indent`.
    init(_ r: ProgramResult, indent: String) {
        columns = r.columns
        textColumns = r.textColumns
        var fixed: [UInt8] = []
        func add(_ text: String) -> Range<Int> {
            let start = fixed.count
            fixed += text.utf8
            return start..<fixed.count
        }
        lead = add(indent + "  ")
        keys = r.columns.map { add(JSONRenderer.string($0.key) + ": ") }
        textKeys = r.textColumns.map { add(JSONRenderer.string($0.key) + ": ") }
        self.fixed = fixed
    }

    /// The units of `units` (a part of a result's units, by their indices in it), each on its
    /// line, appended to `out`; every unit but the result's first preceded by `,` and a line break.
    func write(_ units: ArraySlice<UnitResult>, into out: JSONBytes) {
        var slots = Slots()
        // Rows read where they are (a copy retains and releases a dozen references), and the
        // fixed bytes from one buffer.
        units.withUnsafeBufferPointer { rows in
            fixed.withUnsafeBufferPointer { fixed in
                for (offset, index) in units.indices.enumerated() {
                    if index > 0 { out.append(fixed: ",\n") }
                    out.append(UnsafeBufferPointer(rebasing: fixed[lead]))
                    unit(rows.baseAddress! + offset, slots: &slots, fixed: fixed, into: out)
                }
            }
        }
    }

    /// Where the columns' values are in one key table.
    private struct Slots {
        /// The table the slots are of.
        var table: ValueKeys?
        /// Each column's slot in it, nil where it has no such key.
        var slots: [Int?] = []
    }

    /// One unit (read where it is, through `row`: not copied), appended to `out`: `unit`, `agency` (a nominee's 推薦機關, when it has one),
    /// `group`, `rank`, `values`, and `texts` beside the values only when the program has text
    /// columns (a unit without a text has `null`), so other programs' JSON is unchanged.
    private func unit(_ row: UnsafePointer<UnitResult>, slots: inout Slots, fixed: UnsafeBufferPointer<UInt8>, into out: JSONBytes) {
        // The values taken once per row: read through the row per value, they were retained
        // and released around each (their key table, shared by every row, from two threads).
        let values = row.pointee.values
        if slots.table !== values.keyTable {
            let table = values.keyTable
            slots = Slots(table: table, slots: columns.map { table.slot(of: $0.key) })
        }
        out.append(fixed: "{\"unit\": ")
        out.appendString(row.pointee.unit)
        if let agency = row.pointee.agency {
            out.append(fixed: ", \"agency\": ")
            out.appendString(agency)
        }
        out.append(fixed: ", \"group\": ")
        if let group = row.pointee.group { out.appendString(group) } else { out.append(fixed: "null") }
        out.append(fixed: ", \"rank\": ")
        if let rank = row.pointee.rank { out.appendInteger(rank) } else { out.append(fixed: "null") }
        out.append(fixed: ", \"values\": ")
        let columnSlots = slots.slots
        members(keys, fixed, into: out) { index, out in
            guard let slot = columnSlots[index] else { return false }
            // A value kept in 8 bytes is written from them, without making its `Decimal`.
            if let parts = values.smallParts(slot: slot), out.appendNumber(parts) { return true }
            guard let value = values[slot: slot] else { return false }
            out.appendNumber(value)
            return true
        }
        if !textColumns.isEmpty {
            out.append(fixed: ", \"texts\": ")
            members(textKeys, fixed, into: out) { index, out in
                guard let text = row.pointee.texts[textColumns[index].key] else { return false }
                out.appendString(text)
                return true
            }
        }
        out.append(fixed: "}")
    }

    /// `{"key": value, …}` over `keys` (each the range of its `"key": ` in `fixed`), each value
    /// appended by `value` with the key's index, `null` where it appends nothing and returns false.
    private func members(_ keys: [Range<Int>], _ fixed: UnsafeBufferPointer<UInt8>, into out: JSONBytes, _ value: (Int, JSONBytes) -> Bool) {
        out.append(byte: UInt8(ascii: "{"))
        for index in keys.indices {
            if index > 0 { out.append(fixed: ", ") }
            out.append(UnsafeBufferPointer(rebasing: fixed[keys[index]]))
            if !value(index, out) { out.append(fixed: "null") }
        }
        out.append(byte: UInt8(ascii: "}"))
    }
}

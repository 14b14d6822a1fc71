import Foundation

/// Numbers for read forms by their canonical bytes (``CanonicalText``): the first form met is 0,
/// the next new one 1, and so on; a form met again keeps its number. What the input check
/// numbers a column's names and months by (``InputValidation/plainTable(_:spec:)``).
///
/// Kept in flat buffers — the forms' bytes one after another, and a table of slots each holding
/// a form's number with 32 bits of its hash — so that numbering a new form among many (a file's
/// 100,000 unit names) costs one hash and probes that compare hash bits in one buffer; a
/// dictionary of byte arrays reads each probed key's bytes from its own allocation.
struct FormNumbers {
    /// Every form's bytes, by number, one after another.
    private var bytes: [UInt8] = []
    /// Where each form's bytes end in ``bytes``, by number.
    private var ends: [Int] = []
    /// Open addressing, a power of two long: 0 for an empty slot, else a form's hash bits (high
    /// 32) and its number + 1 (low 32).
    private var slots = [UInt64](repeating: 0, count: 16)

    /// The number of forms met.
    var count: Int { ends.count }

    /// The number of `form`, and whether it was met before: a form not met yet is numbered next.
    mutating func number(of form: CanonicalText) -> (number: Int, known: Bool) {
        form.bytes.withUnsafeBufferPointer { number(ofBytes: $0) }
    }

    /// ``number(of:)`` of the form whose canonical bytes (``CanonicalText``) are `form`.
    mutating func number(ofBytes form: UnsafeBufferPointer<UInt8>) -> (number: Int, known: Bool) {
        let hash = Self.hash(form)
        let (slot, found) = find(form, hash: hash)
        if let found { return (found, true) }
        let number = ends.count
        bytes.append(contentsOf: form)
        ends.append(bytes.count)
        slots[slot] = UInt64(hash) << 32 | UInt64(number + 1)
        // At most half the slots full.
        if 2 * ends.count > slots.count { grow() }
        return (number, false)
    }

    /// The number here of `other`'s form numbered `number`, and whether it was met here: a form
    /// not met yet is numbered next.
    mutating func number(of number: Int, in other: FormNumbers) -> (number: Int, known: Bool) {
        other.withForm(number) { self.number(ofBytes: $0) }
    }

    /// Calls `body` with the bytes of the form numbered `number`.
    private func withForm<Result>(_ number: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[(number == 0 ? 0 : ends[number - 1])..<ends[number]]))
        }
    }

    /// The slot holding `form` (whose hash bits are `hash`) and its number, or the empty slot
    /// where it goes and nil.
    private func find(_ form: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return (slot, nil) }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let number = Int(UInt32(truncatingIfNeeded: entry)) - 1
                let same = withForm(number) { known in
                    known.count == form.count && (form.isEmpty || memcmp(known.baseAddress!, form.baseAddress!, form.count) == 0)
                }
                if same { return (slot, number) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Twice the slots, every form placed again by its hash bits.
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// 32 bits of the hash of `bytes` (the process's seeded hash: equal bytes, equal bits).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return UInt32(truncatingIfNeeded: hasher.finalize())
    }
}

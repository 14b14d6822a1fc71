/// The counts of ``Counts`` by slot: 32 bits each while every one fits in them (all but always:
/// a month's row of 20 counts then takes 80 bytes rather than 160, and 100,000 offices × 8
/// months keep 800,000 rows), else 64 bits each, in two halves.
struct CountSlots: Sendable {
    /// The counts, one word each; two (low, high) once ``isWide``.
    private var words: [UInt32]
    /// Whether a count needed more than 32 bits (or was negative).
    private var isWide = false

    /// `count` zeros.
    init(zeros count: Int) {
        words = [UInt32](repeating: 0, count: count)
    }

    /// The number of slots.
    var count: Int { isWide ? words.count / 2 : words.count }

    /// The slots.
    var indices: Range<Int> { 0..<count }

    /// The count in `slot`.
    subscript(slot: Int) -> Int {
        get {
            guard isWide else { return Int(words[slot]) }
            return Int(bitPattern: UInt(words[2 * slot]) | UInt(words[2 * slot + 1]) << 32)
        }
        set {
            if !isWide, let narrow = UInt32(exactly: newValue) {
                words[slot] = narrow
                return
            }
            if !isWide { widen() }
            let bits = UInt(bitPattern: newValue)
            words[2 * slot] = UInt32(truncatingIfNeeded: bits)
            words[2 * slot + 1] = UInt32(truncatingIfNeeded: bits >> 32)
        }
    }

    /// Adds zero slots up to `count`.
    mutating func extend(to count: Int) {
        guard count > self.count else { return }
        words += [UInt32](repeating: 0, count: (count - self.count) * (isWide ? 2 : 1))
    }

    /// Every slot in two words.
    private mutating func widen() {
        var wide: [UInt32] = []
        wide.reserveCapacity(words.count * 2)
        for word in words {
            wide.append(word)
            wide.append(0)
        }
        words = wide
        isWide = true
    }
}

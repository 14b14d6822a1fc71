/// The counts of ``Counts`` by slot: 32 bits each while every one fits in them (all but always:
/// a month's row of 20 counts then takes 80 bytes rather than 160, and 100,000 offices × 8
/// months keep 800,000 rows), else 64 bits each, in two halves. The words may be a run's share
/// of one buffer (``init(narrow:)``): a reader keeps every row's counts in one allocation.
struct CountSlots: Sendable {
    /// The counts, one word each; two (low, high) once ``isWide``.
    private var words: ArraySlice<UInt32>
    /// Whether a count needed more than 32 bits (or was negative).
    private var isWide = false

    /// `count` zeros.
    init(zeros count: Int) {
        words = ArraySlice(repeating: 0, count: count)
    }

    /// The slots whose 32-bit counts are `words` (usually a part of a larger buffer).
    init(narrow words: ArraySlice<UInt32>) {
        self.words = words
    }

    /// The counts' words while every count is in 32 bits, else nil.
    var narrowWords: ArraySlice<UInt32>? { isWide ? nil : words }

    /// The number of slots.
    var count: Int { isWide ? words.count / 2 : words.count }

    /// The slots.
    var indices: Range<Int> { 0..<count }

    /// The count in `slot`.
    subscript(slot: Int) -> Int {
        get {
            let start = words.startIndex
            guard isWide else { return Int(words[start + slot]) }
            return Int(bitPattern: UInt(words[start + 2 * slot]) | UInt(words[start + 2 * slot + 1]) << 32)
        }
        set {
            if !isWide, let narrow = UInt32(exactly: newValue) {
                words[words.startIndex + slot] = narrow
                return
            }
            if !isWide { widen() }
            let bits = UInt(bitPattern: newValue), start = words.startIndex
            words[start + 2 * slot] = UInt32(truncatingIfNeeded: bits)
            words[start + 2 * slot + 1] = UInt32(truncatingIfNeeded: bits >> 32)
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
        words = wide[...]
        isWide = true
    }
}

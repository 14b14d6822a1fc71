extension String {
    /// `parts` one after the other, in room made once for exactly their UTF-8 bytes (an
    /// interpolation grows its buffer as it goes): what a warning for each of 100,000 offices is
    /// worded with.
    init(parts: String...) {
        var length = 0
        for part in parts { length += part.utf8.count }
        self.init()
        reserveCapacity(length)
        for part in parts { append(part) }
    }
}

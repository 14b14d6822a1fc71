extension Row {
    /// A count as ``ColumnKind/count`` accepts it: a whole number from 0 to
    /// ``CountLimit/maximum``. What a program reads from a column it declares `.count`, so that it
    /// refuses every cell the validation refuses (``count(_:)`` alone accepts up to `Int.max`).
    public func limitedCount(_ column: String) throws(DataError) -> Int {
        try value(column, CountLimit.parse)
    }
}

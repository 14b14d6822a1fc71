/// One file a run reads, with the layout it must have: checked before the program runs
/// (``InputValidation``).
public struct InputFile: Sendable {
    /// The layout.
    public let spec: TableSpec
    /// The folder it is read from.
    public let data: DataSource
    /// Its name in the folder: the spec's own, or another for a file of the same layout (a
    /// dated snapshot).
    public let fileName: String

    /// `spec`'s file in `data`, or the file `fileName` laid out as `spec`.
    public init(_ spec: TableSpec, in data: DataSource, fileName: String? = nil) {
        self.spec = spec
        self.data = data
        self.fileName = fileName ?? spec.fileName
    }
}

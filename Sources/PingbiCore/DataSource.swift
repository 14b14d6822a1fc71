import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder a run reads its input files from: the user's `--data DIR` or a module's sample.
public struct DataSource: Sendable {
    /// The folder.
    public let directory: URL
    /// How files are named in messages: the user's path, or `範例資料` for shipped samples.
    public let label: String
    /// Texts that stand in for files of the folder, by file name: a what-if run (``AwardGap``)
    /// changes a count without touching the user's files.
    public var replacements: [String: String] = [:]

    /// True for the sample data shipped with a program (results say it is not real data).
    public let isSample: Bool

    /// A data folder; `label` prefixes file names in messages.
    public init(directory: URL, label: String) {
        self.directory = directory
        self.label = label
        isSample = false
    }

    /// A program's shipped sample, labelled 範例資料 in messages and results.
    public init(sampleOf program: any Program) {
        directory = program.sampleData
        label = "範例資料"
        isSample = true
    }

    /// The user's folder; its files are named by file name alone.
    public init(path: String) {
        self.init(directory: URL(fileURLWithPath: path), label: "")
    }

    /// How `fileName` is named in messages and results.
    public func displayName(_ fileName: String) -> String {
        label.isEmpty ? fileName : (label.hasSuffix("/") ? label + fileName : label + "/" + fileName)
    }

    /// Whether the folder has `fileName`, or a workbook standing for it (``workbookSheet(for:)``),
    /// or a workbook that cannot be read (reading the input then says why).
    public func exists(_ fileName: String) -> Bool {
        if exists(csv: fileName) { return true }
        do throws(DataError) {
            return try workbookSheet(for: fileName) != nil
        } catch {
            return true
        }
    }

    /// The file names in the folder, sorted.
    public func fileNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    /// Reads and decodes a file as text. What is not a readable regular file is named for what
    /// it is (missing, a folder, not a regular file, not readable); a fifo is never opened.
    public func text(_ fileName: String) throws(DataError) -> String {
        if let replacement = replacements[fileName] { return replacement }
        return try TextDecoding.decode(bytes(fileName), file: displayName(fileName)).text
    }

    /// The bytes of a file (recorded for provenance), or what is wrong with it (as ``text(_:)``).
    private func bytes(_ fileName: String) throws(DataError) -> [UInt8] {
        let bytes = try unrecordedBytes(fileName).copiedBytes
        ReadRecorder.current?.record(file: fileName, bytes: bytes)
        return bytes
    }

    /// The cells of `fileName` laid out as `spec` when the folder holds it as a plain CSV file
    /// (a ``CSVBytes``: UTF-8, no quotes; not a workbook, not replaced; its bytes recorded for
    /// provenance, its digest computed on another thread) with nothing for the input check to
    /// report (``PlainTable``); nil otherwise, or when it cannot be read: ``table(_:)`` then
    /// reads it, or says what is wrong.
    ///
    /// The check before a run (``ParsedFiles/handsOver``) reads them; the program's read of the
    /// same file takes them, so the file's bytes are scanned once and then freed.
    public func plainTable(_ fileName: String, spec: TableSpec) -> PlainTable? {
        guard var file = plainFile(fileName) else { return nil }
        if let table = file.table, table.spec == spec { return table }
        file.table = InputValidation.plainTable(file.csv, spec: spec)
        if ParsedFiles.handsOver { ParsedFiles.shared.handOver(file, path: path(of: fileName)) }
        return file.table
    }

    /// The plain file `fileName` (as ``plainTable(_:spec:)`` reads it): the one handed over by the read before
    /// (then taken), or read and, while ``ParsedFiles/handsOver``, handed over to the next read.
    private func plainFile(_ fileName: String) -> ParsedFiles.HandedPlain? {
        guard replacements[fileName] == nil else { return nil }
        if let handed = ParsedFiles.shared.takePlain(path(of: fileName)) {
            ReadRecorder.current?.record(file: fileName, size: handed.csv.count, digest: handed.digest)
            return handed
        }
        guard let bytes = try? unrecordedBytes(fileName), !ZipArchive.looksLikeZip(bytes.buffer), let csv = CSVBytes(bytes) else { return nil }
        // Hashed only where a result records it or a later read may (never read otherwise).
        let digest = ParsedFiles.handsOver || ReadRecorder.current != nil ? Pending { SHA256.hexDigest(bytes.buffer) } : Pending(computed: "")
        let file = ParsedFiles.HandedPlain(csv: csv, digest: digest)
        if ParsedFiles.handsOver { ParsedFiles.shared.handOver(file, path: path(of: fileName)) }
        ReadRecorder.current?.record(file: fileName, size: bytes.buffer.count, digest: digest)
        return file
    }

    /// The standardized path of `fileName`: what a file handed over is known by.
    private func path(of fileName: String) -> String {
        directory.appendingPathComponent(fileName).standardizedFileURL.path
    }

    /// The bytes of a file, or what is wrong with it (as ``text(_:)``), not recorded.
    private func unrecordedBytes(_ fileName: String) throws(DataError) -> FileBytes {
        let name = displayName(fileName)
        let path = directory.appendingPathComponent(fileName).path
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == EACCES {
                throw DataError(file: name, expected: "無法讀取（權限不足：無法進入所在資料夾）")
            }
            throw DataError(file: name, expected: "找不到檔案（資料夾 \(directory.path) 中應有 \(fileName)）")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw DataError(file: name, expected: "是資料夾，不是檔案（應為 CSV 檔）")
        default: throw DataError(file: name, expected: "不是一般檔案（例如具名管道或裝置），無法讀取（應為 CSV 檔）")
        }
        guard let bytes = Self.contents(path, size: Int(status.st_size)) else {
            let reason = access(path, R_OK) == 0 ? "讀取時發生錯誤" : "權限不足"
            throw DataError(file: name, expected: "無法讀取（\(reason)）")
        }
        return bytes
    }

    /// The bytes of the regular file at `path`, about `size` of them (``FileBytes``: a large file
    /// mapped, not copied); nil when it cannot be read.
    private static func contents(_ path: String, size: Int) -> FileBytes? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return FileBytes.contents(of: descriptor, size: size)
    }

    /// Reads `spec`'s file and checks its header.
    public func table(_ spec: TableSpec) throws(DataError) -> Table {
        try table(spec, fileName: spec.fileName)
    }

    /// Reads a file laid out as `spec` under another name (a dated snapshot, say).
    public func table(_ spec: TableSpec, fileName: String) throws(DataError) -> Table {
        let source = try records(fileName)
        return try Table(records: source.records, spec: spec, file: source.file, sheet: source.sheet)
    }

    /// The records of a file, header first, with the name and sheet its problems are told by:
    /// the sheet of a workbook where the folder keeps the input as one, else the CSV. What
    /// ``table(_:fileName:)`` and ``InputValidation`` check.
    func records(_ fileName: String) throws(DataError) -> (records: [CSVRecord], file: String, sheet: String?) {
        let name = displayName(fileName)
        // A plain file handed over by the check: its bytes, not the file read again.
        if replacements[fileName] == nil, let handed = ParsedFiles.shared.takePlain(path(of: fileName)) {
            ReadRecorder.current?.record(file: fileName, size: handed.csv.count, digest: handed.digest)
            let bytes = handed.csv.copiedBytes
            let records = try ParsedFiles.shared.records(of: bytes) { () throws(DataError) in
                try CSV.parse(TextDecoding.decode(bytes, file: name).text, file: name)
            }
            return (records, name, nil)
        }
        if replacements[fileName] == nil, let (file, sheet) = try workbookSheet(for: fileName) {
            var workbook = try workbook(file)
            return (try workbook.records(sheet: sheet), displayName(file), sheet)
        }
        if let replacement = replacements[fileName] { return (try CSV.parse(replacement, file: name), name, nil) }
        let bytes = try bytes(fileName)
        let records = try ParsedFiles.shared.records(of: bytes) { () throws(DataError) in
            try CSV.parse(TextDecoding.decode(bytes, file: name).text, file: name)
        }
        return (records, name, nil)
    }
}

import PingbiCore
import PingbiReports

/// The formats `pingbi run --format` writes.
enum OutputFormat: String, CaseIterable {
    case table, json, csv, html, text, xlsx

    /// The results for the terminal (all programs in one text).
    func render(_ results: [ProgramResult], options: TableRenderer.Options, report: ReportOptions) -> String {
        switch self {
        case .table: results.map { TableRenderer.render($0, options: options) }.joined(separator: "\n")
        case .json: JSONRenderer.render(results)
        // One byte-order mark at the start of the stream, not one per program.
        case .csv: results.enumerated().map { $0.offset == 0 ? CSVRenderer.render($0.element) : String(CSVRenderer.render($0.element).dropFirst()) }
            .joined(separator: "\r\n")
        case .html: report.perUnit ? UnitPagesRenderer.render(results, options: report) : HTMLRenderer.render(results, options: report)
        case .text: AnnouncementRenderer.render(results)
        // A workbook is binary: `run` asks for --out instead (``needsOut``).
        case .xlsx: ""
        }
    }

    /// ``render(_:options:report:)`` as UTF-8 bytes handed to `write` (standard output): JSON is
    /// made as bytes directly and handed over piece by piece as it is made, with no text of tens
    /// of megabytes held; the first failure to write is thrown once the rest is made.
    func write(
        _ results: [ProgramResult], options: TableRenderer.Options, report: ReportOptions, to write: ([UInt8]) throws(WriteError) -> Void
    ) throws(WriteError) {
        guard self == .json else { return try write(Array(render(results, options: options, report: report).utf8)) }
        var failure: WriteError?
        JSONRenderer.write(results) { piece in
            guard failure == nil else { return }
            do throws(WriteError) { try write(piece) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Whether the format can only be written to a file (`--out`), never to the terminal.
    var needsOut: Bool { self == .xlsx }

    /// The files `--out` writes: one per program, except `html` and `xlsx`, which write one
    /// file covering every program.
    func files(_ results: [ProgramResult], options: TableRenderer.Options, report: ReportOptions) -> [(name: String, contents: [UInt8])] {
        if self == .xlsx { return [(XLSXRenderer.fileName, XLSXRenderer.render(results))] }
        if self == .json { return results.map { ("\($0.program).json", JSONRenderer.file($0)) } }
        return textFiles(results, options: options, report: report).map { ($0.name, Array($0.contents.utf8)) }
    }

    private func textFiles(_ results: [ProgramResult], options: TableRenderer.Options, report: ReportOptions) -> [(name: String, contents: String)] {
        switch self {
        // Written as bytes by ``files(_:options:report:)``.
        case .xlsx, .json: return []
        case .html: return [(report.perUnit ? UnitPagesRenderer.fileName : HTMLRenderer.fileName, render(results, options: options, report: report))]
        case .table: return results.map { ("\($0.program).txt", TableRenderer.render($0, options: options)) }
        case .csv: return results.map { ("\($0.program).csv", CSVRenderer.render($0)) }
        case .text: return results.map { ("\($0.program)-announce.txt", AnnouncementRenderer.render($0)) }
        }
    }
}

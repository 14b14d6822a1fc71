import PingbiCore
import PingbiReports

/// The formats `pingbi run --format` writes.
enum OutputFormat: String, CaseIterable {
    case table, json, csv

    /// The extension of the files `--out` writes.
    var fileExtension: String {
        switch self {
        case .table: "txt"
        case .json: "json"
        case .csv: "csv"
        }
    }

    /// The results for the terminal (all programs in one text).
    func render(_ results: [ProgramResult], options: TableRenderer.Options) -> String {
        switch self {
        case .table: results.map { TableRenderer.render($0, options: options) }.joined(separator: "\n")
        case .json: JSONRenderer.render(results)
        case .csv: results.map(CSVRenderer.render).joined(separator: "\r\n")
        }
    }

    /// The files `--out` writes: one per program.
    func files(_ results: [ProgramResult], options: TableRenderer.Options) -> [(name: String, contents: String)] {
        results.map { result in
            let contents: String = switch self {
            case .table: TableRenderer.render(result, options: options)
            case .json: JSONRenderer.render(result) + "\n"
            case .csv: CSVRenderer.render(result)
            }
            return ("\(result.program).\(fileExtension)", contents)
        }
    }
}

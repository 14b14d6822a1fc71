import Foundation
import IndigenousCollection112
import PingbiCore
import PingbiTesting

/// The published 111 table (附件七), as shipped in the sample, with its CRLF line ends made LF.
let publishedTable: String = {
    let url = IndigenousRates112().sampleData.appendingPathComponent("indigenous-rates.csv")
    return try! String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
}()

/// A fresh temporary folder holding `files` (name → contents).
func folder(_ files: [String: String]) throws -> URL {
    try temporaryFolder(holding: files)
}

/// Runs the program on a folder (labelled `data`) with the given readings and history.
func run(_ directory: URL, readings: [String: String] = [:], history: URL? = nil) throws -> ProgramResult {
    try IndigenousRates112().evaluate(EvaluationContext(
        data: DataSource(directory: directory, label: "data"), readings: ReadingChoices(readings), history: history))
}

/// Runs the program on its shipped sample, labelled as the host labels it.
func runSample(readings: [String: String] = [:]) throws -> ProgramResult {
    try IndigenousRates112().sampleResult(readings)
}

/// The DataError a run throws, or nil.
func dataError(_ directory: URL, history: URL? = nil) -> DataError? {
    thrownDataError { _ = try run(directory, history: history) }
}

/// `publishedTable` with one line replaced (line numbers as in the file: header is 1).
func replacing(line: Int, with text: String, in table: String = publishedTable) -> String {
    var lines = table.components(separatedBy: "\n")
    lines[line - 1] = text
    return lines.joined(separator: "\n")
}

/// A small table in 附件七's layout: rows of (area, due, paid, rate, baseDue, basePaid, base).
func smallTable(_ rows: [(String, String)]) -> String {
    "原鄉地區,本期收繳率,前期收繳率\n" + rows.map { "\($0.0),\($0.1),30.00%" }.joined(separator: "\n") + "\n"
}

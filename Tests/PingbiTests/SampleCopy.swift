import Foundation
import PingbiCore
import PingbiReports
import Testing

/// A program's sample CSV files, parsed, to be rearranged or damaged and written to a fresh
/// folder: the base of the property and fuzz tests.
struct SampleCopy {
    /// The program.
    let program: any Program
    /// Each CSV file of the sample: name and records (header first).
    var files: [(name: String, records: [[String]])]

    /// The sample of `program`, every `.csv` of its folder.
    init(_ program: any Program) throws {
        self.program = program
        let names = try FileManager.default.contentsOfDirectory(atPath: program.sampleData.path).filter { $0.hasSuffix(".csv") }.sorted()
        files = try names.map { name in
            let data = try Data(contentsOf: program.sampleData.appendingPathComponent(name))
            let text = try TextDecoding.decode([UInt8](data), file: name).text
            return (name, try CSV.parse(text, file: name).map(\.fields))
        }
    }

    /// A CSV field, quoted when needed (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The CSV text of `records`.
    static func text(_ records: [[String]]) -> String {
        records.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// Writes the files (as CSV text, or `bytes` where given for a file) to a new folder.
    func write(bytes: [String: [UInt8]] = [:]) throws -> URL {
        let folder = try temporaryFolder()
        for file in files {
            let data = bytes[file.name].map { Data($0) } ?? Data(Self.text(file.records).utf8)
            try data.write(to: folder.appendingPathComponent(file.name))
        }
        return folder
    }

    /// Files whose row order means something by the rules, with the column whose rows keep
    /// their order among themselves: an agency's first three nominations are the ones reviewed
    /// (`excess=first-three`), so rows of one 縣市 (the 推薦機關's first three characters) keep
    /// their order, interleaved at random with the others.
    static let orderedWithin = ["nominations.csv": "推薦機關"]

    /// The data rows of every file in a random order (headers stay first; see ``orderedWithin``).
    mutating func shuffleRows(using generator: inout SplitMix64) {
        for index in files.indices {
            let records = files[index].records
            let rows = Array(records.dropFirst())
            guard let column = Self.orderedWithin[files[index].name].flatMap({ records[0].firstIndex(of: $0) }) else {
                files[index].records = [records[0]] + rows.shuffled(using: &generator)
                continue
            }
            let key = { (row: [String]) in String(UnitName.normalize(row[column]).prefix(3)) }
            var queues = Dictionary(grouping: rows, by: key)
            let order = rows.map(key).shuffled(using: &generator)
            files[index].records = [records[0]] + order.map { queues[$0]!.removeFirst() }
        }
    }

    /// The columns of every file in a random order (the same order for every row of a file).
    mutating func shuffleColumns(using generator: inout SplitMix64) {
        for index in files.indices {
            let width = files[index].records[0].count
            let order = Array(0..<width).shuffled(using: &generator)
            files[index].records = files[index].records.map { row in order.map { $0 < row.count ? row[$0] : "" } }
        }
    }

    /// The program's JSON result on these files, written to a temporary folder that is then
    /// removed (without provenance, which names the bytes).
    func result() throws -> String {
        try JSONRenderer.render(evaluate())
    }

    /// The program's result on these files, written to a temporary folder that is then removed.
    func evaluate() throws -> ProgramResult {
        let folder = try write()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try program.evaluate(EvaluationContext(data: DataSource(path: folder.path)))
    }
}

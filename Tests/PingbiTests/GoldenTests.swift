import Foundation
import PingbiCore
import ProgramCatalog
import Testing

/// Golden outputs: every registered program on its sample data (and on the published 111
/// tables where it reads them), in every format, under every value of every reading, and
/// `explain` for a few units — compared byte for byte with `Tests/Golden/`.
///
/// A change to any output fails here with the first differing lines. To accept a change on
/// purpose, rerun with `PINGBI_GOLDEN=record swift test --filter GoldenTests` and say in the
/// commit message what changed and why.
@Suite struct GoldenTests {
    /// One golden case: a file under `Tests/Golden/` and the `pingbi` command that makes it.
    struct Case: CustomTestStringConvertible, Sendable {
        let file: String
        let arguments: [String]
        var testDescription: String { file }
    }

    static let folder = packageRoot.appendingPathComponent("Tests/Golden")

    /// The 製表日期 of every golden report.
    static let reportDate = "2022-10-14"

    static let cases: [Case] = {
        var cases: [Case] = []
        for program in Catalog.programs {
            cases += outputs(program, data: nil, folder: program.id + "/sample")
            let seedReads = program.inputs.allSatisfy {
                FileManager.default.fileExists(atPath: seedFolder.appendingPathComponent($0.fileName).path)
            }
            if seedReads { cases += outputs(program, data: seedFolder.path, folder: program.id + "/seed-111") }
        }
        // All 1,536 reading combinations of kaoping-111, pinned before it was made fast.
        cases.append(Case(file: "sensitivity/kaoping-111.txt", arguments: ["sensitivity", "kaoping-111"]))
        return cases
    }()

    /// The cases of one program on one data folder.
    static func outputs(_ program: any Program, data: String?, folder: String) -> [Case] {
        let dataArguments = data.map { ["--data", $0] } ?? []
        let base = ["run", program.id] + dataArguments
        var cases = [
            Case(file: "\(folder)/result.json", arguments: base + ["--format", "json"]),
            Case(file: "\(folder)/result.txt", arguments: base + ["--format", "table", "--all"]),
            Case(file: "\(folder)/result.csv", arguments: base + ["--format", "csv"]),
            Case(file: "\(folder)/announce.txt", arguments: base + ["--format", "text"]),
            // The 製表日期 is the one part of the report that changes on rerun: pinned here.
            Case(file: "\(folder)/report.html", arguments: base + ["--format", "html", "--date", reportDate]),
            Case(file: "\(folder)/units.html", arguments: base + ["--format", "html", "--date", reportDate, "--per-unit"]),
        ]
        for reading in program.readings {
            for value in reading.alternatives {
                cases.append(Case(
                    file: "\(folder)/reading/\(reading.name)=\(value).json",
                    arguments: base + ["--format", "json", "--reading", "\(reading.name)=\(value)"]))
            }
        }
        for unit in explainedUnits(program, data: dataArguments) {
            cases.append(Case(file: "\(folder)/explain/\(unit).txt", arguments: ["explain", program.id, "--unit", unit] + dataArguments))
        }
        return cases
    }

    /// The units whose explanation is pinned: the first and last unit and the first outcome's unit.
    static func explainedUnits(_ program: any Program, data: [String]) -> [String] {
        let run = pingbi(["run", program.id, "--format", "json"] + data)
        guard run.status == .success,
            let object = try? JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any],
            let units = (object["units"] as? [[String: Any]])?.compactMap({ $0["unit"] as? String })
        else { return [] }
        let outcomes = ((object["outcomes"] as? [[String: Any]]) ?? []).compactMap { $0["unit"] as? String }
        var chosen: [String] = []
        for unit in [units.first, outcomes.first, units.last].compactMap({ $0 }) where !chosen.contains(unit) {
            chosen.append(unit)
        }
        return chosen
    }

    @Test(arguments: cases) func matchesItsGoldenFile(_ golden: Case) throws {
        let result = pingbi(golden.arguments)
        #expect(result.status == .success, "\(golden.arguments.joined(separator: " ")): \(result.err)")
        let url = Self.folder.appendingPathComponent(golden.file)
        if ProcessInfo.processInfo.environment["PINGBI_GOLDEN"] == "record" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(result.out.utf8).write(to: url)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: url.path),
            "沒有 golden 檔 \(golden.file)：以 PINGBI_GOLDEN=record swift test --filter GoldenTests 建立")
        if let difference = GoldenDiff.first(expected: expected, actual: Data(result.out.utf8)) {
            Issue.record("\(golden.file) 與輸出不同（pingbi \(golden.arguments.joined(separator: " "))）：\n\(difference)")
        }
    }

    @Test func everyGoldenFileHasACase() throws {
        let wanted = Set(Self.cases.map(\.file))
        let enumerator = FileManager.default.enumerator(at: Self.folder, includingPropertiesForKeys: nil)
        var stale: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(Self.folder.standardizedFileURL.path.count + 1))
            if !wanted.contains(relative) { stale.append(relative) }
        }
        #expect(stale.isEmpty, "golden files without a case (remove them): \(stale)")
    }
}

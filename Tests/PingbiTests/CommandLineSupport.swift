import Foundation
import PingbiCommandLine
import ProgramCatalog
/// Every file of this target uses the shared test kit (temporary folders, example runner, golden diffs).
@_exported import PingbiTesting

/// Captures what `pingbi` writes, for tests that run it in-process.
final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    var console: Console {
        Console(out: { text in self.lock.withLock { self.outText += text } }, err: { text in self.lock.withLock { self.errText += text } })
    }
}

/// Runs `pingbi` with `arguments` over the registered programs.
func pingbi(_ arguments: String...) -> (status: PingbiCommandLine.ExitStatus, out: String, err: String) {
    pingbi(arguments)
}

/// Runs `pingbi` with `arguments` over the registered programs.
func pingbi(_ arguments: [String]) -> (status: PingbiCommandLine.ExitStatus, out: String, err: String) {
    let captured = Captured()
    let status = Pingbi(programs: Catalog.programs, console: captured.console).main(arguments)
    return (status, captured.out, captured.err)
}


/// The repository's root folder.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The published 111 tables shipped in the repository (`data/seed-111`).
let seedFolder = packageRoot.appendingPathComponent("data/seed-111")

/// The published county table as shipped in the NationalPension112 module's sample.
func countySampleText() throws -> String {
    let folder = try #require(Catalog.program("pension-county-112")).sampleData
    return try String(contentsOf: folder.appendingPathComponent("county-rates.csv"), encoding: .utf8)
}

import Testing

/// A JSON or CSV result without its provenance (the digests of the bytes read), to compare
/// results computed from differently encoded copies of the same data.
func withoutProvenance(_ output: String) -> String {
    output.components(separatedBy: "\"provenance\"")[0].components(separatedBy: "\r\n\r\n資料來源與版本")[0]
}

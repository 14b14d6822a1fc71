import Foundation
import PingbiCommandLine
import PingbiCore
import ProgramCatalog

// pingbi-bench: prints how fast Pingbi reads CSV and runs every program on the samples.
// Targets (release build, 2-core machine): CSV reading ≥ 100 MB/s; `pingbi run` < 100 ms.
// Usage: swift run -c release pingbi-bench [MEGABYTES]

/// Nanoseconds elapsed while running `body`.
func nanoseconds(_ body: () throws -> Void) rethrows -> UInt64 {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return DispatchTime.now().uptimeNanoseconds - start
}

/// Nanoseconds as milliseconds with one decimal: `51.4 ms`.
func milliseconds(_ ns: UInt64) -> String {
    let tenths = (ns + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) ms"
}

/// A CSV of about `megabytes` MB shaped like the published tables: quoted thousands,
/// percentages, Chinese names, CRLF.
func generatedCSV(megabytes: Int) -> [UInt8] {
    var text = "地區,本期平均每月應繳人數,本期平均每月已繳人數,本期收繳率,前期平均每月應繳人數,前期平均每月已繳人數,前期收繳率,收繳率比較,備註\r\n"
    var row = 0
    var bytes = Array(text.utf8)
    bytes.reserveCapacity(megabytes * 1_000_000 + 1000)
    while bytes.count < megabytes * 1_000_000 {
        row += 1
        text = "臺東縣第\(row)區,\"\(row % 900 + 100),\(row % 900 + 100)\",\(row % 99_999),\(row % 100).\(row % 90 + 10)%,"
            + "\"\(row % 800 + 100),\(row % 900 + 100)\",\(row % 88_888),\(row % 97).\(row % 80 + 10)%,-0.\(row % 90 + 10)%,\"說明，含逗號與\"\"引號\"\"\"\r\n"
        bytes.append(contentsOf: text.utf8)
    }
    return bytes
}

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 100
let csv = generatedCSV(megabytes: megabytes)
var records = 0
var fields = 0
let decodeAndParse = try nanoseconds {
    let text = try TextDecoding.decode(csv, file: "bench.csv").text
    try CSV.forEachRecord(text, file: "bench.csv") { record in
        records += 1
        fields += record.fields.count
    }
}
let megabytesPerSecond = UInt64(csv.count) * 1000 / max(decodeAndParse, 1)
print("CSV 讀取（UTF-8 檢查＋RFC 4180 解析）：\(csv.count / 1_000_000) MB，\(records) 筆，\(fields) 欄，"
    + "\(milliseconds(decodeAndParse))，\(megabytesPerSecond) MB/s（目標 ≥ 100）")

let silent = Console(out: { _ in }, err: { _ in })
var runs: [UInt64] = []
for _ in 0..<20 {
    runs.append(nanoseconds { _ = Pingbi(programs: Catalog.programs, console: silent).main(["run"]) })
}
runs.sort()
print("pingbi run（所有程式、範例資料，程序內）：中位數 \(milliseconds(runs[runs.count / 2]))，最慢 \(milliseconds(runs.last!))（目標 < 100 ms）")

/// Runs `path` with `arguments`, stdout to /dev/null, and waits for it with waitpid.
/// (Foundation's `Process.waitUntilExit` polls: it rounds every run up to a multiple of ~50 ms.)
func spawnAndWait(_ path: String, _ arguments: [String]) -> Bool {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, &argv, environ) == 0 else { return false }
    var status: Int32 = 0
    return waitpid(pid, &status, 0) == pid
}

let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pingbi")
if FileManager.default.isExecutableFile(atPath: executable.path) {
    var launches: [UInt64] = []
    for _ in 0..<10 {
        launches.append(nanoseconds {
            guard spawnAndWait(executable.path, ["run"]) else { fatalError("cannot run \(executable.path)") }
        })
    }
    launches.sort()
    print("pingbi run（整個程序，含啟動）：中位數 \(milliseconds(launches[launches.count / 2]))，最慢 \(milliseconds(launches.last!))（目標 < 100 ms）")
}

import Foundation
import KaopingOffices111
import PingbiCommandLine
import PingbiCore
import PingbiReports
import ProgramCatalog

// pingbi-bench: prints how fast Pingbi reads CSV and runs every program on the samples, then
// kaoping-111 on generated data of 1k, 10k and 100k offices × 8 months (time and peak memory
// per step, and of the whole process), and `pingbi sensitivity kaoping-111`.
// Targets (release build, 2-core machine): CSV reading ≥ 100 MB/s; `pingbi run` < 100 ms;
// 100k offices < 1 s and < 3× the input's size in memory; sensitivity < 1 s.
// Usage: swift run -c release pingbi-bench [MEGABYTES [OFFICES…]]

// Large buffers placed as `pingbi` places them, so that the steps' memory is what a run's is.
LargeBuffers.returnWhenFreed()

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
let officeCounts = CommandLine.arguments.dropFirst(2).compactMap(Int.init).nilIfEmpty ?? [1_000, 10_000, 100_000]

extension Array {
    var nilIfEmpty: Self? { isEmpty ? nil : self }
}
// The generated CSV is let go once read: a process this one starts reports a peak memory of
// at least this one's memory when it starts (Linux keeps it across exec).
do {
    let csv = generatedCSV(megabytes: megabytes)
    var records = 0
    var fields = 0
    let decodeAndParse = try nanoseconds {
        let text = try TextDecoding.decode(csv, file: "bench.csv").text
        try CSV.forEachRecord(text, file: "bench.csv") { record in
            records += 1
            fields += record.fieldCount
        }
    }
    let megabytesPerSecond = UInt64(csv.count) * 1000 / max(decodeAndParse, 1)
    print("CSV 讀取（UTF-8 檢查＋RFC 4180 解析）：\(csv.count / 1_000_000) MB，\(records) 筆，\(fields) 欄，"
        + "\(milliseconds(decodeAndParse))，\(megabytesPerSecond) MB/s（目標 ≥ 100）")
}

let silent = Console(out: { _ in }, err: { _ in })
var runs: [UInt64] = []
for _ in 0..<20 {
    runs.append(nanoseconds { _ = Pingbi(programs: Catalog.programs, console: silent).main(["run"]) })
}
runs.sort()
print("pingbi run（所有程式、範例資料，程序內）：中位數 \(milliseconds(runs[runs.count / 2]))，最慢 \(milliseconds(runs.last!))（目標 < 100 ms）")

/// The CPU time (user + system) of the last process ``spawnAndWait(_:_:)`` waited for, in
/// nanoseconds: on a machine shared with other work it varies less than the elapsed time.
nonisolated(unsafe) var lastChildCPU: UInt64 = 0

/// `1.2 s CPU` from nanoseconds of CPU time.
func cpuText(_ ns: UInt64) -> String { "CPU \(milliseconds(ns))" }

/// Runs `path` with `arguments`, stdout to /dev/null, and waits for it with wait4: its peak
/// memory (kB), or nil when it cannot be run or fails; its CPU time in ``lastChildCPU``.
/// (Foundation's `Process.waitUntilExit` polls: it rounds every run up to a multiple of ~50 ms.)
@discardableResult
func spawnAndWait(_ path: String, _ arguments: [String]) -> Int? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    // The child starts from this process's memory (posix_spawn shares it until exec), whose
    // peak Linux carries into the child's: the peak reset to what this process holds now.
    resetPeakMemory()
    guard posix_spawn(&pid, path, &actions, nil, &argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid, status == 0 else { return nil }
    lastChildCPU = UInt64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000_000
        + UInt64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1000
    return usage.ru_maxrss
}

/// A byte count as `62.1 MB`.
func megabytesText(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
}

/// The peak resident memory since the last ``resetPeakMemory()`` (VmHWM), in bytes.
func peakMemory() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kilobytes = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).dropLast(3))
    else { return 0 }
    return kilobytes * 1000
}

/// Starts a new peak-memory measurement (Linux: `5` to /proc/self/clear_refs resets VmHWM).
func resetPeakMemory() {
    try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
}

/// kaoping-111's input for `offices` offices × 8 months, shaped like ../shared/perf/gen_big.py's
/// (groups 1–4 in turn, every 97th office a 製卡 site, 承保異動量 30–400 covering 申辦量 ≤ 28,
/// the other counts 0–12), from a fixed seed. Returns the bytes written.
func writeKaopingData(offices: Int, to folder: URL) throws -> Int {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var state: UInt64 = 7
    func random(_ low: Int, _ high: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return low + Int((state >> 33) % UInt64(high - low + 1))
    }
    var roster = Array("公所,組別,110年月平均異動筆數,在地製卡\n".utf8)
    var activity = Array("公所,月份,\(CountColumn.allCases.map(\.rawValue).joined(separator: ","))\n".utf8)
    activity.reserveCapacity(offices * 8 * 80)
    for index in 0..<offices {
        let name = "測試縣第\(String(repeating: "0", count: max(0, 6 - String(index).count)))\(index)公所"
        roster.append(contentsOf: "\(name),\(1 + index % 4),,\(index % 97 == 0 ? "Y" : "N")\n".utf8)
        for month in 2...9 {
            var fields = [random(0, 9), random(0, 9), random(0, 5), random(0, 5), random(30, 400)]
            for _ in 0..<(CountColumn.allCases.count - 5) { fields.append(random(0, 12)) }
            activity.append(contentsOf: "\(name),111-0\(month),\(fields.map(String.init).joined(separator: ","))\n".utf8)
        }
    }
    try Data(roster).write(to: folder.appendingPathComponent("offices.csv"))
    try Data(activity).write(to: folder.appendingPathComponent("activity.csv"))
    return roster.count + activity.count
}

let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("pingbi")
let canSpawn = FileManager.default.isExecutableFile(atPath: executable.path)
if canSpawn {
    var launches: [UInt64] = []
    for _ in 0..<10 {
        launches.append(nanoseconds {
            guard spawnAndWait(executable.path, ["run"]) != nil else { fatalError("cannot run \(executable.path)") }
        })
    }
    launches.sort()
    print("pingbi run（整個程序，含啟動）：中位數 \(milliseconds(launches[launches.count / 2]))，最慢 \(milliseconds(launches.last!))（目標 < 100 ms）")
}

let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pingbi-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }
for offices in officeCounts {
    let folder = scratch.appendingPathComponent("\(offices)")
    let inputBytes = try writeKaopingData(offices: offices, to: folder)
    print("\nkaoping-111，\(offices) 家公所 × 8 個月（輸入 \(megabytesText(inputBytes))）：")
    // The whole process first, from a bench whose peak is reset: a spawned child's peak counts
    // its parent's memory at the spawn (posix_spawn shares it until exec), so after the steps
    // below it would count the bench's own 200 MB of results.
    if canSpawn {
        resetPeakMemory()
        var best: (time: UInt64, memory: Int, cpu: UInt64)?
        // The fastest of three, at every size: a machine shared with others slows some runs.
        for _ in 0..<3 {
            var memory: Int?
            let time = nanoseconds { memory = spawnAndWait(executable.path, ["run", "kaoping-111", "--data", folder.path, "--format", "json"]) }
            guard let memory else { fatalError("pingbi run kaoping-111 --data \(folder.path) failed") }
            if best == nil || time < best!.time { best = (time, memory * 1000, lastChildCPU) }
        }
        // The ratio to the input in tenths, rounded half up (四捨五入).
        let tenths = (best!.memory * 20 / inputBytes + 1) / 2
        print("  pingbi run kaoping-111 --format json（整個程序，3 次最快）：\(milliseconds(best!.time))（\(cpuText(best!.cpu))），記憶體高峰 \(megabytesText(best!.memory))"
            + "（輸入的 \(tenths / 10).\(tenths % 10) 倍；目標 100k 家 < 1 s、< 3 倍）")
    }
    let context = EvaluationContext(data: DataSource(path: folder.path))
    var steps: [(String, UInt64, Int)] = []
    var last = DispatchTime.now().uptimeNanoseconds
    resetPeakMemory()
    let result = try Kaoping111().evaluate(context) { stage in
        let now = DispatchTime.now().uptimeNanoseconds
        steps.append((stage, now - last, peakMemory()))
        resetPeakMemory()
        last = DispatchTime.now().uptimeNanoseconds
    }
    let render = nanoseconds { _ = JSONRenderer.bytes([result]).count }
    steps.append(("輸出 JSON", render, peakMemory()))
    for (stage, time, memory) in steps {
        print("  \(stage)：\(milliseconds(time))，記憶體高峰 \(megabytesText(memory))")
    }
}

if canSpawn {
    var times: [(time: UInt64, cpu: UInt64)] = []
    for _ in 0..<3 {
        let time = nanoseconds { spawnAndWait(executable.path, ["sensitivity", "kaoping-111"]) }
        times.append((time, lastChildCPU))
    }
    times.sort { $0.time < $1.time }
    print("\npingbi sensitivity kaoping-111（範例資料，1,536 種解讀組合與權重敏感度，整個程序，3 次中位數）：\(milliseconds(times[1].time))"
        + "（\(cpuText(times[1].cpu))；目標 < 1 s）")
}

import Foundation
import PingbiCore

/// What a command evaluates: the programs, each with its data folder, and the shared
/// readings, period and history — checked against the registry before anything runs.
struct Selection {
    /// A program with the data it reads.
    struct Entry {
        let program: any Program
        let data: DataSource
    }

    var entries: [Entry]
    /// Programs left out because the data folder lacks their input files (when none was named).
    var skipped: [(program: any Program, missing: [String])] = []
    let readings: ReadingChoices
    let period: PeriodRange?
    let history: URL?


    init(_ arguments: Arguments, programs registry: [any Program], requireData: Bool = false) throws(UsageError) {
        var chosen: [any Program] = []
        for id in arguments.positional {
            guard let program = registry.first(where: { $0.id == id }) else {
                throw UsageError("沒有程式「\(id)」。已註冊：" + registry.map(\.id).joined(separator: "、"))
            }
            chosen.append(program)
        }
        let named = !chosen.isEmpty
        if !named { chosen = registry }
        if requireData && arguments.value("data") == nil {
            throw UsageError("請以 --data DIR 指定要檢查的資料夾")
        }
        readings = try Self.readings(arguments.values["reading"] ?? [], programs: chosen)
        if let text = arguments.value("period") {
            guard let period = PeriodRange(text) else {
                let ends = text.components(separatedBy: "..").compactMap(YearMonth.init)
                if ends.count == 2, ends[0] > ends[1] {
                    throw UsageError("期間「\(text)」的起月在迄月之後：請寫成 \(ends[1])..\(ends[0])")
                }
                throw UsageError("無法解讀期間「\(text)」：應為 111-02..111-05 的形式（民國年-月）")
            }
            for program in chosen {
                if let bounds = program.programPeriod, !bounds.contains(period) {
                    throw UsageError("期間 \(period) 超出 \(program.id) 的計畫期間 \(bounds)：請指定其中的期間，例如 \(bounds.first)..\(bounds.first.year)-05")
                }
            }
            self.period = period
        } else {
            period = nil
        }
        history = arguments.value("history").map { URL(fileURLWithPath: $0) }
        guard let path = arguments.value("data") else {
            entries = chosen.map { Entry(program: $0, data: DataSource(sampleOf: $0)) }
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            if FileManager.default.fileExists(atPath: path) {
                throw UsageError("--data 應為資料夾，\(path) 是檔案（請指定它所在的資料夾）")
            }
            throw UsageError("找不到資料夾 \(path)")
        }
        let data = DataSource(path: path)
        entries = []
        for program in chosen {
            let missing = program.inputs.map(\.fileName).filter { !data.exists($0) }
            if named || missing.isEmpty {
                entries.append(Entry(program: program, data: data))
            } else {
                skipped.append((program, missing))
            }
        }
    }

    /// The context for one entry.
    func context(_ entry: Entry) -> EvaluationContext {
        EvaluationContext(data: entry.data, readings: readings, period: period, history: history)
    }

    /// `NAME=VALUE` pairs checked against the readings of `programs`.
    static func readings(_ pairs: [String], programs: [any Program]) throws(UsageError) -> ReadingChoices {
        var chosen: [String: String] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw UsageError("解讀應寫成 NAME=VALUE，例如 line-cap=3（收到「\(pair)」）") }
            let matching = programs.flatMap(\.readings).filter { $0.name == parts[0] }
            guard let reading = matching.first else {
                let known = Set(programs.flatMap(\.readings).map(\.name)).sorted()
                throw UsageError("所選程式沒有解讀「\(parts[0])」。可用：" + known.joined(separator: "、"))
            }
            guard matching.allSatisfy({ $0.values.contains(parts[1]) }) else {
                throw UsageError("解讀 \(reading.name) 沒有「\(parts[1])」這個值。可用：" + reading.values.joined(separator: "、"))
            }
            chosen[parts[0]] = parts[1]
        }
        return ReadingChoices(chosen)
    }
}

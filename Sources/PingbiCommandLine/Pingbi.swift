import Foundation
import PingbiCore
import PingbiReports

/// The `pingbi` command line over a set of registered programs. `main` never exits the
/// process: it returns the exit status, so tests can run it in-process.
public struct Pingbi: Sendable {
    /// The version `--version` prints.
    public static let version = "0.1.0"

    let programs: [any Program]
    let console: Console

    /// A command line over `programs`, writing to `console`.
    public init(programs: [any Program], console: Console = .standard) {
        self.programs = programs
        self.console = console
    }

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    public func main(_ arguments: [String]) -> ExitStatus {
        var words = arguments
        let name = words.isEmpty ? "run" : words.removeFirst()
        switch name {
        case "--version", "version":
            console.out("pingbi \(Self.version)\n")
            return .success
        case "--help", "-h", "help":
            console.out(overview)
            return .success
        default:
            break
        }
        var command = CommandSpec.all.first { $0.name == name }
        if command == nil, name.hasPrefix("--") || programs.contains(where: { $0.id == name }) {
            // `pingbi --data DIR` and `pingbi kaoping-111` mean `pingbi run …`.
            command = .run
            words.insert(name, at: 0)
        }
        guard let command else {
            console.err("pingbi：沒有指令「\(name)」。\n\n" + overview)
            return .usage
        }
        if words.contains("--help") || words.contains("-h") {
            console.out(command.help)
            return .success
        }
        do {
            let parsed = try Arguments(words, command: command)
            switch command.name {
            case "run": return try run(parsed)
            case "list": return list()
            case "readings": return try readings(parsed)
            case "explain": return try explain(parsed)
            case "announce": return try announce(parsed)
            case "validate": return try validate(parsed)
            default: return try template(parsed)
            }
        } catch let error as UsageError {
            console.err("pingbi：\(error)\n")
            return .usage
        } catch let error as DataError {
            console.err("資料錯誤：\(error)\n未寫出任何檔案。\n")
            return .dataError
        } catch let error as WriteError {
            console.err("pingbi：\(error)\n")
            return .cannotWrite
        } catch {
            console.err("pingbi：\(error)\n")
            return .dataError
        }
    }

    var overview: String {
        var text = "pingbi \(Self.version) — 評比：政府績效評比計算工具（精確小數、可說明每個數字）\n\n用法：pingbi <指令> [選項]\n\n指令：\n"
        for command in CommandSpec.all {
            text += "  " + command.name.padding(toLength: 10, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\n不加指令等於 pingbi run：以內附範例資料一次計算所有程式。\n各指令說明：pingbi <指令> --help；版本：pingbi --version\n"
        text += "結束碼：0 完成、64 用法錯誤、65 資料錯誤。\n"
        return text
    }

    /// Evaluates every entry of `selection`, all before anything is written.
    func evaluate(_ selection: Selection) throws -> [ProgramResult] {
        for (program, missing) in selection.skipped {
            console.err("略過 \(program.id)：資料夾中沒有 " + missing.joined(separator: "、") + "\n")
        }
        guard !selection.entries.isEmpty else {
            throw UsageError("資料夾中沒有任何程式所需的輸入檔。請用 pingbi list 查看各程式的輸入檔，或 pingbi template 產生空白檔。")
        }
        return try selection.entries.map { try $0.program.evaluate(selection.context($0)) }
    }

    func run(_ arguments: Arguments) throws -> ExitStatus {
        let selection = try Selection(arguments, programs: programs)
        let formatName = arguments.value("format") ?? "table"
        guard let format = OutputFormat(rawValue: formatName) else {
            throw UsageError("沒有輸出格式「\(formatName)」。可用：" + OutputFormat.allCases.map(\.rawValue).joined(separator: "、"))
        }
        if format.needsOut && arguments.value("out") == nil {
            throw UsageError("Excel 活頁簿（xlsx）無法顯示在終端機上，請以 --out DIR 指定寫入資料夾（寫出 DIR/\(XLSXRenderer.fileName)）")
        }
        let options = TableRenderer.Options(all: arguments.flags.contains("all"))
        let results = try evaluate(selection)
        if let out = arguments.value("out") {
            let files = format.files(results, options: options)
            try AtomicWriter.write(files, to: out)
            console.out(files.map { "已寫出 \(out)/\($0.name)\n" }.joined())
        } else {
            console.out(format.render(results, options: options))
        }
        return .success
    }

    func list() -> ExitStatus {
        var text = ""
        for program in programs {
            text += "\(program.id)\t\(program.title)\n"
            text += "  輸入檔：" + program.inputs.map(\.fileName).joined(separator: "、") + "\n"
            text += "  指標：" + program.indicators.map(\.name).joined(separator: "、") + "\n"
            text += "  獎項／結果：" + program.policies.map(\.name).joined(separator: "、") + "\n"
            text += "  解讀：" + program.readings.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: "  ") + "\n"
        }
        console.out(text)
        return .success
    }

    func readings(_ arguments: Arguments) throws -> ExitStatus {
        let selection = try Selection(arguments, programs: programs)
        var text = ""
        for entry in selection.entries {
            text += "\(entry.program.id)\n"
            for reading in entry.program.readings {
                text += "  \(reading.name)：\(reading.summary)\n    預設 \(reading.defaultValue)"
                text += reading.alternatives.isEmpty ? "\n" : "；其他：" + reading.alternatives.joined(separator: "、") + "\n"
            }
        }
        console.out(text)
        return .success
    }

    func explain(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1 else { throw UsageError("請指定一個程式，例如 pingbi explain kaoping-111 --unit 屏東縣潮州鎮") }
        guard let name = arguments.value("unit") else { throw UsageError("請以 --unit NAME 指定單位") }
        let selection = try Selection(arguments, programs: programs)
        guard let result = try evaluate(selection).first else { return .dataError }
        guard let unit = result.unit(named: name) else {
            let wanted = UnitName.normalize(name)
            if result.outcomes.contains(where: { $0.unit == wanted }) {
                console.out(ExplainRenderer.renderOutcomes(of: wanted, in: result))
                return .success
            }
            let near = result.units.map(\.unit).filter { $0.contains(wanted) || wanted.contains($0) }
            throw UsageError("\(result.program) 沒有單位「\(name)」。" + (near.isEmpty ? "請用 pingbi run \(result.program) --all 查看所有單位。" : "是否指：" + near.joined(separator: "、") + "？"))
        }
        console.out(ExplainRenderer.render(unit, in: result))
        return .success
    }

    func announce(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1 else {
            throw UsageError("請指定一個程式，例如 pingbi announce pension-county-112。已註冊：" + programs.map(\.id).joined(separator: "、"))
        }
        let selection = try Selection(arguments, programs: programs)
        guard let result = try evaluate(selection).first else { return .dataError }
        console.out(AnnouncementRenderer.render(result))
        return .success
    }

    func validate(_ arguments: Arguments) throws -> ExitStatus {
        let selection = try Selection(arguments, programs: programs, requireData: true)
        let results = try evaluate(selection)
        for result in results {
            console.out("✓ \(result.program)：資料檢查通過（" + result.sources.joined(separator: "、") + "）\n")
            console.out(result.warnings.map { "  ⚠ " + $0 + "\n" }.joined())
        }
        return .success
    }

    func template(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1, let program = programs.first(where: { $0.id == arguments.positional[0] }) else {
            throw UsageError("請指定一個程式：" + programs.map(\.id).joined(separator: "、"))
        }
        guard let out = arguments.value("out") else { throw UsageError("請以 --out DIR 指定寫入資料夾") }
        let files = program.inputs.map { ($0.fileName, CSVRenderer.document([$0.columns.map(\.name)])) }
        try AtomicWriter.write(files, to: out)
        for spec in program.inputs {
            console.out("已寫出 \(out)/\(spec.fileName)（\(spec.title)）\n")
            for column in spec.columns {
                console.out("  \(column.name)\(column.required ? "" : "（選填）")：\(column.note)\n")
            }
        }
        return .success
    }
}

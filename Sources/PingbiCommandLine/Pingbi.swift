import Foundation
import PingbiCore
import PingbiReports

/// The `pingbi` command line over a set of registered programs. `main` never exits the
/// process: it returns the exit status, so tests can run it in-process.
public struct Pingbi: Sendable {
    /// The version `--version` prints.
    public static let version = Provenance.currentVersion

    let programs: [any Program]
    let console: Console

    /// A command line over `programs`, writing to `console`.
    public init(programs: [any Program], console: Console = .standard) {
        self.programs = programs
        self.console = console
    }

    /// Runs the command line `arguments` (without the program name) and returns the exit status.
    /// An output that cannot be written ends the run with 73 or 74 and a message on standard
    /// error, never with a trap.
    public func main(_ arguments: [String]) -> ExitStatus {
        do {
            return try dispatch(arguments)
        } catch let error as UsageError {
            report("pingbi：\(error)\n")
            return .usage
        } catch let error as DataError {
            report("資料錯誤：\(error)\n未寫出任何檔案。\n")
            return .dataError
        } catch let problems as DataProblems {
            report(Self.listing(problems))
            return .dataError
        } catch let error as WriteError {
            report("pingbi：\(error)\n")
            return error.status
        } catch {
            report("pingbi：\(error)\n")
            return .dataError
        }
    }

    /// The most problems listed; the rest are counted.
    static let problemLimit = 50

    /// The message for `problems`: one alone as a single data error; several as a list, one
    /// per line in file and line order, at most ``problemLimit`` of them.
    static func listing(_ problems: DataProblems) -> String {
        let errors = problems.errors
        guard problems.count > 1 else { return "資料錯誤：\(errors[0])\n未寫出任何檔案。\n" }
        var text = "資料錯誤：共 \(problems.count) 項\n"
        let listed = errors.prefix(problemLimit)
        text += listed.map { "\($0)\n" }.joined()
        if problems.count > listed.count { text += "另有 \(problems.count - listed.count) 項錯誤未列出\n" }
        return text + "未寫出任何檔案。\n"
    }

    /// Writes a message to standard error; if even that fails there is nowhere left to say so.
    private func report(_ message: String) {
        try? console.err(message)
    }

    private func dispatch(_ arguments: [String]) throws -> ExitStatus {
        var words = arguments
        let name = words.isEmpty ? "run" : words.removeFirst()
        switch name {
        case "--version", "version":
            try console.out("pingbi \(Self.version)\n")
            return .success
        case "--help", "-h", "help":
            try console.out(overview)
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
            throw UsageError("沒有指令「\(VisibleText.echo(name))」。\n\n" + overview)
        }
        if words.contains("--help") || words.contains("-h") {
            try console.out(command.help)
            return .success
        }
        let parsed = try Arguments(words, command: command)
        switch command.name {
        case "run": return try run(parsed)
        case "list": return try list()
        case "readings": return try readings(parsed)
        case "explain": return try explain(parsed)
        case "announce": return try announce(parsed)
        case "sensitivity": return try sensitivity(parsed)
        case "diff": return try diff(parsed)
        case "gap": return try gap(parsed)
        case "rules": return try rules(parsed)
        case "validate": return try validate(parsed)
        case "verify": return try verify(parsed)
        default: return try template(parsed)
        }
    }

    var overview: String {
        var text = "pingbi \(Self.version) — 評比：政府績效評比計算工具（精確小數、可說明每個數字）\n\n用法：pingbi <指令> [選項]\n\n指令：\n"
        // Each name whole, its summary two spaces after the longest.
        let width = CommandSpec.all.map(\.name.count).max()! + 2
        for command in CommandSpec.all {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count) + command.summary + "\n"
        }
        text += "\n不加指令等於 pingbi run：以內附範例資料一次計算所有程式。\n各指令說明：pingbi <指令> --help；版本：pingbi --version\n"
        text += "結束碼：0 完成、1 核對不符（verify）、64 用法錯誤、65 資料錯誤（未寫出任何檔案）、73 無法建立輸出檔（例如會覆寫既有的輸入檔；未寫出任何檔案）、74 寫出時失敗（例如磁碟已滿；未取代任何結果檔）。\n"
        return text
    }

    /// Evaluates every entry of `selection`, all before anything is written. Every input file
    /// is checked first, and all its problems are thrown together (``DataProblems``); a program
    /// then throws only what the core cannot check.
    func evaluate(_ selection: Selection) throws -> [ProgramResult] {
        for (program, missing) in selection.skipped {
            try console.err("略過 \(program.id)：資料夾中沒有 " + missing.joined(separator: "、") + "\n")
        }
        guard !selection.entries.isEmpty else {
            throw UsageError("資料夾中沒有任何程式所需的輸入檔。請用 pingbi list 查看各程式的輸入檔，或 pingbi template 產生空白檔。")
        }
        try checkInputs(selection)
        let results = try selection.entries.map { try $0.program.evaluateRecordingInputs(selection.context($0)) }
        KeptUntilExit.keep(results)
        return results
    }

    /// Checks every input file of every entry of `selection` (of the programs `only` names,
    /// when given) (``InputValidation``) and throws all the problems found together; each
    /// file named in `folder`, when given (`六月資料/activity.csv`: two folders compared have
    /// files of the same names).
    func checkInputs(_ selection: Selection, only programs: Set<String>? = nil, folder: String? = nil) throws(DataProblems) {
        let entries = selection.entries.filter { programs?.contains($0.program.id) ?? true }
        guard let problems = InputValidation.check(entries.flatMap { $0.program.inputFiles(selection.context($0)) }) else { return }
        guard let folder else { throw problems }
        let named = DataSource(directory: URL(fileURLWithPath: folder), label: folder)
        throw DataProblems(
            problems.errors.map {
                DataError(
                    file: named.displayName($0.file), line: $0.line, column: $0.column, value: $0.value, expected: $0.expected,
                    sheet: $0.sheet, cell: $0.cell)
            }, count: problems.count)
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
        var report = try reportOptions(arguments, format: format)
        let results = try evaluate(selection)
        if arguments.flags.contains("sensitivity") {
            for entry in selection.entries {
                report.sensitivity[entry.program.id] = try ReadingSensitivity.analyse(
                    entry.program, context: selection.context(entry), fixed: Set(selection.readings.chosen.keys))
            }
        }
        if arguments.flags.contains("gap") {
            for entry in selection.entries {
                report.gaps[entry.program.id] = try AwardGap.analyseAll(entry.program, context: selection.context(entry))
            }
        }
        if let previous = arguments.value("previous") {
            report.previous = try previousComparisons(previous, results: results)
        }
        if let out = try outputFolder(arguments) {
            let files = format.files(results, options: options, report: report)
            try AtomicWriter.write(files, to: out)
            try console.out(files.map { "已寫出 \(out)/\($0.name)\n" }.joined())
        } else {
            try format.write(results, options: options, report: report, to: console.outBytes)
        }
        return .success
    }

    /// The HTML report's options: `--date` (a real day, default today), `--internal`,
    /// `--per-unit`, `--sensitivity`, `--previous`, `--gap`; each only with `--format html`.
    func reportOptions(_ arguments: Arguments, format: OutputFormat) throws(UsageError) -> ReportOptions {
        let given = ["date", "internal", "per-unit", "sensitivity", "previous", "gap"].filter { arguments.value($0) != nil || arguments.flags.contains($0) }
        if format != .html, let first = given.first {
            throw UsageError("--\(first) 只用於 --format html")
        }
        var report = ReportOptions(internalWarnings: arguments.flags.contains("internal"), perUnit: arguments.flags.contains("per-unit"))
        if report.perUnit && arguments.value("previous") != nil {
            throw UsageError("--previous 在報告中加入「與前次結果比較」一節，不與 --per-unit 併用")
        }
        if let text = arguments.value("date") {
            guard let date = ReportDate(text) else {
                throw UsageError("--date 需要日期 YYYY-MM-DD（西元），例如 --date 2022-10-14；「\(VisibleText.echo(text))」不是")
            }
            report.date = date
        }
        return report
    }

    /// The `--out` folder, nil when not given; an empty one is a usage error (it would write
    /// into the current folder).
    func outputFolder(_ arguments: Arguments) throws(UsageError) -> String? {
        guard let out = arguments.value("out") else { return nil }
        guard !out.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError("--out 需要一個資料夾名稱，不可空白（要寫入目前的資料夾請寫 --out .）")
        }
        return out
    }

    func list() throws -> ExitStatus {
        var text = ""
        for program in programs {
            text += "\(program.id)\t\(program.title)\n"
            text += "  輸入檔：" + program.inputs.map(\.fileName).joined(separator: "、") + "\n"
            text += "  指標：" + program.indicators.map(\.name).joined(separator: "、") + "\n"
            text += "  獎項／結果：" + program.policies.map(\.name).joined(separator: "、") + "\n"
            text += "  解讀：" + program.readings.map { "\($0.name)=\($0.defaultValue)" }.joined(separator: "  ") + "\n"
        }
        try console.out(text)
        return .success
    }

    func readings(_ arguments: Arguments) throws -> ExitStatus {
        let selection = try Selection(arguments, programs: programs)
        var text = ""
        for entry in selection.entries {
            text += "\(entry.program.id)\n"
            for reading in entry.program.readings {
                // The summary names no value by its id: each value shows the id `--reading` takes and its label.
                text += "  \(reading.name)：\(reading.summary)\n    " + reading.valuesListed(othersAfter: "；其他：") + "\n"
            }
        }
        try console.out(text)
        return .success
    }

    func explain(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1 else { throw UsageError("請指定一個程式，例如 pingbi explain kaoping-111 --unit 屏東縣潮州鎮") }
        guard let name = arguments.value("unit") else { throw UsageError("請以 --unit NAME 指定單位") }
        let selection = try Selection(arguments, programs: programs)
        guard let result = try evaluate(selection).first else { return .dataError }
        guard let unit = result.unit(named: name) else {
            // A person's name as written first (王台生 is not 王臺生), then a unit's normalised.
            let written = name.trimmingCharacters(in: .whitespaces)
            let wanted = result.outcomes.contains { $0.unit == written } ? written : UnitName.normalize(name)
            if result.outcomes.contains(where: { $0.unit == wanted }) {
                try console.out(ExplainRenderer.renderOutcomes(of: wanted, in: result))
                return .success
            }
            throw Self.noUnit(name, in: result)
        }
        try console.out(ExplainRenderer.render(unit, in: result))
        return .success
    }

    /// `--unit NAME` names no unit of `result`: a usage error with the names that come close.
    static func noUnit(_ name: String, in result: ProgramResult) -> UsageError {
        let near = UnitSuggestions.near(UnitName.normalize(name), among: result.units.map(\.unit))
        return UsageError(
            "\(result.program) 沒有單位「\(name)」。"
                + (near.isEmpty ? "請用 pingbi run \(result.program) --all 查看所有單位。" : "是否指：" + near.joined(separator: "、") + "？"))
    }

    func rules(_ arguments: Arguments) throws -> ExitStatus {
        let known = programs.map(\.id).joined(separator: "、")
        guard arguments.positional.count == 1, let program = programs.first(where: { $0.id == arguments.positional[0] }) else {
            throw UsageError("請指定一個程式，例如 pingbi rules kaoping-111。已註冊：" + known)
        }
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "csv" else { throw UsageError("rules 的格式只有 text 與 csv（收到「\(VisibleText.echo(format))」）") }
        guard let baseID = arguments.value("compare") else {
            guard format == "text" else { throw UsageError("--format csv 用於修正對照表，請同時以 --compare BASE 指定前一版") }
            try console.out(RulesRenderer.render(RulesDocument(program)))
            return .success
        }
        guard let base = programs.first(where: { $0.id == baseID }) else {
            throw UsageError("沒有程式「\(VisibleText.echo(baseID))」可以對照。已註冊：" + known)
        }
        let amendment = RulesAmendment(edition: RulesDocument(program), base: RulesDocument(base))
        try console.out(format == "csv" ? RulesRenderer.csv(amendment) : RulesRenderer.render(amendment))
        return .success
    }

    func gap(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1 else { throw UsageError("請指定一個程式，例如 pingbi gap kaoping-111 --unit 屏東縣潮州鎮") }
        guard let name = arguments.value("unit") else { throw UsageError("請以 --unit NAME 指定單位") }
        let selection = try Selection(arguments, programs: programs)
        guard let entry = selection.entries.first else { return .dataError }
        try checkInputs(selection)
        guard let gap = try AwardGap.analyse(entry.program, context: selection.context(entry), unit: name) else {
            throw Self.noUnit(name, in: try entry.program.evaluate(selection.context(entry)))
        }
        try console.out(GapRenderer.render(gap))
        return .success
    }

    func announce(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1 else {
            throw UsageError("請指定一個程式，例如 pingbi announce pension-county-112。已註冊：" + programs.map(\.id).joined(separator: "、"))
        }
        let selection = try Selection(arguments, programs: programs)
        guard let result = try evaluate(selection).first else { return .dataError }
        try console.out(AnnouncementRenderer.render(result))
        return .success
    }

    func sensitivity(_ arguments: Arguments) throws -> ExitStatus {
        let selection = try Selection(arguments, programs: programs)
        let fixed = Set(selection.readings.chosen.keys)
        try checkInputs(selection)
        let texts = try selection.entries.map { entry in
            let context = selection.context(entry)
            var text = SensitivityRenderer.render(try ReadingSensitivity.analyse(entry.program, context: context, fixed: fixed))
            if let weighted = entry.program as? any WeightedProgram, !weighted.weightedItems.isEmpty {
                text += SensitivityRenderer.render(try WeightSensitivity.analyse(weighted, context: context))
            }
            return text
        }
        try console.out(texts.joined(separator: "\n"))
        return .success
    }

    func diff(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count >= 2 else {
            throw UsageError("請指定兩個資料夾或兩個結果檔，例如 pingbi diff 六月資料 十月資料 kaoping-111")
        }
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else { throw UsageError("diff 的格式只有 text 與 json（收到「\(VisibleText.echo(format))」）") }
        if format == "json" && arguments.flags.contains("announce") { throw UsageError("--announce 是公告文字，不與 --format json 併用") }
        let diffs = try DiffOperand.resultFiles(arguments.positional[0], arguments.positional[1])
            ? try resultFileDiffs(arguments) : try folderDiffs(arguments)
        let render = arguments.flags.contains("announce") ? DiffRenderer.announcement : DiffRenderer.render
        try console.out(format == "json" ? DiffJSONRenderer.render(diffs) : diffs.map(render).joined(separator: "\n"))
        return .success
    }

    /// `pingbi diff OLD NEW` of two data folders: each common program evaluated on both and
    /// compared, traced to the input cells that changed.
    func folderDiffs(_ arguments: Arguments) throws -> [ResultDiff] {
        let folders = Array(arguments.positional.prefix(2))
        var old = arguments, new = arguments
        old.positional = Array(arguments.positional.dropFirst(2))
        new.positional = old.positional
        old.values["data"] = [folders[0]]
        new.values["data"] = [folders[1]]
        let oldSelection = try Selection(old, programs: programs)
        let newSelection = try Selection(new, programs: programs)
        let oldIDs = oldSelection.entries.map(\.program.id), newIDs = newSelection.entries.map(\.program.id)
        let common = newSelection.entries.filter { oldIDs.contains($0.program.id) }
        guard !common.isEmpty else {
            throw UsageError(
                "兩個資料夾沒有共同的評比程式：\(folders[0]) 可計算 " + (oldIDs.isEmpty ? "無" : oldIDs.joined(separator: "、"))
                    + "；\(folders[1]) 可計算 " + (newIDs.isEmpty ? "無" : newIDs.joined(separator: "、")))
        }
        // Both folders' inputs checked whole first: every problem of both listed, as run lists them.
        let compared = Set(common.map(\.program.id))
        var problems: [DataProblems] = []
        for (selection, folder) in [(oldSelection, folders[0]), (newSelection, folders[1])] {
            do throws(DataProblems) { try checkInputs(selection, only: compared, folder: folder) } catch { problems.append(error) }
        }
        if !problems.isEmpty {
            throw DataProblems(problems.flatMap(\.errors), count: problems.reduce(0) { $0 + $1.count })
        }
        var diffs: [ResultDiff] = []
        for entry in common {
            let before = oldSelection.entries.first { $0.program.id == entry.program.id }!
            let oldResult = try before.program.evaluate(oldSelection.context(before))
            let newResult = try entry.program.evaluate(newSelection.context(entry))
            if let a = oldResult.period, let b = newResult.period, a.first != b.first {
                throw UsageError("\(entry.program.id) 兩個資料夾的期間不同：\(a) 與 \(b)，不是同一期的資料，無法比較")
            }
            var cells: [CellChange] = []
            for spec in entry.program.inputs where before.data.exists(spec.fileName) && entry.data.exists(spec.fileName) {
                cells += InputDiff.changes(spec, old: try before.data.table(spec), new: try entry.data.table(spec))
            }
            diffs.append(ResultDiff(old: oldResult, new: newResult, inputs: cells, inputsKnown: true))
        }
        return diffs
    }

    func validate(_ arguments: Arguments) throws -> ExitStatus {
        let selection = try Selection(arguments, programs: programs, requireData: true)
        let results = try evaluate(selection)
        for result in results {
            try console.out("✓ \(result.program)：資料檢查通過（" + result.sources.map { VisibleText.of($0) }.joined(separator: "、") + "）\n")
            try console.out(result.warnings.map { "  ⚠ " + VisibleText.of($0) + "\n" }.joined())
        }
        return .success
    }

    func template(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1, let program = programs.first(where: { $0.id == arguments.positional[0] }) else {
            throw UsageError("請指定一個程式：" + programs.map(\.id).joined(separator: "、"))
        }
        guard let out = try outputFolder(arguments) else { throw UsageError("請以 --out DIR 指定寫入資料夾") }
        let format = arguments.value("format") ?? "csv"
        guard format == "csv" || format == "xlsx" else {
            throw UsageError("template 的格式只有 csv 與 xlsx（收到「\(VisibleText.echo(format))」）")
        }
        let rows = TemplateRows.rows(of: program)
        let files = format == "xlsx"
            ? [(name: TemplateRenderer.workbookName(program), contents: TemplateRenderer.workbook(program, rows: rows))]
            : TemplateRenderer.csvFiles(program, rows: rows)
        // A template never replaces a file: it may be an input already filled in.
        try AtomicWriter.write(files, to: out, replacing: false)
        var text = format == "xlsx" ? "已寫出 \(out)/\(files[0].name)（每個輸入檔一個工作表，另有「欄位說明」工作表）\n" : ""
        for spec in program.inputs {
            let filled = rows[spec.fileName]?.count ?? 0
            if format == "csv" { text += "已寫出 \(out)/\(spec.fileName)（\(spec.title)）" + (filled > 0 ? "，已列出 \(filled) 列待填" : "") + "\n" }
            for column in spec.columns {
                text += "  \(column.name)\(column.required ? "" : "（選填）")：\(column.note)\n"
            }
        }
        try console.out(text)
        return .success
    }
}

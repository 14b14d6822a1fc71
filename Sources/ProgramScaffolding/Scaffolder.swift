import Foundation

/// Makes a new program module in a package — an edition of an earlier module (`--from`) or a
/// brand-new program — : checks the request against the package, builds every file in a staging
/// folder, then moves the module and its tests into place and rewrites Package.swift. Any failure undoes what was done, so the package is either untouched or has
/// the whole module.
public struct Scaffolder {
    /// The package's root folder (where Package.swift is).
    public let package: URL
    /// Where files are built before they are moved in; on the same volume as `package` the moves
    /// are renames.
    public let staging: URL

    /// A scaffolder for the package at `package`, staging under `staging`.
    public init(package: URL, staging: URL) {
        self.package = package
        self.staging = staging
    }

    /// Everything the scaffolder will write, decided before anything is written.
    public struct Plan: Equatable {
        /// The request.
        public let request: ScaffoldRequest
        /// Package.swift as it was read.
        public let originalManifest: String
        /// Package.swift with the new module added.
        public let manifest: String
        /// The files of `Programs/<name>/`, by path inside it (an edition's `Programs.swift`; a
        /// brand-new program's sources and sample).
        public let moduleFiles: [String: String]
        /// The files of `Tests/<name>Tests/`, by path inside it.
        public let testFiles: [String: String]
        /// The module whose `Sample/` is copied into the new module (an edition's source).
        public let sampleFrom: String?
    }

    /// Checks `request` against the package and decides every file's text; writes nothing.
    public func plan(_ request: ScaffoldRequest) throws(ScaffoldError) -> Plan {
        let manifestURL = package.appendingPathComponent("Package.swift")
        guard let manifest = try? String(contentsOf: manifestURL, encoding: .utf8) else {
            throw ScaffoldError("讀不到 \(manifestURL.path)。")
        }
        let lists = try ManifestLists(manifest: manifest)
        try Names.checkModule(request.name)
        guard let from = request.from else { return try planNewProgram(request, manifest: manifest, lists: lists) }
        guard lists.programs.contains(from) else {
            throw ScaffoldError(
                "不認得來源模組「\(from)」：它不在 Package.swift 的 programs 清單中（現有：" + lists.programs.joined(separator: "、") + "）。")
        }
        let sourceFolder = package.appendingPathComponent("Programs/\(from)")
        let sourcePrograms = sourceFolder.appendingPathComponent("Programs.swift")
        guard let programsText = try? String(contentsOf: sourcePrograms, encoding: .utf8) else {
            throw ScaffoldError("來源模組「\(from)」缺少 Programs/\(from)/Programs.swift。")
        }
        guard isFolder(sourceFolder.appendingPathComponent("Sample")) else {
            throw ScaffoldError("來源模組「\(from)」缺少範例資料夾 Programs/\(from)/Sample/。")
        }
        try checkNameIsFree(request.name, lists: lists, manifest: manifest)
        let source = try SourcePrograms(programsFile: programsText, module: from)
        guard source.elements.count == request.ids.count else {
            throw ScaffoldError(
                "\(from) 登錄了 \(source.elements.count) 個程式（" + source.elements.joined(separator: "、")
                    + "），但給了 \(request.ids.count) 個 --id：請依此順序每個程式給一個 --id。")
        }
        try checkIDs(request.ids)
        return Plan(
            request: request, originalManifest: manifest,
            manifest: try ManifestLists.adding(request.name, dependsOn: [from], to: manifest),
            moduleFiles: [
                "Programs.swift": ModuleTemplate.programsFile(
                    name: request.name, from: from, ids: request.ids,
                    bases: request.ids.indices.map { source.base($0, module: from) }, title: request.title)
            ],
            testFiles: ["EditionTests.swift": ModuleTemplate.testFile(name: request.name, from: from, ids: request.ids)],
            sampleFrom: from)
    }

    /// The plan of a brand-new program (no `--from`): one id, a title, the core only.
    func planNewProgram(_ request: ScaffoldRequest, manifest: String, lists: ManifestLists) throws(ScaffoldError) -> Plan {
        try checkNameIsFree(request.name, lists: lists, manifest: manifest)
        guard request.ids.count == 1, let id = request.ids.first else {
            throw ScaffoldError("沒有 --from 時建立一個全新的程式：請只給一個 --id（給了 \(request.ids.count) 個）。")
        }
        let title = (request.title ?? "").trimmingWhitespace()
        guard !title.isEmpty else {
            throw ScaffoldError("沒有 --from 時須給 --title（評比的名稱，例如 \"113年度某業務組轄區公所服務績效評比\"）。")
        }
        try checkIDs(request.ids)
        let typeName = NewProgramTemplate.typeName(request.name)
        if let place = try place(of: typeName, quoted: false) {
            throw ScaffoldError("型別名稱「\(typeName)」已被使用（\(place)）。請換一個模組名稱。")
        }
        return Plan(
            request: request, originalManifest: manifest,
            manifest: try ManifestLists.adding(request.name, dependsOn: [], to: manifest),
            moduleFiles: NewProgramTemplate.moduleFiles(name: request.name, id: id, title: title),
            testFiles: NewProgramTemplate.testFiles(name: request.name, id: id), sampleFrom: nil)
    }

    /// Refuses a malformed, repeated or already used program id.
    func checkIDs(_ ids: [String]) throws(ScaffoldError) {
        for id in ids { try Names.checkProgramID(id) }
        if let repeated = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw ScaffoldError("--id「\(repeated)」重複：每個程式須有不同的代號。")
        }
        for id in ids {
            if let place = try place(of: id) {
                throw ScaffoldError("程式代號「\(id)」已被使用（\(place)）。請換一個代號。")
            }
        }
    }

    /// Writes `plan` into the package, all or nothing. `interruptAfter` stops with an error after
    /// that many steps of the commit (1: module moved in, 2: tests moved in), to test the undo.
    public func apply(_ plan: Plan, interruptAfter: Int? = nil) throws(ScaffoldError) {
        let request = plan.request
        let fileManager = FileManager.default
        let work = staging.appendingPathComponent("new-program-" + UUID().uuidString)
        defer { try? fileManager.removeItem(at: work) }
        let stagedModule = work.appendingPathComponent(request.name)
        let stagedTests = work.appendingPathComponent(request.name + "Tests")
        let module = package.appendingPathComponent("Programs/\(request.name)")
        let tests = package.appendingPathComponent("Tests/\(request.name)Tests")
        let manifestURL = package.appendingPathComponent("Package.swift")
        do {
            try fileManager.createDirectory(at: stagedModule, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: stagedTests, withIntermediateDirectories: true)
            if let from = plan.sampleFrom {
                try fileManager.copyItem(
                    at: package.appendingPathComponent("Programs/\(from)/Sample"), to: stagedModule.appendingPathComponent("Sample"))
            }
            for (folder, files) in [(stagedModule, plan.moduleFiles), (stagedTests, plan.testFiles)] {
                for (path, text) in files {
                    let file = folder.appendingPathComponent(path)
                    try fileManager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(text.utf8).write(to: file)
                }
            }
        } catch {
            throw ScaffoldError("無法在暫存資料夾 \(work.path) 建立檔案：\(error.localizedDescription)。未做任何變更。")
        }
        var moved: [URL] = []
        var wroteManifest = false
        func interrupt(_ step: Int) throws {
            if interruptAfter == step { throw ScaffoldError("（測試用）於第 \(step) 步中斷") }
        }
        do {
            guard (try? String(contentsOf: manifestURL, encoding: .utf8)) == plan.originalManifest else {
                throw ScaffoldError("Package.swift 在檢查之後被修改過；請重新執行。")
            }
            for target in [module, tests] where fileManager.fileExists(atPath: target.path) {
                throw ScaffoldError("\(target.path) 已存在。")
            }
            try fileManager.moveItem(at: stagedModule, to: module)
            moved.append(module)
            try interrupt(1)
            try fileManager.createDirectory(at: tests.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fileManager.moveItem(at: stagedTests, to: tests)
            moved.append(tests)
            try interrupt(2)
            try Data(plan.manifest.utf8).write(to: manifestURL, options: .atomic)
            wroteManifest = true
            try interrupt(3)
        } catch {
            var undoFailures: [String] = []
            if wroteManifest {
                do { try Data(plan.originalManifest.utf8).write(to: manifestURL, options: .atomic) } catch {
                    undoFailures.append("Package.swift")
                }
            }
            for folder in moved.reversed() {
                do { try fileManager.removeItem(at: folder) } catch { undoFailures.append(folder.path) }
            }
            let reason = (error as? ScaffoldError)?.message ?? error.localizedDescription
            if undoFailures.isEmpty {
                throw ScaffoldError("建立 \(request.name) 失敗：\(reason)。已還原，套件未變更。")
            }
            throw ScaffoldError("建立 \(request.name) 失敗：\(reason)。還原時無法處理：" + undoFailures.joined(separator: "、") + "，請手動刪除或還原。")
        }
    }

    /// Plans and applies `request`.
    public func run(_ request: ScaffoldRequest) throws(ScaffoldError) -> Plan {
        let plan = try plan(request)
        try apply(plan)
        return plan
    }

    /// Refuses a name that is already a module, a target, a folder or a test folder.
    func checkNameIsFree(_ name: String, lists: ManifestLists, manifest: String) throws(ScaffoldError) {
        if lists.programs.contains(name) {
            throw ScaffoldError("模組「\(name)」已在 Package.swift 的 programs 清單中。")
        }
        let targets = Set(lists.programs.map { $0 + "Tests" } + Self.declaredTargetNames(manifest))
        if targets.contains(name) || targets.contains(name + "Tests") {
            throw ScaffoldError("「\(name)」與套件中已有的 target 同名（或其測試 target \(name)Tests 已存在）。")
        }
        for folder in ["Programs/\(name)", "Tests/\(name)Tests", "Sources/\(name)"]
        where FileManager.default.fileExists(atPath: package.appendingPathComponent(folder).path) {
            throw ScaffoldError("\(folder) 已存在：模組「\(name)」已有（或殘留）檔案。")
        }
    }

    /// The names given as `name: "…"` in the manifest (targets, products, plugins).
    static func declaredTargetNames(_ manifest: String) -> [String] {
        let source = SwiftSource(manifest)
        var names: [String] = []
        let pattern = Array("name:")
        var index = 0
        while index + pattern.count < source.code.count {
            if Array(source.code[index..<index + pattern.count]) == pattern {
                var position = index + pattern.count
                while position < source.text.count && source.text[position] == " " { position += 1 }
                if position < source.text.count, source.text[position] == "\"",
                   let end = source.text[(position + 1)...].firstIndex(of: "\"") {
                    names.append(String(source.text[(position + 1)..<end]))
                }
            }
            index += 1
        }
        return names
    }

    /// Where `id` is already written as a string literal under `Programs/` (or, not `quoted`,
    /// as a word: a type's name), if anywhere.
    func place(of id: String, quoted: Bool = true) throws(ScaffoldError) -> String? {
        let programs = package.appendingPathComponent("Programs")
        let pattern = quoted ? "\"" + id + "\"" : id
        guard let files = FileManager.default.enumerator(at: programs, includingPropertiesForKeys: nil) else { return nil }
        for case let file as URL in files where file.pathExtension == "swift" {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where Self.contains(line, pattern, asWord: !quoted) {
                let relative = file.path.replacingOccurrences(of: package.path + "/", with: "")
                return "\(relative) 第 \(number + 1) 行"
            }
        }
        return nil
    }

    /// Whether `line` contains `pattern`, as a whole identifier when `asWord`.
    static func contains(_ line: Substring, _ pattern: String, asWord: Bool) -> Bool {
        guard asWord else { return line.contains(pattern) }
        var rest = line[...]
        while let range = rest.range(of: pattern) {
            let before = range.lowerBound > line.startIndex ? line[line.index(before: range.lowerBound)] : " "
            let after = range.upperBound < line.endIndex ? line[range.upperBound] : " "
            if !SwiftSource.isIdentifier(before) && !SwiftSource.isIdentifier(after) { return true }
            rest = line[range.upperBound...]
        }
        return false
    }

    /// Whether `url` is a folder.
    func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

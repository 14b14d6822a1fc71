import Foundation
import ProgramScaffolding

// Usage: ProgramScaffolder --package DIR --staging DIR --from MODULE --name MODULE --id ID [--id ID…] [--title T]
// Run by the NewProgram command plugin; exits 1 with the reason on standard error when it refuses.
var arguments = Array(CommandLine.arguments.dropFirst())

/// Removes `option VALUE` from `arguments` and returns VALUE.
func take(_ option: String, from arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

let packagePath = take("--package", from: &arguments) ?? FileManager.default.currentDirectoryPath
let stagingPath = take("--staging", from: &arguments) ?? FileManager.default.temporaryDirectory.path
do {
    let request = try ScaffoldRequest(arguments: arguments)
    let scaffolder = Scaffolder(package: URL(fileURLWithPath: packagePath), staging: URL(fileURLWithPath: stagingPath))
    let plan = try scaffolder.run(request)
    print("""
        已建立 \(request.name)（沿用 \(request.from)）：
          Programs/\(request.name)/Programs.swift  程式：\(request.ids.joined(separator: "、"))
          Programs/\(request.name)/Sample/          範例資料（複製自 \(request.from)）
          Tests/\(request.name)Tests/EditionTests.swift
          Package.swift                             programs 與 programDependencies 已加入 \(request.name)
        接著：swift build && swift run pingbi list
        """)
    _ = plan
} catch {
    FileHandle.standardError.write(Data((((error as Error) as? ScaffoldError)?.message ?? "\(error)") .utf8 + [10]))
    exit(1)
}

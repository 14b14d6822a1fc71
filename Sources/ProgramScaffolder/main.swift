import Foundation
import ProgramScaffolding

// Usage: ProgramScaffolder --package DIR --staging DIR [--from MODULE] --name MODULE --id ID [--id ID…] [--title T]
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
    if let from = request.from {
        print("""
            已建立 \(request.name)（沿用 \(from)）：
              Programs/\(request.name)/Programs.swift  程式：\(request.ids.joined(separator: "、"))
              Programs/\(request.name)/Sample/          範例資料（複製自 \(from)）
              Tests/\(request.name)Tests/EditionTests.swift
              Package.swift                             programs 與 programDependencies 已加入 \(request.name)
            接著：swift build && swift run pingbi list
            """)
    } else {
        print("已建立全新的程式 \(request.ids[0])（模組 \(request.name)，只依賴 PingbiCore）：")
        for path in plan.moduleFiles.keys.sorted() { print("  Programs/\(request.name)/\(path)") }
        for path in plan.testFiles.keys.sorted() { print("  Tests/\(request.name)Tests/\(path)") }
        print("  Package.swift：programs 已加入 \(request.name)")
        print("接著：swift build && swift run pingbi run \(request.ids[0]) && swift test --filter \(request.name)Tests")
    }
} catch {
    FileHandle.standardError.write(Data((((error as Error) as? ScaffoldError)?.message ?? "\(error)") .utf8 + [10]))
    exit(1)
}

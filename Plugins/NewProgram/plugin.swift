import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-program --from M --name N --id ID`:
/// scaffolds next year's program module from an earlier one; without `--from` (and with
/// `--title`), a brand-new program module that depends on the core only. The work is done by the
/// `ProgramScaffolder` tool (its logic is the `ProgramScaffolding` library, which tests use);
/// this plugin only hands it the package folder and a staging folder, and turns a refusal into
/// an error diagnostic and a non-zero exit.
@main
struct NewProgram: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "ProgramScaffolder")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [
            "--package", context.package.directoryURL.path,
            "--staging", context.pluginWorkDirectoryURL.path,
        ] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = message.trimmingCharacters(in: .whitespacesAndNewlines)
            Diagnostics.error("new-program: " + reason)
            throw NewProgramRefused(reason: reason)
        }
    }
}

/// The scaffolder refused; the package was left as it was.
struct NewProgramRefused: Error, CustomStringConvertible {
    let reason: String
    var description: String { "new-program 已拒絕，套件未變更（原因見上）。" }
}

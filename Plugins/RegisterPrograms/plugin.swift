import Foundation
import PackagePlugin

/// Generates the host's list of programs: every dependency of the target it is applied to
/// whose folder is under `Programs/` contributes `ModuleName.programs`. There is no
/// hand-written list; Package.swift's `programs` array is the one place a module is named.
@main
struct RegisterPrograms: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let programsFolder = context.package.directoryURL.appendingPathComponent("Programs").standardizedFileURL.path + "/"
        let modules = target.dependencies.compactMap { dependency -> Target? in
            if case .target(let dependency) = dependency { return dependency }
            return nil
        }
        .filter { $0.directoryURL.standardizedFileURL.path.hasPrefix(programsFolder) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("RegisteredPrograms.swift")
        return [
            .buildCommand(
                displayName: "Registering programs: " + modules.map(\.name).joined(separator: ", "),
                executable: try context.tool(named: "RegistryGenerator").url,
                arguments: [output.path] + modules.map(\.name),
                inputFiles: [],
                outputFiles: [output])
        ]
    }
}

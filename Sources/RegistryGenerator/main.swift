import Foundation
import PingbiCore

// Usage: RegistryGenerator OUTPUT MODULE… — writes the registry source for the modules.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: RegistryGenerator OUTPUT MODULE…\n".utf8))
    exit(64)
}
let source = RegistrySource.render(modules: Array(arguments.dropFirst()))
let url = URL(fileURLWithPath: output)
if (try? String(contentsOf: url, encoding: .utf8)) != source {
    try Data(source.utf8).write(to: url, options: .atomic)
}

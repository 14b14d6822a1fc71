import Foundation

/// A new empty folder under the system's temporary directory, for a test's files.
public func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingbi-test-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A new temporary folder holding `files` (name → UTF-8 text).
public func temporaryFolder(holding files: [String: String]) throws -> URL {
    let folder = try temporaryFolder()
    for (name, text) in files {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
}

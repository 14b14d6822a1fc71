import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that none is ever left half-written: each is written under a temporary
/// name in the same folder, then renamed over its final name.
enum AtomicWriter {
    /// Writes every file of `files` (name → contents) into `directory`, creating it if needed.
    static func write(_ files: [(name: String, contents: String)], to directory: String) throws(WriteError) {
        try write(files.map { ($0.name, Array($0.contents.utf8)) }, to: directory)
    }

    /// Writes every file of `files` (name → bytes) into `directory`, creating it if needed.
    static func write(_ files: [(name: String, contents: [UInt8])], to directory: String) throws(WriteError) {
        let folder = URL(fileURLWithPath: directory)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                let target = folder.appendingPathComponent(file.name)
                let temporary = folder.appendingPathComponent(".\(file.name).\(UUID().uuidString).tmp")
                try Data(file.contents).write(to: temporary)
                guard rename(temporary.path, target.path) == 0 else {
                    try? FileManager.default.removeItem(at: temporary)
                    throw WriteError(description: "無法寫入 \(target.path)：\(String(cString: strerror(errno)))")
                }
            }
        } catch let error as WriteError {
            throw error
        } catch {
            throw WriteError(description: "無法寫入 \(directory)：\(error.localizedDescription)")
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a run's files all or none: every file is first written under a temporary name in
/// the target folder; only when all are written are they renamed over their final names. On
/// any failure every temporary is removed and no earlier file is touched.
enum AtomicWriter {
    /// Writes every file of `files` (name → contents) into `directory`, creating it if needed.
    /// With `replacing` false an existing file is never overwritten: the whole write is
    /// refused, naming the files that exist.
    static func write(_ files: [(name: String, contents: String)], to directory: String, replacing: Bool = true) throws(WriteError) {
        try write(files.map { ($0.name, Array($0.contents.utf8)) }, to: directory, replacing: replacing)
    }

    /// Writes every file of `files` (name → bytes) into `directory`, all or none, as above.
    static func write(_ files: [(name: String, contents: [UInt8])], to directory: String, replacing: Bool = true) throws(WriteError) {
        try makeFolder(directory)
        let folder = URL(fileURLWithPath: directory)
        let targets = files.map { folder.appendingPathComponent($0.name).path }
        var existing: [String] = []
        for (file, target) in zip(files, targets) {
            var status = stat()
            guard lstat(target, &status) == 0 else { continue }
            // A file, or a link (which a rename replaces, leaving what it points to alone).
            guard status.st_mode & S_IFMT == S_IFREG || status.st_mode & S_IFMT == S_IFLNK else {
                throw WriteError("無法寫入 \(directory)：其中的 \(file.name) 不是一般檔案（例如是資料夾）。未寫出任何檔案。", status: .cannotCreate)
            }
            existing.append(file.name)
        }
        if !replacing && !existing.isEmpty {
            throw WriteError(
                "不覆寫既有的檔案：\(directory) 中已有 " + existing.joined(separator: "、")
                    + "（可能是已填寫的輸入檔）。請改用空的資料夾，或先移走這些檔案。未寫出任何檔案。",
                status: .cannotCreate)
        }
        var temporaries: [String] = []
        func removeTemporaries() {
            for temporary in temporaries { unlink(temporary) }
        }
        for file in files {
            let temporary = folder.appendingPathComponent(".\(file.name).\(UUID().uuidString).tmp").path
            if let code = writeNew(file.contents, at: temporary, created: { temporaries.append(temporary) }) {
                removeTemporaries()
                let error = WriteError.system(code, while: "寫入 \(directory)/\(file.name)")
                throw WriteError(error.description + "。未寫出任何檔案，原有檔案未變動。", status: error.status)
            }
        }
        for (index, (temporary, target)) in zip(temporaries, targets).enumerated() {
            if !(replacing ? rename(temporary, target) == 0 : place(temporary, at: target)) {
                let code = errno
                temporaries.removeFirst(index)
                removeTemporaries()
                let done = files.prefix(index).map(\.name)
                let error = WriteError.system(code, while: "寫入 \(files[index].name)")
                throw WriteError(
                    error.description + "。" + (done.isEmpty ? "未寫出任何檔案。" : "已寫出 " + done.joined(separator: "、") + "，其餘未寫出。"),
                    status: error.status)
            }
        }
    }

    /// Gives the written `temporary` the name `target` only if no file has it: a hard link,
    /// which fails when the name is taken. Where the file system has no hard links, a rename
    /// after checking once more that the name is free.
    static func place(_ temporary: String, at target: String) -> Bool {
        if link(temporary, target) == 0 {
            unlink(temporary)
            return true
        }
        guard [EPERM, EOPNOTSUPP, ENOSYS].contains(errno) else { return false }
        var status = stat()
        guard lstat(target, &status) != 0 else {
            errno = EEXIST
            return false
        }
        return rename(temporary, target) == 0
    }

    /// Creates `path` as a new file holding `contents`; calls `created` once the file exists,
    /// so the caller can remove it whatever happens next. Returns the system error number of
    /// a failure, nil when the file is written and closed.
    static func writeNew(_ contents: [UInt8], at path: String, created: () -> Void) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        created()
        let failure = Console.writeAll(contents, to: descriptor)
        if close(descriptor) != 0 && failure == nil { return errno }
        return failure
    }

    /// Creates the folder `path` and its parents as needed (`mkdir -p`).
    static func makeFolder(_ path: String) throws(WriteError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw WriteError("無法寫入 \(path)：已有同名的檔案，不是資料夾", status: .cannotCreate)
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try makeFolder(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw WriteError.system(errno, while: "建立資料夾 \(path)")
        }
    }
}

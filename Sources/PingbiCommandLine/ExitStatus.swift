#if canImport(Glibc)
import Glibc
#endif

/// The exit statuses of `pingbi` (sysexits): 0 done, 64 bad usage, 65 bad input data,
/// 73 an output file that cannot or may not be created, 74 an output that failed while written.
public enum ExitStatus: Int32, Sendable {
    /// Done.
    case success = 0
    /// `verify`: the published result does not match its data.
    case differs = 1
    /// Bad usage: unknown command, option, program, reading or unit; an empty `--out`; a
    /// `--period` that cannot be read or lies outside the program's period.
    case usage = 64
    /// Bad input data: the message names file, line and column.
    case dataError = 65
    /// An output file cannot or may not be created: it would overwrite an input, its folder
    /// cannot be made, it is a folder, permission is denied. Nothing was written.
    case cannotCreate = 73
    /// Writing failed part-way (disk full, file-size limit, closed output). No result file
    /// was replaced.
    case ioError = 74
}

/// A usage error: what was wrong with the command line, in Traditional Chinese.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String

    /// An error with `message`.
    public init(_ message: String) {
        self.description = message
    }
}

/// An output that could not be written: the message, in Traditional Chinese, and the exit
/// status it ends the run with (73 or 74).
public struct WriteError: Error, Sendable, CustomStringConvertible {
    /// The message.
    public let description: String
    /// ``ExitStatus/cannotCreate`` or ``ExitStatus/ioError``.
    public let status: ExitStatus

    /// An error with `message` ending the run with `status`.
    public init(_ message: String, status: ExitStatus) {
        self.description = message
        self.status = status
    }

    /// An error for the system error number `code` met while doing `what` (`寫出輸出`):
    /// 74 for a failure part-way (disk full, size limit, closed output, I/O), 73 otherwise.
    static func system(_ code: Int32, while what: String) -> WriteError {
        let failedPartWay: [Int32: String] = [
            ENOSPC: "磁碟空間已滿", EDQUOT: "超過磁碟配額", EFBIG: "超過檔案大小上限", EIO: "輸入輸出錯誤",
            EPIPE: "接收輸出的一端已關閉", EBADF: "輸出已關閉",
        ]
        if let reason = failedPartWay[code] { return WriteError("無法\(what)：\(reason)", status: .ioError) }
        let cannotCreate: [Int32: String] = [
            EACCES: "權限不足", EPERM: "權限不足", EROFS: "唯讀的檔案系統", ENOTDIR: "路徑中有一段不是資料夾",
            EEXIST: "已有同名的檔案", EISDIR: "同名的是資料夾", ENAMETOOLONG: "名稱過長", ENOENT: "路徑不存在",
        ]
        return WriteError("無法\(what)：" + (cannotCreate[code] ?? "系統錯誤碼 \(code)"), status: .cannotCreate)
    }
}

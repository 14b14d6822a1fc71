import Foundation
import PingbiCore

/// What `pingbi diff OLD NEW` compares: two data folders, or two result files
/// (`pingbi run --format json`), never one of each.
enum DiffOperand {
    /// True when `old` and `new` are both result files (`.json`, not folders), false when
    /// neither is; a usage error naming both when one is a folder and the other a result file.
    static func resultFiles(_ old: String, _ new: String) throws(UsageError) -> Bool {
        switch (isResultFile(old), isResultFile(new)) {
        case (true, true): return true
        case (false, false): return false
        case (true, false):
            throw UsageError("無法比較結果檔與資料夾：\(old) 是結果檔，\(new) 不是。請比較兩個資料夾，或兩個 pingbi run --format json 寫出的結果檔")
        case (false, true):
            throw UsageError("無法比較資料夾與結果檔：\(old) 不是結果檔，\(new) 是結果檔。請比較兩個資料夾，或兩個 pingbi run --format json 寫出的結果檔")
        }
    }

    /// A path that names a `.json` file rather than a folder.
    static func isResultFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return false }
        return path.lowercased().hasSuffix(".json")
    }
}

extension Pingbi {
    /// `pingbi diff OLD.json NEW.json [PROGRAM…]`: each program of both files (or each named)
    /// compared as recorded, under the readings and period each records. Results of no common
    /// program, or of different periods (another year), are refused naming both files.
    func resultFileDiffs(_ arguments: Arguments) throws -> [ResultDiff] {
        let paths = Array(arguments.positional.prefix(2))
        for option in ["reading", "period", "history"] where arguments.value(option) != nil {
            throw UsageError("比較兩個結果檔時不使用 --\(option)：解讀與期間以各結果檔所記錄者為準")
        }
        let old = try ResultFile(path: paths[0], name: paths[0]), new = try ResultFile(path: paths[1], name: paths[1])
        let named = Array(arguments.positional.dropFirst(2))
        for id in named where !programs.contains(where: { $0.id == id }) {
            throw UsageError("沒有程式「\(VisibleText.echo(id))」。已註冊：" + programs.map(\.id).joined(separator: "、"))
        }
        for id in named {
            for file in [old, new] where file.object(of: id) == nil {
                throw UsageError("結果檔 \(file.name) 中沒有 \(id) 的結果（其中有：" + list(file.programIDs) + "）")
            }
        }
        let ids = named.isEmpty ? new.programIDs.filter { old.object(of: $0) != nil } : named
        guard !ids.isEmpty else {
            throw UsageError("兩個結果檔沒有共同的評比程式：\(old.name) 為 " + list(old.programIDs) + "；\(new.name) 為 " + list(new.programIDs) + "，無法比較")
        }
        return try ids.map { id in
            let before = old.object(of: id)!, after = new.object(of: id)!
            let program = try ResultFile.program(of: after, in: programs)
            let oldResult = try old.result(before, program: program), newResult = try new.result(after, program: program)
            if let a = oldResult.period, let b = newResult.period, a.first != b.first {
                throw UsageError("\(id) 兩個結果檔的期間不同：\(old.name) 為 \(a)，\(new.name) 為 \(b)，不是同一期的結果，無法比較")
            }
            return ResultDiff(old: oldResult, new: newResult)
        }
    }

    /// Program ids for a message, or 無.
    private func list(_ ids: [String]) -> String {
        ids.isEmpty ? "無" : ids.joined(separator: "、")
    }
}

extension Pingbi {
    /// `pingbi run … --format html --previous RESULT.json`: each result compared with the same
    /// program's previous result in the file. A program the file lacks, or a previous result of
    /// another period (another start month), is a usage error naming the file.
    func previousComparisons(_ path: String, results: [ProgramResult]) throws -> [String: ResultDiff] {
        let file = try ResultFile(path: path, name: path)
        var comparisons: [String: ResultDiff] = [:]
        for result in results {
            guard let object = file.object(of: result.program) else {
                throw UsageError("前次結果檔 \(file.name) 中沒有 \(result.program) 的結果（其中有：" + list(file.programIDs) + "），無法與本次比較")
            }
            let program = try ResultFile.program(of: object, in: programs)
            let previous = try file.result(object, program: program)
            if let a = previous.period, let b = result.period, a.first != b.first {
                throw UsageError("\(result.program) 前次結果檔 \(file.name) 的期間為 \(a)，本次為 \(b)，不是同一期的結果，無法比較")
            }
            comparisons[result.program] = ResultDiff(old: previous, new: result)
        }
        return comparisons
    }
}

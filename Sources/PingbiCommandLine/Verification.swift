import Foundation
import PingbiCore
import PingbiReports

/// `pingbi verify RESULT.json --data DIR`: whether a published JSON result still matches its
/// data. For each program in the file: the recorded input files' SHA-256 against the files in
/// `DIR`, then the program recomputed under the recorded readings and period, compared value
/// by value. The first difference is named; nothing is written.
struct Verification {
    /// The published result of one program, parsed.
    let published: JSONValue
    /// The program it names.
    let program: any Program

    /// Where the files recorded in a result are looked for: the data folder, then the history folder.
    let folders: [URL]

    /// What verifying one program found: nil when everything matches, else the first difference.
    func firstDifference(_ context: EvaluationContext) throws -> String? {
        let recorded = inputs(published)
        for input in recorded {
            guard let url = folders.map({ $0.appendingPathComponent(input.file) }).first(where: { FileManager.default.fileExists(atPath: $0.path) }),
                let data = FileManager.default.contents(atPath: url.path)
            else { return "資料夾中沒有結果所用的資料檔 \(input.file)" }
            let digest = SHA256.hexDigest([UInt8](data))
            if digest != input.sha256 {
                return "資料檔 \(input.file) 與結果記錄的不同：SHA-256 記錄為 \(input.sha256.prefix(12))…，資料夾中為 \(digest.prefix(12))…"
            }
        }
        let result = try program.evaluateRecordingInputs(context)
        if published["provenance"] != nil, let extra = result.provenance.inputs.first(where: { read in !recorded.contains { $0.file == read.file } }) {
            return "重算時讀了結果未記錄的資料檔 \(extra.file)"
        }
        guard let recomputed = JSONValue.parse(JSONRenderer.render(result)) else { return "無法重算（內部錯誤）" }
        return Self.firstDifference(published: published, recomputed: recomputed, result: result)
    }

    /// The `provenance.inputs` of a published result as (file, sha256).
    func inputs(_ object: JSONValue) -> [(file: String, sha256: String)] {
        guard case .array(let items)? = object["provenance"]?["inputs"] else { return [] }
        return items.compactMap { item in
            guard let file = item["file"]?.stringValue, let digest = item["sha256"]?.stringValue else { return nil }
            return (file, digest)
        }
    }

    /// The top-level fields compared, with their names for people; `sources` (how files were
    /// labelled) and `provenance` (checked by digest) are not compared.
    static let fields: [(key: String, name: String)] = [
        ("program", "程式"), ("title", "評比名稱"), ("readings", "解讀"), ("period", "期間"), ("provisional", "暫定標示"),
        ("warnings", "警告"), ("notes", "附註"), ("vacancies", "從缺與不遞補"), ("units", "單位"), ("outcomes", "獎項與名單"),
    ]

    /// The first difference between a published result and the recomputed one, in reading order.
    static func firstDifference(published: JSONValue, recomputed: JSONValue, result: ProgramResult) -> String? {
        for (key, name) in fields where published[key] != recomputed[key] {
            switch key {
            case "units": return unitsDifference(published[key], recomputed[key], result: result)
            case "outcomes", "warnings", "notes", "vacancies":
                return listDifference(published[key], recomputed[key], name: name) { describe($0, key: key, result: result) }
            default: return "\(name)不同：發布為 \(published[key].map(show) ?? "（無）")，重算為 \(recomputed[key].map(show) ?? "（無）")"
            }
        }
        return nil
    }

    /// The first differing item of two lists, or their lengths.
    static func listDifference(_ a: JSONValue?, _ b: JSONValue?, name: String, describe: (JSONValue) -> String) -> String {
        guard case .array(let x)? = a, case .array(let y)? = b else { return "\(name)的格式不符" }
        for (index, pair) in zip(x, y).enumerated() where pair.0 != pair.1 {
            return "\(name)第 \(index + 1) 項：發布為「\(describe(pair.0))」，重算為「\(describe(pair.1))」"
        }
        return "\(name)的項數：發布為 \(x.count)，重算為 \(y.count)" + (y.count > x.count ? "（重算多出「\(describe(y[x.count]))」）" : "（發布多出「\(describe(x[y.count]))」）")
    }

    /// The first differing unit: its name, group, rank, a value or a text.
    static func unitsDifference(_ a: JSONValue?, _ b: JSONValue?, result: ProgramResult) -> String {
        guard case .array(let x)? = a, case .array(let y)? = b else { return "單位的格式不符" }
        for (index, (p, r)) in zip(x, y).enumerated() where p != r {
            let name = r["unit"]?.stringValue ?? ""
            guard p["unit"] == r["unit"] else {
                return "第 \(index + 1) 個單位：發布為「\(p["unit"].map(show) ?? "")」，重算為「\(name)」"
            }
            if p["group"] != r["group"] { return "單位 \(name) 的組別：發布為 \(p["group"].map(show) ?? "（無）")，重算為 \(r["group"].map(show) ?? "（無）")" }
            if p["rank"] != r["rank"] { return "單位 \(name) 的名次：發布為 \(p["rank"].map(show) ?? "（無）")，重算為 \(r["rank"].map(show) ?? "（無）")" }
            for (field, columns) in [("values", result.columns), ("texts", result.textColumns)] {
                let keys = ResultFile.members(r[field]).map(\.key) + ResultFile.members(p[field]).map(\.key).filter { key in r[field]?[key] == nil }
                for key in keys where p[field]?[key] != r[field]?[key] {
                    let title = columns.first { $0.key == key }?.title ?? key
                    return "單位 \(name) 的「\(title)」：發布為 \(p[field]?[key].map(show) ?? "（無）")，重算為 \(r[field]?[key].map(show) ?? "（無）")"
                }
            }
            return "單位 \(name) 的內容不同"
        }
        return "單位數：發布為 \(x.count)，重算為 \(y.count)"
    }

    /// A value for people: strings bare, `null` as 無值, lists and objects compactly.
    static func show(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .null: "無值"
        case .bool(let flag): flag ? "是" : "否"
        case .array(let items): items.map(show).joined(separator: "、")
        case .object(let members): members.map { "\($0.key)=\(show($0.value))" }.joined(separator: "，")
        case .number(let text): text
        }
    }

    /// An item of `outcomes` (policy title, unit, rank, label, amount, reason) or a warning/note.
    static func describe(_ item: JSONValue, key: String, result: ProgramResult) -> String {
        guard key == "outcomes" else { return show(item) }
        let policy = item["policy"]?.stringValue ?? ""
        var parts = [result.policyTitles[policy] ?? policy, item["unit"].map(show) ?? ""]
        if let rank = item["rank"] { parts.append("第 \(show(rank)) 名") }
        if let label = item["label"] { parts.append(show(label)) }
        if let amount = item["amount"] { parts.append("\(show(amount)) 元") }
        if let reason = item["reason"] { parts.append(show(reason)) }
        if item["provisional"] != nil { parts.append("暫定") }
        return parts.joined(separator: "　")
    }
}

extension Pingbi {
    /// `pingbi verify RESULT.json --data DIR [--history DIR]`: exit 0 when every program in the
    /// file matches its data, 1 naming the first difference.
    func verify(_ arguments: Arguments) throws -> ExitStatus {
        guard arguments.positional.count == 1 else { throw UsageError("請指定一個結果檔，例如 pingbi verify kaoping-111.json --data 資料夾") }
        guard let dataPath = arguments.value("data") else { throw UsageError("請以 --data DIR 指定計算該結果所用的資料夾") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("找不到資料夾 \(dataPath)")
        }
        let file = try ResultFile(path: arguments.positional[0])
        let history = arguments.value("history").map { URL(fileURLWithPath: $0) }
        let folders = [URL(fileURLWithPath: dataPath)] + (history.map { [$0] } ?? [])
        var report = ""
        for object in file.objects {
            let program = try ResultFile.program(of: object, in: programs)
            let id = program.id
            let readings = try ResultFile.readings(of: object, program: program)
            let period = try file.period(of: object)
            let context = EvaluationContext(data: DataSource(path: dataPath), readings: readings, period: period, history: history)
            let verification = Verification(published: object, program: program, folders: folders)
            if let difference = try verification.firstDifference(context) {
                try console.out(report + "✗ \(id)：發布的結果與資料不符。第一個不同之處：\(difference)\n")
                return .differs
            }
            let files = verification.inputs(object).map(\.file)
            report += "✓ \(id)：發布的結果與資料相符" + (files.isEmpty ? "（結果未記錄資料檔的 SHA-256，只核對了重算結果）" : "（" + files.joined(separator: "、") + " 的 SHA-256 相同，重算的名次、數值與獎項一致）") + "\n"
        }
        try console.out(report)
        return .success
    }
}

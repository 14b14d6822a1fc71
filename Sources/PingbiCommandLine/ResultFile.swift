import Foundation
import PingbiCore

/// A result file written by `pingbi run --format json`, read back: one object per program
/// (`verify` checks it against its data, `diff` compares two, `run --previous` reports on the
/// changes since). Nothing in it is trusted to be well formed: a file that is not such a
/// result is a data error naming it.
struct ResultFile {
    /// The file as messages name it.
    let name: String
    /// Each program's object, in the file's order.
    let objects: [JSONValue]

    /// What is wrong with a file that is not a result at all.
    static let expected = "不是 pingbi run --format json 寫出的結果（JSON）"
    /// The start of what is wrong with a result that lacks something.
    static let incomplete = "結果（JSON）不完整："

    /// Reads the file at `path`, named `name` in messages (its file name by default). A
    /// missing file is a usage error; one that is not a result is a data error.
    init(path: String, name: String? = nil) throws {
        self.name = name ?? URL(fileURLWithPath: path).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("找不到結果檔 \(self.name)") }
        guard let text = String(validating: [UInt8](data), as: UTF8.self), let parsed = JSONValue.parse(text) else {
            throw DataError(file: self.name, expected: Self.expected)
        }
        switch parsed {
        case .array(let items): objects = items
        case .object: objects = [parsed]
        default: throw DataError(file: self.name, expected: Self.expected)
        }
        for object in objects where object["program"]?.stringValue == nil {
            throw DataError(file: self.name, expected: Self.expected)
        }
    }

    /// The program ids of the file, in its order.
    var programIDs: [String] { objects.compactMap { $0["program"]?.stringValue } }

    /// The object of program `id`, if the file has one.
    func object(of id: String) -> JSONValue? {
        objects.first { $0["program"]?.stringValue == id }
    }

    /// The registered program an object names; a usage error when this pingbi has none.
    static func program(of object: JSONValue, in programs: [any Program]) throws(UsageError) -> any Program {
        let id = object["program"]?.stringValue ?? ""
        guard let program = programs.first(where: { $0.id == id }) else {
            throw UsageError("結果中的程式「\(VisibleText.echo(id))」不在本版 pingbi 中。已註冊：" + programs.map(\.id).joined(separator: "、"))
        }
        return program
    }

    /// The readings an object records, checked against `program`'s.
    static func readings(of object: JSONValue, program: any Program) throws -> ReadingChoices {
        let pairs = members(object["readings"]).map { "\($0.key)=\($0.value.stringValue ?? "")" }
        return try Selection.readings(pairs, programs: [program])
    }

    /// The period an object records, if any.
    func period(of object: JSONValue) throws(DataError) -> PeriodRange? {
        guard let text = object["period"]?.stringValue else { return nil }
        guard let range = PeriodRange(text) else { throw DataError(file: name, value: text, expected: "期間，例如 111-02..111-09") }
        return range
    }

    /// An object read back as a result of `program`. The file holds no column headings, group
    /// or policy names: they are `program`'s own, as a run on its sample data under the
    /// recorded readings gives them; everything else (units, values, ranks, outcomes, warnings,
    /// notes, period, provenance) is the file's.
    func result(_ object: JSONValue, program: any Program) throws -> ProgramResult {
        let readings = try Self.readings(of: object, program: program)
        var result = try program.evaluate(EvaluationContext(data: DataSource(sampleOf: program), readings: readings))
        result.isSample = false
        result.groupMeans = [:]
        result.title = object["title"]?.stringValue ?? program.title
        result.period = try period(of: object)
        result.provisional = object["provisional"] == .bool(true)
        result.sources = try strings(object["sources"], "資料檔")
        result.warnings = try strings(object["warnings"], "警告")
        result.notes = try strings(object["notes"], "附註")
        result.vacancies = try strings(object["vacancies"], "從缺與不遞補").map { Vacancy($0) }
        guard case .array(let units)? = object["units"], case .array(let outcomes)? = object["outcomes"] else {
            throw DataError(file: name, expected: Self.incomplete + "缺少單位或獎項")
        }
        result.units = try units.enumerated().map { try unit($1, place: $0 + 1) }
        result.outcomes = try outcomes.enumerated().map { try outcome($1, place: $0 + 1) }
        result.provenance = Provenance()
        if let provenance = object["provenance"] {
            guard case .array(let inputs)? = provenance["inputs"], let version = provenance["pingbi"]?.stringValue else {
                throw DataError(file: name, expected: Self.incomplete + "資料來源缺少版本或資料檔")
            }
            result.provenance = Provenance(inputs: try inputs.map { input in
                guard let file = input["file"]?.stringValue, let digest = input["sha256"]?.stringValue,
                    case .number(let bytes)? = input["bytes"], let count = Int(bytes)
                else { throw DataError(file: name, expected: Self.incomplete + "資料來源的資料檔缺少名稱、SHA-256 或大小") }
                return Provenance.Input(file: file, sha256: digest, bytes: count)
            }, version: version)
        }
        return result
    }

    /// The strings of a list (absent: none).
    private func strings(_ value: JSONValue?, _ what: String) throws(DataError) -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else { throw DataError(file: name, expected: Self.incomplete + "\(what)應為文字清單") }
        return try items.map { item throws(DataError) in
            guard let text = item.stringValue else { throw DataError(file: name, expected: Self.incomplete + "\(what)應為文字清單") }
            return text
        }
    }

    /// One unit of `units`: `unit`, `agency`, `group`, `rank`, `values`, `texts`.
    private func unit(_ item: JSONValue, place: Int) throws(DataError) -> UnitResult {
        let wrong = DataError(file: name, expected: Self.incomplete + "第 \(place) 個單位缺少名稱或數值有誤")
        guard let unitName = item["unit"]?.stringValue else { throw wrong }
        var unit = UnitResult(unit: unitName, group: item["group"]?.stringValue, rank: try integer(item["rank"], wrong))
        unit.agency = item["agency"]?.stringValue
        for member in Self.members(item["values"]) {
            switch member.value {
            case .null: continue
            case .number(let text):
                guard let value = Decimal(string: text) else { throw wrong }
                unit.values[member.key] = value
            default: throw wrong
            }
        }
        for member in Self.members(item["texts"]) {
            if let text = member.value.stringValue { unit.texts[member.key] = text }
        }
        return unit
    }

    /// One item of `outcomes`: `policy`, `unit` and the optional fields ``JSONRenderer`` writes.
    private func outcome(_ item: JSONValue, place: Int) throws(DataError) -> Outcome {
        let wrong = DataError(file: name, expected: Self.incomplete + "獎項與名單第 \(place) 項缺少獎項或單位，或數值有誤")
        guard let policy = item["policy"]?.stringValue, let unit = item["unit"]?.stringValue else { throw wrong }
        return Outcome(
            policy: policy, unit: unit, rank: try integer(item["rank"], wrong), label: item["label"]?.stringValue,
            labelKind: try labelKind(item["label_kind"], wrong),
            amount: try decimal(item["amount"], wrong), perPerson: try decimal(item["per_person"], wrong),
            reason: item["reason"]?.stringValue, agency: item["agency"]?.stringValue, provisional: item["provisional"] == .bool(true))
    }

    /// What a label says; a file written before labels had kinds says nothing, and its labels are names.
    private func labelKind(_ value: JSONValue?, _ wrong: DataError) throws(DataError) -> Outcome.LabelKind {
        guard let value else { return .name }
        guard let text = value.stringValue, let kind = Outcome.LabelKind(rawValue: text) else { throw wrong }
        return kind
    }

    /// A whole number, absent or null as nil.
    private func integer(_ value: JSONValue?, _ wrong: DataError) throws(DataError) -> Int? {
        switch value {
        case nil, .null?: return nil
        case .number(let text)?: guard let number = Int(text) else { throw wrong }; return number
        default: throw wrong
        }
    }

    /// An exact decimal from a number's text, absent or null as nil.
    private func decimal(_ value: JSONValue?, _ wrong: DataError) throws(DataError) -> Decimal? {
        switch value {
        case nil, .null?: return nil
        case .number(let text)?:
            guard let number = Decimal(string: text) else { throw wrong }
            return number
        default: throw wrong
        }
    }

    /// An object's members; none for anything else.
    static func members(_ value: JSONValue?) -> [(key: String, value: JSONValue)] {
        if case .object(let members)? = value { return members }
        return []
    }
}

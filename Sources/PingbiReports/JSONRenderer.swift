import Foundation
import PingbiCore

/// Results as JSON exactly as SPEC.md "Results": one object per program, an array when
/// several. Numbers are written from the exact decimal, never through binary floating point.
public enum JSONRenderer {
    /// One program's result as a JSON object (pretty-printed, keys in a fixed order).
    public static func render(_ result: ProgramResult) -> String {
        object(result, indent: "")
    }

    /// Several results: a single object for one, an array otherwise.
    public static func render(_ results: [ProgramResult]) -> String {
        if results.count == 1 {
            // Appended in place (``object(_:indent:)`` leaves room): a result of tens of megabytes is not copied again.
            var text = render(results[0])
            text += "\n"
            return text
        }
        return "[\n" + results.map { "  " + object($0, indent: "  ") }.joined(separator: ",\n") + "\n]\n"
    }

    static func object(_ r: ProgramResult, indent: String) -> String {
        var fields: [(String, String)] = [
            ("program", string(r.program)),
            ("title", string(r.title)),
            ("readings", "{" + r.readings.map { string($0.reading.name) + ": " + string($0.value) }.joined(separator: ", ") + "}"),
        ]
        if let period = r.period { fields.append(("period", string(period.description))) }
        if r.provisional { fields.append(("provisional", "true")) }
        fields.append(("sources", array(r.sources.map(string), indent: indent + "  ")))
        fields.append(("warnings", array(r.warnings.map(string), indent: indent + "  ")))
        fields.append(("notes", array(r.notes.map(string), indent: indent + "  ")))
        fields.append(("vacancies", array(r.vacancies.map { string($0.sentence) }, indent: indent + "  ")))
        fields.append(("units", units(r, indent: indent + "  ")))
        fields.append(("outcomes", array(r.outcomes.map(outcome), indent: indent + "  ")))
        if !r.provenance.version.isEmpty { fields.append(("provenance", provenance(r.provenance, indent: indent + "  "))) }
        let inner = indent + "  "
        // One string with its room reserved: the units' tens of megabytes are copied into it
        // once, not once per step of a join.
        var out = "{\n"
        out.reserveCapacity(fields.reduce(indent.utf8.count + 8) { $0 + inner.utf8.count + $1.0.utf8.count + $1.1.utf8.count + 8 })
        for (index, field) in fields.enumerated() {
            if index > 0 { out += ",\n" }
            out += inner
            out += string(field.0)
            out += ": "
            out += field.1
        }
        out += "\n" + indent + "}"
        return out
    }

    /// The units as ``array(_:indent:)`` lays them out, written as bytes (``JSONBytes``): a run
    /// of 100,000 units makes no string per unit or per value, and escapes each column key once.
    static func units(_ r: ProgramResult, indent: String) -> String {
        guard !r.units.isEmpty else { return "[]" }
        let keys = r.columns.map { Array((string($0.key) + ": ").utf8) }
        let textKeys = r.textColumns.map { Array((string($0.key) + ": ").utf8) }
        let lead = Array((indent + "  ").utf8)
        var out = JSONBytes()
        out.append("[\n")
        for index in r.units.indices {
            if index > 0 { out.append(",\n") }
            out.append(bytes: lead)
            unit(r.units[index], columns: r.columns, keys: keys, textColumns: r.textColumns, textKeys: textKeys, into: &out)
        }
        out.append("\n" + indent + "]")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// One unit, appended to `out`: `unit`, `agency` (a nominee's 推薦機關, when it has one),
    /// `group`, `rank`, `values`, and `texts` beside the values only when the program has text
    /// columns (a unit without a text has `null`), so other programs' JSON is unchanged. Each
    /// column's key is already written as `"key": ` in `keys` and `textKeys`.
    private static func unit(
        _ u: UnitResult, columns: [ValueColumn], keys: [[UInt8]], textColumns: [ValueColumn], textKeys: [[UInt8]],
        into out: inout JSONBytes
    ) {
        out.append("{\"unit\": ")
        out.appendString(u.unit)
        if let agency = u.agency {
            out.append(", \"agency\": ")
            out.appendString(agency)
        }
        out.append(", \"group\": ")
        if let group = u.group { out.appendString(group) } else { out.append("null") }
        out.append(", \"rank\": ")
        out.append(u.rank.map(String.init) ?? "null")
        out.append(", \"values\": ")
        members(keys, into: &out) { index, out in
            guard let value = u.values[columns[index].key] else { return false }
            out.appendNumber(value)
            return true
        }
        if !textColumns.isEmpty {
            out.append(", \"texts\": ")
            members(textKeys, into: &out) { index, out in
                guard let text = u.texts[textColumns[index].key] else { return false }
                out.appendString(text)
                return true
            }
        }
        out.append("}")
    }

    /// `{"key": value, …}` over `keys` (each already `"key": `), each value appended by `value`
    /// with the key's index, `null` where it appends nothing and returns false.
    private static func members(_ keys: [[UInt8]], into out: inout JSONBytes, _ value: (Int, inout JSONBytes) -> Bool) {
        out.append("{")
        for index in keys.indices {
            if index > 0 { out.append(", ") }
            out.append(bytes: keys[index])
            if !value(index, &out) { out.append("null") }
        }
        out.append("}")
    }

    static func outcome(_ o: Outcome) -> String {
        var parts = [("policy", string(o.policy)), ("unit", string(o.unit))]
        if let rank = o.rank { parts.append(("rank", String(rank))) }
        if let label = o.label { parts += [("label", string(label)), ("label_kind", string(o.labelKind.rawValue))] }
        if let amount = o.amount { parts.append(("amount", number(amount))) }
        if let perPerson = o.perPerson { parts.append(("per_person", number(perPerson))) }
        if let reason = o.reason { parts.append(("reason", string(reason))) }
        if let agency = o.agency { parts.append(("agency", string(agency))) }
        if o.provisional { parts.append(("provisional", "true")) }
        return "{" + parts.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// `{"pingbi": version, "inputs": [{"file", "sha256", "bytes"}…]}`: the full digest of every input file.
    static func provenance(_ p: Provenance, indent: String) -> String {
        let inputs = p.inputs.map { "{\"file\": \(string($0.file)), \"sha256\": \(string($0.sha256)), \"bytes\": \($0.bytes)}" }
        return "{\"pingbi\": \(string(p.version)), \"inputs\": \(array(inputs, indent: indent))}"
    }

    static func array(_ items: [String], indent: String) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    /// A JSON number from an exact decimal.
    static func number(_ value: Decimal) -> String {
        value.plainText
    }

    /// A JSON string literal: quotes, backslashes, controls and bidirectional marks escaped.
    static func string(_ text: String) -> String {
        var out = ""
        appendString(text, to: &out)
        return out
    }

    /// ``string(_:)`` appended to `out`: text that needs no escape (most) is appended whole.
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        defer { out += "\"" }
        guard text.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || VisibleText.needsShowing($0) }) else {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Other controls and the invisible bidirectional marks are escaped too: the same string,
            // visible in the file.
            case _ where VisibleText.needsShowing(scalar): out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}

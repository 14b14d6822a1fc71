import Foundation
import PingbiCore

/// Results as JSON exactly as SPEC.md "Results": one object per program, an array when
/// several. Numbers are written from the exact decimal, never through binary floating point.
public enum JSONRenderer {
    /// One program's result as a JSON object (pretty-printed, keys in a fixed order).
    public static func render(_ result: ProgramResult) -> String {
        let out = JSONBytes()
        object(result, indent: "", into: out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Several results: a single object for one, an array otherwise.
    public static func render(_ results: [ProgramResult]) -> String {
        String(decoding: bytes(results), as: UTF8.self)
    }

    /// ``render(_:)-([ProgramResult])`` as UTF-8 bytes, ending in a line break: what is written,
    /// with no string of tens of megabytes made on the way.
    public static func bytes(_ results: [ProgramResult]) -> [UInt8] {
        var all: [UInt8] = []
        write(results) { all += $0 }
        return all
    }

    /// ``bytes(_:)`` handed to `write` piece by piece as it is made, a few thousand units at a
    /// time: standard output gets a result of 100,000 units without the whole text ever being
    /// held. Each piece's bytes are handed once and may be reused after `write` returns.
    public static func write(_ results: [ProgramResult], to write: ([UInt8]) -> Void) {
        // Handed on only while this call runs.
        withoutActuallyEscaping(write) { write in
            let out = JSONBytes()
            if results.count == 1 {
                object(results[0], indent: "", into: out, flush: write)
            } else {
                out.append("[\n")
                for (index, result) in results.enumerated() {
                    if index > 0 { out.append(",\n") }
                    out.append("  ")
                    object(result, indent: "  ", into: out, flush: write)
                }
                out.append("\n]")
            }
            out.append("\n")
            write(out.bytes)
        }
    }

    /// One program's result as a file: ``render(_:)-(ProgramResult)`` and a line break, as UTF-8 bytes.
    public static func file(_ result: ProgramResult) -> [UInt8] {
        let out = JSONBytes()
        object(result, indent: "", into: out)
        out.append("\n")
        return out.bytes
    }

    /// The most bytes of a result's lists of texts held before they are handed on (when they
    /// are): below the 1 MB from which the command line gives a buffer pages of its own, so
    /// that the buffers reuse memory already in use.
    static let headPiece = 1 << 19

    /// One result's object appended to `out`, its lists of texts and its units written straight
    /// into it (100,000 warnings make no array of escaped texts, nor one text of them all); when
    /// `flush` is given, what `out` holds is handed to it (and `out` emptied) every
    /// ``headPiece`` bytes of the lists of texts, before the units and after each piece of them.
    static func object(_ r: ProgramResult, indent: String, into out: JSONBytes, flush: (([UInt8]) -> Void)? = nil) {
        let inner = indent + "  "
        out.append("{\n" + inner + string("program") + ": " + string(r.program))
        func field(_ name: String, _ value: String) {
            out.append(",\n" + inner + string(name) + ": " + value)
        }
        // A list of texts as ``array(_:indent:)`` lays it out.
        func texts(_ name: String, _ items: [String]) {
            guard !items.isEmpty else { return field(name, "[]") }
            field(name, "[\n")
            let lead = inner + "  "
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(fixed: ",\n") }
                out.append(lead)
                out.appendString(item)
                // With `flush`, handed on as the texts are written: 98,974 warnings (8.8 MB) are
                // neither held whole nor copied whole to be handed on.
                if let flush, out.count >= headPiece { out.flush(to: flush) }
            }
            out.append("\n" + inner + "]")
        }
        field("title", string(r.title))
        field("readings", "{" + r.readings.map { string($0.reading.name) + ": " + string($0.value) }.joined(separator: ", ") + "}")
        if let period = r.period { field("period", string(period.description)) }
        if r.provisional { field("provisional", "true") }
        texts("sources", r.sources)
        texts("warnings", r.warnings)
        texts("notes", r.notes)
        texts("vacancies", r.vacancies.map(\.sentence))
        field("units", "")
        if let flush { out.flush(to: flush) }
        units(r, indent: inner, into: out, flush: flush)
        field("outcomes", array(r.outcomes.map(outcome), indent: inner))
        if !r.provenance.version.isEmpty { field("provenance", provenance(r.provenance, indent: inner)) }
        out.append("\n" + indent + "}")
    }

    /// The units as ``array(_:indent:)`` lays them out, appended to `out` as bytes: a run of
    /// 100,000 units makes no string per unit or per value, escapes each column key once, and
    /// reads each value at its slot (``UnitValues``) without hashing its key. A large result is
    /// written in pieces of ``JSONUnits/piece`` units, two at a time: one here, the next on
    /// another thread meanwhile; with `flush`, each piece is handed to it once written.
    static func units(_ r: ProgramResult, indent: String, into out: JSONBytes, flush: (([UInt8]) -> Void)? = nil) {
        guard !r.units.isEmpty else { return out.append("[]") }
        let layout = JSONUnits(r, indent: indent)
        out.append("[\n")
        let count = r.units.count, piece = count >= JSONUnits.splitAt ? JSONUnits.piece : count
        // Room for a piece of units at about the first one's size: growing by doubling would
        // copy the bytes again (memory reserved and not written costs nothing).
        let first = JSONBytes()
        layout.write(r.units[0..<1], into: first)
        let size = (first.count + 2) * 5 / 4
        out.reserve(out.count + size * (flush == nil ? count : piece) + 64)
        var start = 0
        while start < count {
            let end = min(start + piece, count), nextEnd = min(end + piece, count)
            // The next piece is written on another thread meanwhile.
            let next = end == nextEnd ? nil : Pending { [units = r.units] in
                let part = JSONBytes(capacity: size * (nextEnd - end))
                layout.write(units[end..<nextEnd], into: part)
                return part.bytes
            }
            layout.write(r.units[start..<end], into: out)
            if let flush {
                // The next piece handed on as it was made, not copied into `out` first.
                out.flush(to: flush)
                if let next { flush(next.value) }
            } else if let next {
                out.append(bytes: next.value)
            }
            start = nextEnd
        }
        out.append("\n" + indent + "]")
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

import Foundation
import PingbiCore

/// `pingbi diff --format json`: the differences as JSON, one object per program (an array when
/// several), numbers written from the exact decimal as in ``JSONRenderer``.
public enum DiffJSONRenderer {
    /// The differences: a single object for one program, an array otherwise.
    public static func render(_ diffs: [ResultDiff]) -> String {
        if diffs.count == 1 { return object(diffs[0], indent: "") + "\n" }
        return "[\n" + diffs.map { "  " + object($0, indent: "  ") }.joined(separator: ",\n") + "\n]\n"
    }

    /// The names of ``ResultDiff/Basis`` in JSON.
    static func basis(_ basis: ResultDiff.Basis) -> String {
        switch basis {
        case .cells: "cells"
        case .digests: "sha256"
        case .none: "none"
        }
    }

    static func object(_ diff: ResultDiff, indent: String) -> String {
        let r = diff.result
        let s = JSONRenderer.string
        var fields: [(String, String)] = [("program", s(r.program)), ("title", s(r.title))]
        if let period = r.period { fields.append(("period", s(period.description))) }
        if let old = diff.oldPeriod { fields.append(("old_period", s(old.description))) }
        fields.append(("readings", JSONRenderer.array(diff.readings.map {
            "{\"reading\": \(s($0.reading.name)), \"old\": \(s($0.old)), \"new\": \(s($0.new))}"
        }, indent: indent + "  ")))
        fields.append(("basis", s(basis(diff.basis))))
        fields.append(("inputs", JSONRenderer.array(diff.inputs.map(cell), indent: indent + "  ")))
        fields.append(("files", JSONRenderer.array(diff.files.map {
            "{\"file\": \(s($0.file)), \"old_sha256\": \($0.oldDigest.map(s) ?? "null"), \"new_sha256\": \($0.newDigest.map(s) ?? "null")}"
        }, indent: indent + "  ")))
        fields.append(("units", JSONRenderer.array(diff.units.map(unit), indent: indent + "  ")))
        let inner = indent + "  "
        return "{\n" + fields.map { inner + s($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    /// `{"file", "key", "old_line", "new_line", "column", "old", "new"}`; a row added or removed has `column` null.
    static func cell(_ change: CellChange) -> String {
        let s = JSONRenderer.string
        let parts: [(String, String)] = [
            ("file", s(change.file)), ("key", "[" + change.key.map(s).joined(separator: ", ") + "]"),
            ("old_line", change.oldLine.map(String.init) ?? "null"), ("new_line", change.newLine.map(String.init) ?? "null"),
            ("column", change.column.map(s) ?? "null"), ("old", change.old.map(s) ?? "null"), ("new", change.new.map(s) ?? "null"),
        ]
        return "{" + parts.map { s($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// One unit: `unit`, `group`, `oldGroup` when it was in another, `values` (key → old, new),
    /// `rank` and `outcomes` (old, new) when they changed, and `cause` (`kind`, with `columns` or
    /// `units` or `files`).
    static func unit(_ change: ResultDiff.UnitChange) -> String {
        let s = JSONRenderer.string
        let number = { (value: Decimal?) in value.map(JSONRenderer.number) ?? "null" }
        var parts: [(String, String)] = [("unit", s(change.unit)), ("group", change.group.map(s) ?? "null")]
        if let old = change.oldGroup { parts.append(("oldGroup", s(old))) }
        parts.append(("values", "{" + change.values.map {
            s($0.column.key) + ": {\"old\": \(number($0.old)), \"new\": \(number($0.new))}"
        }.joined(separator: ", ") + "}"))
        if let rank = change.rank {
            parts.append(("rank", "{\"old\": \(rank.old.map(String.init) ?? "null"), \"new\": \(rank.new.map(String.init) ?? "null")}"))
        }
        if let outcomes = change.outcomes {
            let list = { (items: [Outcome]) in "[" + items.map(JSONRenderer.outcome).joined(separator: ", ") + "]" }
            parts.append(("outcomes", "{\"old\": \(list(outcomes.old)), \"new\": \(list(outcomes.new))}"))
        }
        parts.append(("cause", cause(change.cause)))
        return "{" + parts.map { s($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// `{"kind": "own-data", "columns": […]}`, `group-data`/`other-units` with `units`,
    /// `input-files` with `files`, or `unknown`.
    static func cause(_ cause: ResultDiff.Cause) -> String {
        let list = { (names: [String]) in "[" + names.map(JSONRenderer.string).joined(separator: ", ") + "]" }
        switch cause {
        case .ownData(let columns): return "{\"kind\": \"own-data\", \"columns\": \(list(columns))}"
        case .groupData(let units): return "{\"kind\": \"group-data\", \"units\": \(list(units))}"
        case .otherUnits(let units): return "{\"kind\": \"other-units\", \"units\": \(list(units))}"
        case .inputFiles(let files): return "{\"kind\": \"input-files\", \"files\": \(list(files))}"
        case .unknown: return "{\"kind\": \"unknown\"}"
        }
    }
}

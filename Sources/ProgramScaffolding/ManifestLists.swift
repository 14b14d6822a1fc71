/// The two literal lists at the top of Package.swift that name program modules:
/// `let programs = ["NationalPension112", …]` and
/// `let programDependencies: [String: [String]] = ["Later": ["Earlier"], …]`.
/// Reads them, and adds a module to both by inserting text, leaving everything else as written.
public struct ManifestLists: Equatable {
    /// The `programs` list, in order.
    public let programs: [String]
    /// The `programDependencies` entries, in order.
    public let dependencies: [(module: String, dependsOn: [String])]

    /// Reads the lists from the text of Package.swift; refuses when either is missing, declared
    /// twice, or not a plain literal.
    public init(manifest: String) throws(ScaffoldError) {
        let source = SwiftSource(manifest)
        let programs = try Self.literal("programs", in: source)
        let dependencies = try Self.literal("programDependencies", in: source)
        guard let names = StringLiteral.values(source.elements(between: programs.open, and: programs.close).map(\.text)) else {
            throw ScaffoldError("Package.swift：`let programs = [...]` 應只含模組名稱字串（例如 \"NationalPension112\"），無法安全修改。")
        }
        self.programs = names
        self.dependencies = try Self.entries(source, dependencies)
    }

    /// The whole `programDependencies` as a dictionary.
    public var dependencyMap: [String: [String]] {
        Dictionary(dependencies.map { ($0.module, $0.dependsOn) }, uniquingKeysWith: { a, _ in a })
    }

    public static func == (a: ManifestLists, b: ManifestLists) -> Bool {
        a.programs == b.programs && a.dependencies.map(\.module) == b.dependencies.map(\.module)
            && a.dependencies.map(\.dependsOn) == b.dependencies.map(\.dependsOn)
    }

    /// The text of Package.swift with `module` appended to `programs` and, when it depends on
    /// other program modules, the entry `module: dependsOn` appended to `programDependencies`. The
    /// edit is checked: the lists read back from the result must be exactly the old ones plus the
    /// new entries, and the text outside the two lists must be unchanged.
    public static func adding(_ module: String, dependsOn: [String], to manifest: String) throws(ScaffoldError) -> String {
        let before = try ManifestLists(manifest: manifest)
        let source = SwiftSource(manifest)
        let programs = try literal("programs", in: source)
        let dependencies = try literal("programDependencies", in: source)
        let dependencyText = StringLiteral.quoted(module) + ": [" + dependsOn.map(StringLiteral.quoted).joined(separator: ", ") + "]"
        // Apply the later edit first so the earlier positions stay valid.
        let edits = ([(programs, StringLiteral.quoted(module))] + (dependsOn.isEmpty ? [] : [(dependencies, dependencyText)]))
            .sorted { $0.0.open > $1.0.open }
        var text = source.text
        for (literal, element) in edits {
            text = appending(element, to: literal, in: SwiftSource(String(text)))
        }
        let edited = String(text)
        let after = try ManifestLists(manifest: edited)
        let added = dependsOn.isEmpty ? [] : [(module: module, dependsOn: dependsOn)]
        guard after.programs == before.programs + [module],
              after.dependencies.map(\.module) == (before.dependencies + added).map(\.module),
              after.dependencies.map(\.dependsOn) == (before.dependencies + added).map(\.dependsOn),
              outside(edited) == outside(manifest)
        else {
            throw ScaffoldError("修改 Package.swift 後檢查不符（清單讀回的內容與預期不同），未做任何變更。請手動加入 \(module)。")
        }
        return edited
    }

    /// The text with both lists' contents removed: what an edit must leave as it was.
    static func outside(_ manifest: String) -> String? {
        let source = SwiftSource(manifest)
        guard let programs = try? literal("programs", in: source),
              let dependencies = try? literal("programDependencies", in: source) else { return nil }
        var text = source.text
        for literal in [programs, dependencies].sorted(by: { $0.open > $1.open }) {
            text.replaceSubrange((literal.open + 1)..<literal.close, with: [])
        }
        return String(text)
    }

    /// The one literal assigned to `name`.
    static func literal(_ name: String, in source: SwiftSource) throws(ScaffoldError) -> (open: Int, close: Int) {
        let found = source.literalsAssigned(to: name)
        guard found.count == 1 else {
            throw ScaffoldError(
                found.isEmpty
                    ? "Package.swift 中找不到 `let \(name) = [...]`，無法加入新模組。"
                    : "Package.swift 中 `let \(name)` 出現 \(found.count) 次，無法判斷要修改哪一個。")
        }
        return found[0]
    }

    /// The entries of a `[String: [String]]` literal.
    static func entries(_ source: SwiftSource, _ literal: (open: Int, close: Int)) throws(ScaffoldError) -> [(module: String, dependsOn: [String])] {
        let elements = source.elements(between: literal.open, and: literal.close).map(\.text)
        if elements == [":"] { return [] }
        var result: [(String, [String])] = []
        for element in elements {
            let inner = SwiftSource(element)
            guard let colon = inner.code.firstIndex(of: ":"),
                  let key = StringLiteral.value(String(inner.text[..<colon]).trimmingWhitespace()),
                  let open = inner.code[(colon + 1)...].firstIndex(where: { !$0.isWhitespace }), inner.code[open] == "[",
                  let close = inner.matchingBracket(open), inner.code[(close + 1)...].allSatisfy(\.isWhitespace),
                  let values = StringLiteral.values(inner.elements(between: open, and: close).map(\.text))
            else {
                throw ScaffoldError("Package.swift：`programDependencies` 的項目「\(element)」不是 \"模組\": [\"模組\"] 的形式，無法安全修改。")
            }
            result.append((key, values))
        }
        return result
    }

    /// The text with `element` appended to the literal: on the same line when the literal is on
    /// one line, else on a line of its own indented like the others, with a trailing comma when
    /// the list uses them.
    static func appending(_ element: String, to literal: (open: Int, close: Int), in source: SwiftSource) -> [Character] {
        var text = source.text
        let elements = source.elements(between: literal.open, and: literal.close)
        let isEmpty = elements.isEmpty || elements.map(\.text) == [":"]
        let multiline = source.code[literal.open...literal.close].contains("\n")
        if isEmpty && !multiline {
            let indent = lineIndent(at: literal.open, in: source)
            text.replaceSubrange(literal.open...literal.close, with: Array("[\n\(indent)    \(element),\n\(indent)]"))
            return text
        }
        if isEmpty {
            text.replaceSubrange((literal.open + 1)..<literal.close, with: Array("\n\(lineIndent(at: literal.close, in: source))    \(element),\n\(lineIndent(at: literal.close, in: source))"))
            return text
        }
        // The end of the last element, past its comma if it has one.
        var end = elements.last!.end
        var position = end
        while position < literal.close && source.code[position].isWhitespace && source.code[position] != "\n" { position += 1 }
        let hasComma = position < literal.close && source.code[position] == ","
        if hasComma { end = position + 1 }
        if !multiline {
            text.insert(contentsOf: Array(", " + element), at: end)
            return text
        }
        // Past any comment on the same line, to the line break.
        var lineEnd = end
        while lineEnd < literal.close && source.code[lineEnd] != "\n" && source.code[lineEnd].isWhitespace { lineEnd += 1 }
        let insertion = source.code[lineEnd] == "\n" ? lineEnd : end
        let indent = lineIndent(at: elements.last!.end - 1, in: source)
        if hasComma {
            text.insert(contentsOf: Array("\n" + indent + element + ","), at: insertion)
        } else {
            text.insert(contentsOf: Array("\n" + indent + element), at: insertion)
            text.insert(",", at: end)
        }
        return text
    }

    /// The leading whitespace of the line containing `position`.
    static func lineIndent(at position: Int, in source: SwiftSource) -> String {
        var start = position
        while start > 0 && source.text[start - 1] != "\n" { start -= 1 }
        return String(source.text[start...].prefix { $0 == " " || $0 == "\t" })
    }
}

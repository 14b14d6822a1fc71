/// Just enough of Swift's lexical structure to find and edit literal lists in a source file:
/// comments and string literals are masked out so that brackets, commas and names inside them
/// are never mistaken for code.
struct SwiftSource {
    /// The text, as characters.
    let text: [Character]
    /// The same characters with every comment blanked out (line breaks kept) and the inside of
    /// every string literal replaced by `_`: positions match `text`.
    let code: [Character]

    /// Masks `text`.
    init(_ text: String) {
        let text = Array(text)
        var code = text
        var index = 0
        func blank(_ position: Int, with replacement: Character) {
            if code[position] != "\n" { code[position] = replacement }
        }
        while index < text.count {
            let next: Character? = index + 1 < text.count ? text[index + 1] : nil
            if text[index] == "/" && next == "/" {
                while index < text.count && text[index] != "\n" { blank(index, with: " "); index += 1 }
            } else if text[index] == "/" && next == "*" {
                var depth = 0
                repeat {
                    if text[index] == "/" && index + 1 < text.count && text[index + 1] == "*" {
                        depth += 1; blank(index, with: " "); blank(index + 1, with: " "); index += 2
                    } else if text[index] == "*" && index + 1 < text.count && text[index + 1] == "/" {
                        depth -= 1; blank(index, with: " "); blank(index + 1, with: " "); index += 2
                    } else {
                        blank(index, with: " "); index += 1
                    }
                } while depth > 0 && index < text.count
            } else if text[index] == "\"" {
                let triple = index + 2 < text.count && text[index + 1] == "\"" && text[index + 2] == "\""
                let delimiter = triple ? 3 : 1
                index += delimiter
                while index < text.count {
                    if text[index] == "\\" {
                        blank(index, with: "_")
                        if index + 1 < text.count { blank(index + 1, with: "_") }
                        index += 2
                        continue
                    }
                    if text[index] == "\"" && (!triple || (index + 2 < text.count && text[index + 1] == "\"" && text[index + 2] == "\"")) {
                        index += delimiter
                        break
                    }
                    if !triple && text[index] == "\n" { break }
                    blank(index, with: "_")
                    index += 1
                }
            } else {
                index += 1
            }
        }
        self.text = text
        self.code = code
    }

    /// Whether `character` can be part of an identifier.
    static func isIdentifier(_ character: Character) -> Bool {
        character == "_" || (character.isASCII && (character.isLetter || character.isNumber))
    }

    /// Whether `character` may appear between a declared name and its `=`: a type annotation.
    static func mayAnnotateType(_ character: Character) -> Bool {
        isIdentifier(character) || character.isWhitespace || ":[]<>,?.".contains(character)
    }

    /// The positions of the opening and closing brackets of every array or dictionary literal
    /// assigned by a declaration `let NAME … = [ … ]` in code (not in comments or strings).
    func literalsAssigned(to name: String) -> [(open: Int, close: Int)] {
        let pattern = Array("let " + name)
        var found: [(Int, Int)] = []
        var index = 0
        while index + pattern.count <= code.count {
            defer { index += 1 }
            guard Array(code[index..<index + pattern.count]) == pattern else { continue }
            if index > 0 && Self.isIdentifier(code[index - 1]) { continue }
            let after = index + pattern.count
            if after < code.count && Self.isIdentifier(code[after]) { continue }
            // The `=` of the declaration (not `==`), past at most a type annotation.
            var position = after
            while position < code.count && code[position] != "=" && Self.mayAnnotateType(code[position]) { position += 1 }
            if position + 1 < code.count && code[position + 1] == "=" { continue }
            guard position < code.count, code[position] == "=" else { continue }
            position += 1
            while position < code.count && code[position].isWhitespace { position += 1 }
            guard position < code.count, code[position] == "[", let close = matchingBracket(position) else { continue }
            found.append((position, close))
        }
        return found
    }

    /// The position of the bracket closing the one at `open`, nesting (), [] and {}.
    func matchingBracket(_ open: Int) -> Int? {
        var depth = 0
        for position in open..<code.count {
            switch code[position] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth == 0 { return position }
            default: break
            }
        }
        return nil
    }

    /// The top-level elements between `open` and `close` (exclusive), as written (comments
    /// removed, trimmed), and where each ends; a trailing comma adds no element.
    func elements(between open: Int, and close: Int) -> [(text: String, end: Int)] {
        var result: [(String, Int)] = []
        var depth = 0
        var start = open + 1
        func take(_ end: Int) {
            let written = String(zip(text[start..<end], code[start..<end]).map { $1 == " " && $0 != " " ? " " : $0 })
            let trimmed = written.trimmingWhitespace()
            if !trimmed.isEmpty {
                var last = end - 1
                while last > start && code[last].isWhitespace { last -= 1 }
                result.append((trimmed, last + 1))
            }
        }
        for position in (open + 1)..<close {
            switch code[position] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "," where depth == 0:
                take(position)
                start = position + 1
            default: break
            }
        }
        take(close)
        return result
    }
}

extension String {
    /// The string without leading and trailing whitespace and line breaks.
    func trimmingWhitespace() -> String {
        var characters = Substring(self)
        while characters.first?.isWhitespace == true { characters.removeFirst() }
        while characters.last?.isWhitespace == true { characters.removeLast() }
        return String(characters)
    }
}

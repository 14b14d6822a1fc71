/// A small, non-validating XML reader for the parts of an `.xlsx`: start and end tags with
/// attributes, text with the predefined and numeric entities, CDATA; comments and processing
/// instructions skipped. Namespace prefixes are dropped from names (`x:c` is `c`). A
/// document type declaration is refused (no entity expansion, so no entity bombs).
struct XMLScanner {
    /// Malformed XML.
    struct Failure: Error {}

    /// What the scanner found.
    enum Event {
        case start(name: String, attributes: [String: String], empty: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private var index = 0
    private var pendingEnd: String?

    /// A scanner over UTF-8 `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next event, nil at the end of the document.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while index < bytes.count {
            if bytes[index] != lt {
                let start = index
                while index < bytes.count && bytes[index] != lt { index += 1 }
                return .text(try decodeText(bytes[start..<index]))
            }
            if matches("<!--") {
                try skip(past: Array("-->".utf8))
            } else if matches("<?") {
                try skip(past: Array("?>".utf8))
            } else if matches("<![CDATA[") {
                let start = index + 9
                try skip(past: Array("]]>".utf8))
                return .text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self))
            } else if matches("<!") {
                throw Failure()
            } else if matches("</") {
                index += 2
                let name = try readName()
                skipSpace()
                guard index < bytes.count, bytes[index] == gt else { throw Failure() }
                index += 1
                return .end(name: name)
            } else {
                index += 1
                let name = try readName()
                var attributes: [String: String] = [:]
                while true {
                    skipSpace()
                    guard index < bytes.count else { throw Failure() }
                    if bytes[index] == gt {
                        index += 1
                        return .start(name: name, attributes: attributes, empty: false)
                    }
                    if bytes[index] == slash {
                        guard index + 1 < bytes.count, bytes[index + 1] == gt else { throw Failure() }
                        index += 2
                        pendingEnd = name
                        return .start(name: name, attributes: attributes, empty: true)
                    }
                    let key = try readName()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == equals else { throw Failure() }
                    index += 1
                    skipSpace()
                    guard index < bytes.count, bytes[index] == quote || bytes[index] == apostrophe else { throw Failure() }
                    let delimiter = bytes[index]
                    index += 1
                    let start = index
                    while index < bytes.count && bytes[index] != delimiter { index += 1 }
                    guard index < bytes.count else { throw Failure() }
                    attributes[key] = try decodeText(bytes[start..<index])
                    index += 1
                }
            }
        }
        return nil
    }

    /// The text of the element just started (its text and its descendants' text, phonetic
    /// guides `rPh` left out), the scanner left after its end tag.
    mutating func elementText() throws(Failure) -> String {
        var depth = 1
        var text = ""
        while let event = try next() {
            switch event {
            case .start("rPh", _, _): try skipElement()
            case .start: depth += 1
            case .end:
                depth -= 1
                if depth == 0 { return text }
            case .text(let piece): text += piece
            }
        }
        throw Failure()
    }

    /// Skips the rest of the element just started.
    mutating func skipElement() throws(Failure) {
        _ = try elementText()
    }

    private let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    private let equals = UInt8(ascii: "="), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    private let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";")

    private func matches(_ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    private mutating func skip(past terminator: [UInt8]) throws(Failure) {
        while index + terminator.count <= bytes.count {
            if bytes[index..<(index + terminator.count)].elementsEqual(terminator) {
                index += terminator.count
                return
            }
            index += 1
        }
        throw Failure()
    }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
    }

    /// A tag or attribute name, without its namespace prefix (`xmlns:r` stays whole).
    private mutating func readName() throws(Failure) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == gt || byte == slash || byte == equals { break }
            index += 1
        }
        guard index > start else { throw Failure() }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        if name.hasPrefix("xmlns") { return name }
        if let colon = name.lastIndex(of: ":") { return String(name[name.index(after: colon)...]) }
        return name
    }

    /// Text with its entity references replaced.
    private func decodeText(_ raw: ArraySlice<UInt8>) throws(Failure) -> String {
        guard raw.contains(ampersand) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var position = raw.startIndex
        while position < raw.endIndex {
            let byte = raw[position]
            guard byte == ampersand else {
                out.append(byte)
                position += 1
                continue
            }
            guard let end = raw[position...].prefix(12).firstIndex(of: semicolon) else { throw Failure() }
            let name = String(decoding: raw[(position + 1)..<end], as: UTF8.self)
            switch name {
            case "lt": out.append(lt)
            case "gt": out.append(gt)
            case "amp": out.append(ampersand)
            case "quot": out.append(quote)
            case "apos": out.append(apostrophe)
            default:
                let code: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    code = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    code = UInt32(name.dropFirst())
                } else {
                    code = nil
                }
                guard let code, let scalar = Unicode.Scalar(code) else { throw Failure() }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            position = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The programs a module registers, read from its `Programs.swift`:
/// `public let programs: [any Program] = [PensionCounty112(), …]`.
public struct SourcePrograms: Equatable {
    /// Each element of the list, as written (comments removed).
    public let elements: [String]

    /// Reads the list from `text`, the module's `Programs.swift`.
    public init(programsFile text: String, module: String) throws(ScaffoldError) {
        let source = SwiftSource(text)
        let found = source.literalsAssigned(to: "programs")
        guard found.count == 1 else {
            throw ScaffoldError(
                "Programs/\(module)/Programs.swift 中找不到唯一的 `public let programs: [any Program] = [...]`"
                    + "（找到 \(found.count) 個）：無法得知 \(module) 登錄了哪些程式。")
        }
        let elements = source.elements(between: found[0].open, and: found[0].close).map(\.text)
        guard !elements.isEmpty else {
            throw ScaffoldError("\(module) 的 `programs` 是空的：沒有程式可以沿用。")
        }
        self.elements = elements
    }

    /// The expression the new module uses as the base of its `index`th edition: the element
    /// itself when it is a plain initializer of a type (`PensionCounty112()`), which reads best
    /// and is where an edition's differences go; otherwise the element by position in the source
    /// module's list (`KaopingOffices111.programs[0]`), which always compiles.
    public func base(_ index: Int, module: String) -> String {
        let element = elements[index]
        let name = element.dropLast(2)
        if element.hasSuffix("()"), let first = name.first, first.isUppercase, name.allSatisfy(SwiftSource.isIdentifier) {
            return element
        }
        return "\(module).programs[\(index)]"
    }
}

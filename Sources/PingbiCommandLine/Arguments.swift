/// The parsed command line of one `pingbi` command: positional words and options.
struct Arguments {
    /// Words that are not options (program ids).
    var positional: [String] = []
    /// Options with a value, each possibly repeated (`--reading`).
    var values: [String: [String]] = [:]
    /// Options without a value.
    var flags: Set<String> = []

    /// Parses `words` against a command's options; unknown options are usage errors.
    init(_ words: [String], command: CommandSpec) throws(UsageError) {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--") else {
                positional.append(word)
                continue
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = command.options.first(where: { $0.name == name }) else {
                throw UsageError("「\(command.name)」沒有選項 --\(name)。請見 pingbi \(command.name) --help")
            }
            if option.takesValue {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else if index < words.count {
                    values[name, default: []].append(words[index])
                    index += 1
                } else {
                    throw UsageError("選項 --\(name) 需要一個值：\(option.valueName)")
                }
            } else {
                guard inlineValue == nil else { throw UsageError("選項 --\(name) 不接受值") }
                flags.insert(name)
            }
        }
        if positional.count > command.maxPositional {
            throw UsageError("「\(command.name)」多了參數：" + positional.dropFirst(command.maxPositional).joined(separator: " "))
        }
    }

    /// The last value of an option, if given.
    func value(_ name: String) -> String? { values[name]?.last }
}

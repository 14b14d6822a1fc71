/// What `swift package new-program` was asked to make.
public struct ScaffoldRequest: Equatable, Sendable {
    /// The module the new one starts from (`KaopingOffices111`); nil for a brand-new program.
    public var from: String?
    /// The new module's name (`KaopingOffices112`).
    public var name: String
    /// The new programs' ids, one per program of `from`, in the order of its `programs` list;
    /// one for a brand-new program.
    public var ids: [String]
    /// The new programs' title, if given (else each inherits its base's); required for a
    /// brand-new program.
    public var title: String?

    /// A request.
    public init(from: String?, name: String, ids: [String], title: String? = nil) {
        self.from = from
        self.name = name
        self.ids = ids
        self.title = title
    }

    /// How to call it.
    public static let usage = """
        用法：swift package --allow-writing-to-package-directory new-program \\
                --from 來源模組 --name 新模組 --id 新程式代號 [--id …] [--title 新標題]
              swift package --allow-writing-to-package-directory new-program \\
                --name 新模組 --id 新程式代號 --title 評比名稱
        例如：… new-program --from KaopingOffices111 --name KaopingOffices112 --id kaoping-112
              … new-program --name DivisionRanking113 --id division-113 --title "113年度…評比"
        有 --from 時沿用來源模組：它登錄幾個程式，就給幾個 --id（依其 programs 清單的順序）。
        沒有 --from 時建立全新的程式（一個項目、一個獎項與範例資料），給一個 --id 與 --title。
        """

    /// Reads `--from`, `--name`, `--id` (repeatable) and `--title` from `arguments`.
    public init(arguments: [String]) throws(ScaffoldError) {
        var from: String?
        var name: String?
        var ids: [String] = []
        var title: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            var option = argument
            var value: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                option = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            guard ["--from", "--name", "--id", "--title"].contains(option) else {
                throw ScaffoldError("不認得的參數「\(argument)」。\n" + Self.usage)
            }
            if value == nil {
                guard index + 1 < arguments.count else { throw ScaffoldError("\(option) 後面缺少值。\n" + Self.usage) }
                index += 1
                value = arguments[index]
            }
            switch option {
            case "--from":
                guard from == nil else { throw ScaffoldError("--from 只能給一次。") }
                from = value
            case "--name":
                guard name == nil else { throw ScaffoldError("--name 只能給一次。") }
                name = value
            case "--id": ids.append(value!)
            default: title = value
            }
            index += 1
        }
        guard let name else { throw ScaffoldError("缺少 --name（新模組名稱，例如 KaopingOffices112）。\n" + Self.usage) }
        guard !ids.isEmpty else { throw ScaffoldError("缺少 --id（新程式代號，例如 kaoping-112）。\n" + Self.usage) }
        self.init(from: from, name: name, ids: ids, title: title)
    }
}

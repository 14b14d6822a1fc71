/// The rules a new module's name and its programs' ids must follow.
public enum Names {
    /// Module names a program module must not take: the toolchain's and the platform's modules.
    static let reservedModules: Set<String> = [
        "Swift", "Foundation", "FoundationEssentials", "FoundationInternationalization", "FoundationNetworking",
        "FoundationXML", "Glibc", "Musl", "Darwin", "WinSDK", "Dispatch", "XCTest", "Testing", "PackageDescription",
        "PackagePlugin", "Observation", "Distributed", "RegexBuilder", "Synchronization", "CoreFoundation", "ObjectiveC",
    ]

    /// Identifiers with a special meaning in Swift that cannot name a module.
    static let reservedWords: Set<String> = ["Any", "Self", "Type", "Protocol", "Sendable", "Never", "Error"]

    /// Checks that `name` can name a new program module: a Swift identifier (ASCII letters,
    /// digits, `_`, not starting with a digit) in UpperCamelCase like the other modules, and not a
    /// toolchain module. Whether it is already taken is checked against the package separately.
    public static func checkModule(_ name: String) throws(ScaffoldError) {
        guard !name.isEmpty else { throw ScaffoldError("--name 不可空白：請給新模組名稱，例如 KaopingOffices112。") }
        guard name.allSatisfy(SwiftSource.isIdentifier), let first = name.first, !first.isNumber else {
            throw ScaffoldError("「\(name)」不是合法的 Swift 模組名稱：只能用英文字母、數字與 _，且不可以數字開頭（例如 KaopingOffices112）。")
        }
        guard first.isUppercase else {
            throw ScaffoldError("「\(name)」須以大寫英文字母開頭（UpperCamelCase，與其他程式模組一致，例如 KaopingOffices112）。")
        }
        guard !reservedModules.contains(name), !reservedWords.contains(name) else {
            throw ScaffoldError("「\(name)」是 Swift 或系統保留的模組名稱，請換一個名稱。")
        }
    }

    /// Checks that `id` can be a program id: lower-case ASCII words and digits joined by single
    /// hyphens (`kaoping-112`).
    public static func checkProgramID(_ id: String) throws(ScaffoldError) {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        guard !id.isEmpty, words.allSatisfy({ word in
            !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) }
        }), id.first?.isLetter == true else {
            throw ScaffoldError("程式代號「\(id)」不合格式：須為小寫英文字母開頭，小寫英文與數字以單一連字號相連（例如 kaoping-112）。")
        }
    }
}

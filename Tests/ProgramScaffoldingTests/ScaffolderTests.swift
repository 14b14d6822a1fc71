import Foundation
import Testing
@testable import ProgramScaffolding

/// A package in a temporary folder, laid out like Pingbi: Package.swift with the two lists,
/// one program module with its Programs.swift and sample.
struct FakePackage {
    let root: URL
    let staging: URL

    init(programsFile: String = "import PingbiCore\n\npublic let programs: [any Program] = [PensionCounty112()]\n") throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("scaffolder-" + UUID().uuidString)
        root = base.appendingPathComponent("package")
        staging = base.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try write("Package.swift", ManifestListsTests.manifest)
        try write("Programs/NationalPension112/Programs.swift", programsFile)
        try write("Programs/NationalPension112/PensionCounty112.swift", "public struct PensionCounty112 { let id = \"pension-county-112\" }\n")
        try write("Programs/NationalPension112/Sample/county-rates.csv", "地區,本期收繳率,前期收繳率\n臺北市,68.70%,68.93%\n")
        try write("Programs/KaopingOffices111/Programs.swift", "import PingbiCore\n")
        try write("Programs/KaopingOffices111/Sample/README.md", "範例\n")
        try write("Tests/NationalPension112Tests/PensionTests.swift", "import Testing\n")
        try write("Programs/NationalPension112/Other.swift", "struct PensionCounty112Program {}\n")
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file under the package with its contents, to compare before and after.
    func snapshot() throws -> [String: String] {
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey])!
        for case let url as URL in enumerator {
            let relative = String(url.path.dropFirst(root.path.count))
            let isFolder = try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true
            files[relative] = isFolder ? "/" : try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    var scaffolder: Scaffolder { Scaffolder(package: root, staging: staging) }

    func stagingIsEmpty() throws -> Bool {
        try FileManager.default.contentsOfDirectory(atPath: staging.path).isEmpty
    }
}

@Suite struct ScaffolderTests {
    static let request = ScaffoldRequest(from: "NationalPension112", name: "NationalPension113", ids: ["pension-county-113"])
    /// A brand-new program: no --from.
    static let brandNew = ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["division-113"], title: "113年度某業務組轄區公所服務績效評比")

    @Test func makesTheModuleItsTestsAndTheManifestEntries() throws {
        let package = try FakePackage()
        _ = try package.scaffolder.run(Self.request)
        #expect(try package.read("Programs/NationalPension113/Programs.swift") == ModuleTemplate.programsFile(
            name: "NationalPension113", from: "NationalPension112", ids: ["pension-county-113"],
            bases: ["PensionCounty112()"], title: nil))
        #expect(try package.read("Programs/NationalPension113/Sample/county-rates.csv")
            == package.read("Programs/NationalPension112/Sample/county-rates.csv"))
        #expect(try package.read("Tests/NationalPension113Tests/EditionTests.swift").contains(
            #"#expect(NationalPension113.programs.map(\.id) == ["pension-county-113"])"#))
        let lists = try ManifestLists(manifest: package.read("Package.swift"))
        #expect(lists.programs == ["NationalPension112", "KaopingOffices111", "NationalPension113"])
        #expect(lists.dependencyMap == ["NationalPension113": ["NationalPension112"]])
        #expect(try package.stagingIsEmpty())
    }

    @Test func writesTheEditionsOfTheSourceProgramsInOrder() throws {
        let generated = ModuleTemplate.programsFile(
            name: "NationalPension113", from: "NationalPension112", ids: ["pension-county-113", "pension-staff-113"],
            bases: ["PensionCounty112()", "NationalPension112.programs[1]"], title: "113年度辦理原則")
        #expect(generated == """
            import Foundation
            import PingbiCore
            import NationalPension112

            /// This edition's programs: NationalPension112's, under new ids, with nothing changed yet.
            /// State each difference from the new document on the base before it is wrapped, and
            /// only the differences; everything not stated is inherited (docs/new-year.md).
            public let programs: [any Program] = [
                Edition(base: PensionCounty112(), id: "pension-county-113", title: "113年度辦理原則", sampleData: sample),
                Edition(base: NationalPension112.programs[1], id: "pension-staff-113", title: "113年度辦理原則", sampleData: sample),
            ]

            /// This module's sample data (copied from NationalPension112 by `swift package new-program`).
            let sample = Bundle.module.url(forResource: "Sample", withExtension: nil)!

            """)
    }

    @Test(arguments: [
        (ScaffoldRequest(from: "NationalPension112", name: "KaopingOffices111", ids: ["x-113"]), "已在 Package.swift 的 programs 清單中"),
        (ScaffoldRequest(from: "NationalPension112", name: "NationalPension112Tests", ids: ["x-113"]), "同名"),
        (ScaffoldRequest(from: "NationalPension112", name: "Foundation", ids: ["x-113"]), "保留"),
        (ScaffoldRequest(from: "NationalPension112", name: "national113", ids: ["x-113"]), "大寫英文字母開頭"),
        (ScaffoldRequest(from: "NationalPension112", name: "National-113", ids: ["x-113"]), "不是合法的 Swift 模組名稱"),
        (ScaffoldRequest(from: "NationalPension111", name: "NationalPension113", ids: ["x-113"]), "不認得來源模組「NationalPension111」"),
        (ScaffoldRequest(from: "KaopingOffices111", name: "KaopingOffices112", ids: ["kaoping-112"]), "找不到唯一的"),
        (ScaffoldRequest(from: "NationalPension112", name: "NationalPension113", ids: ["pension-county-112"]), "已被使用（Programs/NationalPension112/PensionCounty112.swift 第 1 行）"),
        (ScaffoldRequest(from: "NationalPension112", name: "NationalPension113", ids: ["a-113", "b-113"]), "登錄了 1 個程式"),
        (ScaffoldRequest(from: "NationalPension112", name: "NationalPension113", ids: ["Pension 113"]), "不合格式"),
        (ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["a-113", "b-113"], title: "評比"), "請只給一個 --id（給了 2 個）"),
        (ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["division-113"]), "須給 --title"),
        (ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["division-113"], title: "  "), "須給 --title"),
        (ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["Division 113"], title: "評比"), "不合格式"),
        (ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["pension-county-112"], title: "評比"), "已被使用"),
        (ScaffoldRequest(from: nil, name: "KaopingOffices111", ids: ["division-113"], title: "評比"), "已在 Package.swift 的 programs 清單中"),
        (ScaffoldRequest(from: nil, name: "Testing", ids: ["division-113"], title: "評比"), "保留"),
        (ScaffoldRequest(from: nil, name: "PensionCounty112", ids: ["division-113"], title: "評比"), "型別名稱「PensionCounty112Program」"),
    ])
    func refusesAndChangesNothing(_ request: ScaffoldRequest, _ reason: String) throws {
        let package = try FakePackage()
        let before = try package.snapshot()
        #expect {
            _ = try package.scaffolder.run(request)
        } throws: { error in
            (error as? ScaffoldError)?.message.contains(reason) == true
        }
        #expect(try package.snapshot() == before)
        #expect(try package.stagingIsEmpty())
    }

    @Test func refusesALeftoverFolder() throws {
        let package = try FakePackage()
        try package.write("Tests/NationalPension113Tests/Old.swift", "")
        let before = try package.snapshot()
        #expect(throws: ScaffoldError("Tests/NationalPension113Tests 已存在：模組「NationalPension113」已有（或殘留）檔案。")) {
            _ = try package.scaffolder.run(Self.request)
        }
        #expect(try package.snapshot() == before)
    }

    @Test(arguments: [Self.request, Self.brandNew], [1, 2, 3])
    func undoesEverythingWhenInterrupted(_ request: ScaffoldRequest, after step: Int) throws {
        let package = try FakePackage()
        let before = try package.snapshot()
        let plan = try package.scaffolder.plan(request)
        #expect {
            try package.scaffolder.apply(plan, interruptAfter: step)
        } throws: { error in
            (error as? ScaffoldError)?.message.contains("已還原，套件未變更") == true
        }
        #expect(try package.snapshot() == before)
        #expect(try package.stagingIsEmpty())
    }

    @Test func refusesWhenTheManifestChangedAfterPlanning() throws {
        let package = try FakePackage()
        let plan = try package.scaffolder.plan(Self.request)
        try package.write("Package.swift", ManifestListsTests.manifest + "// edited\n")
        let before = try package.snapshot()
        #expect(throws: ScaffoldError.self) { try package.scaffolder.apply(plan) }
        #expect(try package.snapshot() == before)
    }

    @Test func readsTheCommandLine() throws {
        #expect(try ScaffoldRequest(arguments: ["--from", "KaopingOffices111", "--name=KaopingOffices112", "--id", "kaoping-112"])
            == ScaffoldRequest(from: "KaopingOffices111", name: "KaopingOffices112", ids: ["kaoping-112"]))
        #expect(try ScaffoldRequest(arguments: ["--from", "A", "--name", "B", "--id", "a-1", "--id", "b-1", "--title", "新標題"])
            == ScaffoldRequest(from: "A", name: "B", ids: ["a-1", "b-1"], title: "新標題"))
        #expect(throws: ScaffoldError.self) { try ScaffoldRequest(arguments: ["--from", "A", "--name", "B"]) }
        #expect(throws: ScaffoldError.self) { try ScaffoldRequest(arguments: ["--from", "A", "--name", "B", "--id"]) }
        #expect(throws: ScaffoldError.self) { try ScaffoldRequest(arguments: ["--from", "A", "--name", "B", "--id", "a-1", "--force"]) }
    }

    @Test func makesABrandNewProgramOnTheCoreOnly() throws {
        let package = try FakePackage()
        let before = try ManifestLists(manifest: package.read("Package.swift"))
        _ = try package.scaffolder.run(Self.brandNew)
        let files = try package.snapshot().keys.filter { $0.contains("DivisionRanking113") }.sorted()
        #expect(files == [
            "/Programs/DivisionRanking113", "/Programs/DivisionRanking113/DivisionRanking113Program.swift",
            "/Programs/DivisionRanking113/Programs.swift", "/Programs/DivisionRanking113/Sample",
            "/Programs/DivisionRanking113/Sample/units.csv", "/Programs/DivisionRanking113/ServiceCount.swift",
            "/Programs/DivisionRanking113/TopAward.swift", "/Tests/DivisionRanking113Tests",
            "/Tests/DivisionRanking113Tests/DivisionRanking113Tests.swift",
        ])
        let program = try package.read("Programs/DivisionRanking113/DivisionRanking113Program.swift")
        #expect(program.contains(#"public let id = "division-113", title = "113年度某業務組轄區公所服務績效評比""#))
        #expect(program.contains("public struct DivisionRanking113Program: WeightedByItem, ScoredProgram {"))
        #expect(!program.contains("import NationalPension112") && !program.contains("import KaopingOffices111"))
        #expect(try package.read("Programs/DivisionRanking113/Programs.swift").contains("public let programs: [any Program] = [DivisionRanking113Program()]"))
        #expect(try package.read("Programs/DivisionRanking113/Sample/units.csv") == "單位,件數\n甲單位,120\n乙單位,100\n丙單位,80\n丁單位,60\n戊單位,140\n")
        #expect(try package.read("Tests/DivisionRanking113Tests/DivisionRanking113Tests.swift").contains(
            #"#expect(DivisionRanking113.programs.map(\.id) == ["division-113"])"#))
        let lists = try ManifestLists(manifest: package.read("Package.swift"))
        #expect(lists.programs == before.programs + ["DivisionRanking113"])
        #expect(lists.dependencies.isEmpty)
        #expect(try package.stagingIsEmpty())
    }

    @Test func theTemplateQuotesTheTitleAsASwiftString() {
        let files = NewProgramTemplate.moduleFiles(name: "A1", id: "a-1", title: "標題 \"引號\" \\ 反斜線")
        #expect(files["A1Program.swift"]?.contains(#"title = "標題 \"引號\" \\ 反斜線""#) == true)
    }

    @Test func readsABrandNewProgramsCommandLine() throws {
        #expect(try ScaffoldRequest(arguments: ["--name", "DivisionRanking113", "--id", "division-113", "--title", "評比"])
            == ScaffoldRequest(from: nil, name: "DivisionRanking113", ids: ["division-113"], title: "評比"))
    }
}

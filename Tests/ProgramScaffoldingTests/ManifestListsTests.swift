import Foundation
import Testing
@testable import ProgramScaffolding

@Suite struct ManifestListsTests {
    /// The top of this package's Package.swift as it was when the scaffolder was written.
    static let manifest = """
        // swift-tools-version: 6.1
        import PackageDescription

        /// The program modules under `Programs/`: the one place a program module is named.
        /// `swift package new-program` appends to this list.
        let programs = ["NationalPension112", "KaopingOffices111"]

        /// Program modules that build on other program modules (a later edition on an earlier one,
        /// a module reusing another's tables), by module name.
        let programDependencies: [String: [String]] = [:]

        let package = Package(name: "Pingbi", targets: programs.map { .target(name: $0) })

        """

    @Test func readsTheLists() throws {
        let lists = try ManifestLists(manifest: Self.manifest)
        #expect(lists.programs == ["NationalPension112", "KaopingOffices111"])
        #expect(lists.dependencies.isEmpty)
    }

    @Test func addsToASingleLineListAndAnEmptyDictionary() throws {
        let edited = try ManifestLists.adding("KaopingOffices112", dependsOn: ["KaopingOffices111"], to: Self.manifest)
        let expected = Self.manifest
            .replacingOccurrences(
                of: #"let programs = ["NationalPension112", "KaopingOffices111"]"#,
                with: #"let programs = ["NationalPension112", "KaopingOffices111", "KaopingOffices112"]"#)
            .replacingOccurrences(
                of: "let programDependencies: [String: [String]] = [:]",
                with: "let programDependencies: [String: [String]] = [\n    \"KaopingOffices112\": [\"KaopingOffices111\"],\n]")
        #expect(edited == expected)
        let lists = try ManifestLists(manifest: edited)
        #expect(lists.dependencyMap == ["KaopingOffices112": ["KaopingOffices111"]])
    }

    @Test func aModuleOnTheCoreOnlyLeavesTheDependenciesAsTheyWere() throws {
        let edited = try ManifestLists.adding("DivisionRanking113", dependsOn: [], to: Self.manifest)
        #expect(edited == Self.manifest.replacingOccurrences(
            of: #"let programs = ["NationalPension112", "KaopingOffices111"]"#,
            with: #"let programs = ["NationalPension112", "KaopingOffices111", "DivisionRanking113"]"#))
    }

    @Test func addsALineToMultilineListsKeepingCommentsAndCommas() throws {
        let manifest = """
            let programs = [
                "NationalPension112",  // 國民年金
                "KaopingOffices111" /* 高屏 */
            ]
            let programDependencies: [String: [String]] = [
                "IndigenousCollection112": ["NationalPension112"],
            ]
            let package = 1

            """
        let edited = try ManifestLists.adding("KaopingOffices112", dependsOn: ["KaopingOffices111"], to: manifest)
        #expect(edited == """
            let programs = [
                "NationalPension112",  // 國民年金
                "KaopingOffices111", /* 高屏 */
                "KaopingOffices112"
            ]
            let programDependencies: [String: [String]] = [
                "IndigenousCollection112": ["NationalPension112"],
                "KaopingOffices112": ["KaopingOffices111"],
            ]
            let package = 1

            """)
        let lists = try ManifestLists(manifest: edited)
        #expect(lists.programs == ["NationalPension112", "KaopingOffices111", "KaopingOffices112"])
        #expect(lists.dependencies.map(\.module) == ["IndigenousCollection112", "KaopingOffices112"])
    }

    @Test func ignoresNamesInCommentsAndStrings() throws {
        let manifest = """
            // let programs = ["Old"]
            let note = "let programs = [\\"Fake\\"]"
            /* let programDependencies = ["A": ["B"]] */
            let programs = ["A"]
            let programDependencies: [String: [String]] = ["A": []]

            """
        let lists = try ManifestLists(manifest: manifest)
        #expect(lists.programs == ["A"])
        #expect(lists.dependencies.map(\.module) == ["A"])
        let edited = try ManifestLists.adding("B", dependsOn: ["A"], to: manifest)
        #expect(edited.contains(#"let programs = ["A", "B"]"#))
        #expect(edited.contains(#"let programDependencies: [String: [String]] = ["A": [], "B": ["A"]]"#))
        #expect(edited.hasPrefix(#"// let programs = ["Old"]"#))
    }

    @Test(arguments: [
        ("let programs = base + [\"A\"]\nlet programDependencies: [String: [String]] = [:]", "找不到"),
        ("let programs = [name]\nlet programDependencies: [String: [String]] = [:]", "應只含模組名稱字串"),
        ("let programs = [\"A\"]\nlet programs = [\"B\"]\nlet programDependencies: [String: [String]] = [:]", "出現 2 次"),
        ("let programs = [\"A\"]", "找不到 `let programDependencies"),
        ("let programs = [\"A\"]\nlet programDependencies: [String: [String]] = [\"A\": shared]", "不是 \"模組\": [\"模組\"] 的形式"),
    ])
    func refusesListsItCannotEditSafely(_ manifest: String, _ reason: String) {
        #expect {
            _ = try ManifestLists.adding("B", dependsOn: ["A"], to: manifest)
        } throws: { error in
            (error as? ScaffoldError)?.message.contains(reason) == true
        }
    }

    @Test func editsThisPackagesManifest() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let before = try ManifestLists(manifest: manifest)
        let edited = try ManifestLists.adding("Example999", dependsOn: [before.programs[0]], to: manifest)
        let after = try ManifestLists(manifest: edited)
        #expect(after.programs == before.programs + ["Example999"])
        #expect(after.dependencyMap["Example999"] == [before.programs[0]])
        // Only the inserted text differs.
        #expect(edited.count > manifest.count)
        #expect(ManifestLists.outside(edited) == ManifestLists.outside(manifest))
    }
}

/// The source files of a new edition module and of its test target: pure functions from the
/// request to text.
public enum ModuleTemplate {
    /// `Programs/<name>/Programs.swift`: one ``Edition`` per program of the source module, under
    /// the new ids, on this module's copy of the sample.
    public static func programsFile(name: String, from: String, ids: [String], bases: [String], title: String?) -> String {
        let titleArgument = title.map { ", title: " + StringLiteral.quoted($0) } ?? ""
        var lines = [
            "import Foundation",
            "import PingbiCore",
            "import \(from)",
            "",
            "/// This edition's programs: \(from)'s, under new ids, with nothing changed yet.",
            "/// State each difference from the new document on the base before it is wrapped, and",
            "/// only the differences; everything not stated is inherited (docs/new-year.md).",
            "public let programs: [any Program] = [",
        ]
        lines += zip(ids, bases).map { id, base in
            "    Edition(base: \(base), id: \(StringLiteral.quoted(id))\(titleArgument), sampleData: sample),"
        }
        lines += [
            "]",
            "",
            "/// This module's sample data (copied from \(from) by `swift package new-program`).",
            "let sample = Bundle.module.url(forResource: \"Sample\", withExtension: nil)!",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Tests/<name>Tests/EditionTests.swift`: the new ids are registered, and each program runs
    /// on its sample and reports under its own id.
    public static func testFile(name: String, from: String, ids: [String]) -> String {
        let expected = "[" + ids.map(StringLiteral.quoted).joined(separator: ", ") + "]"
        return """
            import Foundation
            import PingbiCore
            import Testing
            import \(name)

            /// \(name) as scaffolded from \(from): its programs are registered under the new ids and
            /// run on this module's sample. Add a test for each difference as the edition states it.
            @Suite struct EditionTests {
                @Test func registersTheNewIDs() {
                    #expect(\(name).programs.map(\\.id) == \(expected))
                }

                @Test(arguments: \(name).programs.indices)
                func evaluatesItsSampleUnderItsOwnID(_ index: Int) throws {
                    let program = \(name).programs[index]
                    let data = DataSource(sampleOf: program)
                    let result = try program.evaluate(EvaluationContext(data: data))
                    #expect(result.program == program.id)
                    #expect(!result.units.isEmpty)
                }
            }

            """
    }
}

import Foundation
import PingbiCore
import PingbiTesting
import ProgramCatalog
import Testing

@testable import PingbiCommandLine
@testable import PingbiReports

/// Reports show an outcome's label by its kind, never by comparing its wording with the
/// award's title; the kind survives a result file read back.
@Suite struct OutcomeLabelKindTests {
    /// An award titled 績效獎 with a level (`甲等`) and a name that restates it in other words
    /// (`入選`), which no comparison with the title could tell apart.
    static let result: ProgramResult = {
        var result = ProgramResult(
            program: "p", title: "試算", readings: [],
            units: [UnitResult(unit: "甲公所"), UnitResult(unit: "乙公所")],
            outcomes: [
                Outcome(policy: "merit", unit: "甲公所", label: "甲等", labelKind: .level),
                Outcome(policy: "merit", unit: "乙公所", label: "入選"),
            ],
            policyTitles: ["merit": "績效獎"])
        result.policyKinds = ["merit": .award]
        return result
    }()

    @Test func aLevelIsShownAndANameIsLeftOut() {
        let table = TableRenderer.outcomeLists(Self.result)
        #expect(table.contains("績效獎（2）：甲公所（甲等）、乙公所\n"))
        let announcement = AnnouncementRenderer.render(Self.result)
        #expect(announcement.contains("甲等　甲公所"))
        #expect(!announcement.contains("入選"))
        let html = HTMLRenderer.outcomeLists(Self.result)
        #expect(html.contains("<th>等第</th>"))
        #expect(html.contains("<td class=\"unit\">甲公所</td><td>甲等</td>"))
        #expect(html.contains("<td class=\"unit\">乙公所</td><td></td>"))
        #expect(!html.contains("入選"))
    }

    @Test func theKindIsWrittenAndReadBack() throws {
        let program = try #require(Catalog.program("pension-county-112"))
        let original = try program.sampleResult()
        #expect(original.outcomes.contains { $0.label == "特優" && $0.labelKind == .level })
        #expect(original.outcomes.contains { $0.label == "檢討報告" && $0.labelKind == .name })
        let json = JSONRenderer.render(original)
        #expect(json.contains("\"label\": \"特優\", \"label_kind\": \"level\""))
        let path = try temporaryFolder().appendingPathComponent("結果.json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try ResultFile(path: path)
        let readBack = try file.result(try #require(file.objects.first), program: program)
        #expect(readBack.outcomes == original.outcomes)
    }

    @Test func anUnknownKindIsAnError() throws {
        let program = try #require(Catalog.program("pension-county-112"))
        let json = JSONRenderer.render(try program.sampleResult()).replacingOccurrences(of: "\"label_kind\": \"level\"", with: "\"label_kind\": \"等第\"")
        let path = try temporaryFolder().appendingPathComponent("結果.json").path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try ResultFile(path: path)
        #expect(throws: DataError.self) { try file.result(try #require(file.objects.first), program: program) }
    }
}

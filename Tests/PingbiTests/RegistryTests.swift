import Foundation
import PingbiCore
import ProgramCatalog
import ProgramScaffolding
import Testing

/// What is wrong with a set of registered modules: two programs with one id, an indicator or
/// policy without examples, a module that contributes no program.
func registryProblems(_ modules: [(name: String, programs: [any Program])]) -> [String] {
    var problems: [String] = []
    var owners: [String: String] = [:]
    for module in modules {
        if module.programs.isEmpty {
            problems.append("\(module.name): in the programs list but contributes no program")
        }
        for program in module.programs {
            if let owner = owners[program.id] {
                problems.append("\(module.name): id \(program.id) is already used by \(owner)")
            }
            owners[program.id] = owners[program.id] ?? module.name
            for item in program.indicators as [any Documented] where item.examples.isEmpty {
                problems.append("\(program.id): indicator \(item.id) has no examples")
            }
            for item in program.policies as [any Documented] where item.examples.isEmpty {
                problems.append("\(program.id): policy \(item.id) has no examples")
            }
        }
    }
    return problems
}

@Suite struct RegistryTests {
    @Test func theRegisteredProgramsAreWellFormed() {
        #expect(registryProblems(Catalog.modules) == [])
        #expect(!Catalog.programs.isEmpty)
    }

    @Test func everyModuleInPackageSwiftIsRegisteredInOrder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let lists = try ManifestLists(manifest: String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8))
        #expect(Catalog.modules.map(\.name) == lists.programs)
        #expect(Catalog.programs.count == Catalog.modules.map(\.programs.count).reduce(0, +))
    }

    @Test func findsASharedID() {
        let problems = registryProblems([
            ("A", [FakeProgram(id: "x-111")]), ("B", [FakeProgram(id: "y-111"), FakeProgram(id: "x-111")]),
        ])
        #expect(problems == ["B: id x-111 is already used by A"])
    }

    @Test func findsAnIndicatorOrPolicyWithoutExamples() {
        let problems = registryProblems([
            ("A", [FakeProgram(id: "x-111", indicators: [FakeItem(id: "S1", examples: 0)], policies: [FakeItem(id: "elite", examples: 0)])]),
        ])
        #expect(problems == ["x-111: indicator S1 has no examples", "x-111: policy elite has no examples"])
    }

    @Test func findsAModuleWithoutPrograms() {
        #expect(registryProblems([("A", [FakeProgram(id: "x-111")]), ("Empty", [])]) == ["Empty: in the programs list but contributes no program"])
    }

    @Test func acceptsWellFormedModules() {
        #expect(registryProblems([("A", [FakeProgram(id: "x-111"), FakeProgram(id: "x-112")])]) == [])
    }
}

/// An indicator and policy with a given number of trivial examples.
struct FakeItem: Indicator, AwardPolicy {
    let id: String
    let name = "測試項目"
    let clause = "（測試）"
    let count: Int
    init(id: String, examples: Int) {
        self.id = id
        self.count = examples
    }
    var examples: [Example] { (0..<count).map { _ in Example("一加一", expect: 2) { 1 + 1 } } }
    func evaluate(_ input: Int) -> Int { input }
    func decide(_ input: Int) -> Decision { Decision() }
}

/// A program that only has an id and items.
struct FakeProgram: Program {
    let id: String
    var title: String { "測試程式" }
    var inputs: [TableSpec] { [] }
    var readings: [AnyReading] { [] }
    let indicators: [any Indicator]
    let policies: [any AwardPolicy]
    var sampleData: URL { FileManager.default.temporaryDirectory }
    init(id: String, indicators: [any Indicator] = [FakeItem(id: "S1", examples: 1)], policies: [any AwardPolicy] = [FakeItem(id: "p", examples: 1)]) {
        self.id = id
        self.indicators = indicators
        self.policies = policies
    }
    func evaluate(_ context: EvaluationContext) throws -> ProgramResult { emptyResult(context) }
}

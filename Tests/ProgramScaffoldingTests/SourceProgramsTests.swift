import Testing
@testable import ProgramScaffolding

@Suite struct SourceProgramsTests {
    @Test func readsAOneProgramList() throws {
        let source = try SourcePrograms(
            programsFile: """
                import PingbiCore

                /// The national-pension programs of this edition, registered with the host.
                public let programs: [any Program] = [PensionCounty112()]

                """, module: "NationalPension112")
        #expect(source.elements == ["PensionCounty112()"])
        #expect(source.base(0, module: "NationalPension112") == "PensionCounty112()")
    }

    @Test func readsAMultilineListAndFallsBackToPositionsForExpressions() throws {
        let source = try SourcePrograms(
            programsFile: """
                public let programs: [any Program] = [
                    PensionCounty112(),  // 五(一)
                    Edition(base: PensionStaff112(), id: "pension-staff-113", sampleData: sample),
                    exemplary,
                ]
                let sample = Bundle.module.url(forResource: "Sample", withExtension: nil)!

                """, module: "NationalPension113")
        #expect(source.elements == [
            "PensionCounty112()", #"Edition(base: PensionStaff112(), id: "pension-staff-113", sampleData: sample)"#, "exemplary",
        ])
        #expect(source.base(0, module: "NationalPension113") == "PensionCounty112()")
        #expect(source.base(1, module: "NationalPension113") == "NationalPension113.programs[1]")
        #expect(source.base(2, module: "NationalPension113") == "NationalPension113.programs[2]")
    }

    @Test(arguments: ["import PingbiCore\n", "public let programs: [any Program] = []\n"])
    func refusesAModuleWithoutPrograms(_ text: String) {
        #expect(throws: ScaffoldError.self) { try SourcePrograms(programsFile: text, module: "KaopingOffices111") }
    }
}

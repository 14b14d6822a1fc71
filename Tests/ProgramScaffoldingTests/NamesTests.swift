import Testing
@testable import ProgramScaffolding

@Suite struct NamesTests {
    @Test(arguments: ["KaopingOffices112", "NationalPension113", "Kaoping_112", "K"])
    func acceptsModuleNames(_ name: String) throws {
        try Names.checkModule(name)
    }

    @Test(arguments: [
        ("", "不可空白"), ("112Kaoping", "不是合法的 Swift 模組名稱"), ("Kaoping-112", "不是合法的 Swift 模組名稱"),
        ("Kaoping 112", "不是合法的 Swift 模組名稱"), ("高屏112", "不是合法的 Swift 模組名稱"),
        ("kaopingOffices112", "大寫英文字母開頭"), ("Foundation", "保留"), ("Testing", "保留"), ("Self", "保留"),
    ])
    func refusesModuleNames(_ name: String, _ reason: String) {
        #expect {
            try Names.checkModule(name)
        } throws: { error in
            (error as? ScaffoldError)?.message.contains(reason) == true
        }
    }

    @Test(arguments: ["kaoping-112", "pension-county-113", "a1"])
    func acceptsProgramIDs(_ id: String) throws {
        try Names.checkProgramID(id)
    }

    @Test(arguments: ["", "Kaoping-112", "kaoping--112", "-kaoping", "kaoping-", "112-kaoping", "kaoping_112", "高屏-112"])
    func refusesProgramIDs(_ id: String) {
        #expect(throws: ScaffoldError.self) { try Names.checkProgramID(id) }
    }
}

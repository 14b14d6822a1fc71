import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import KaopingOffices111

/// An edition's award places reach the award clauses and examples (issue 10, point 4).
@Suite struct EditionQuotaTests {
    static let edition: Kaoping111 = {
        var program = Kaoping111()
        program.eliteQuota = [1: 4, 2: 3, 3: 5, 4: 4]
        program.mobilePoolSize = 8
        program.mobileWinners = 3
        return program
    }()

    @Test func theClausesQuoteThePlacesInForce() {
        let clauses = Self.edition.policies.map(\.clause)
        #expect(clauses[0] == "以總得分高低分組進行排名，第一分組錄取前 4 名，第二分組錄取前 3 名，第三分組錄取前 5 名，第四分組錄取前 4 名，合計錄取 16 家。備註：若總得分相同者，再依協助件數多寡比序")
        #expect(clauses[1].contains("加總前8名公所中，不分組別錄取得分最高前 3名公所。"))
        #expect(!clauses[1].contains("16 家"))
    }

    @Test func the111ClausesAreTheDocumentsWords() {
        #expect(Kaoping111().policies[0].clause.contains("第一、二分組各錄取前 3名，第三、四分組各錄取前 4 名，合計錄取 14 家"))
    }

    @Test func theEliteAwardHasAnExampleOnTheEditionsPlaces() {
        #expect(Self.edition.policies[0].examples.contains { $0.title == "本版名額：第1組 4 名、第2組 3 名、第3組 5 名、第4組 4 名" })
    }

    @Test(arguments: ExampleCase.all(of: [edition]))
    func everyExampleHoldsUnderTheEditionsPlaces(_ testCase: ExampleCase) throws {
        try testCase.check()
    }
}

import Foundation
import PingbiCore
import Testing
@testable import KaopingOffices111

/// A count too large to compute with is a data error naming its cell, never an overflow (it
/// was a crash: 100 − 2 × 4611686018427387904 overflowed in item (5)).
@Suite("kaoping-111 large counts")
struct OverflowTests {
    @Test func hugeErrorCountIsADataError() throws {
        let data = BadInputTests.withExtraLine(MiniData.line("甲鄉", "111-03", [.systemErrors: 4_611_686_018_427_387_904]))
        let error = try BadInputTests.error(data)
        #expect(error.line == 17 && error.column == "系統檢核錯誤" && error.value == "4611686018427387904")
        #expect(error.expected.contains("不超過 1,000,000,000,000"))
        #expect(error.file.hasSuffix("activity.csv"))
    }

    @Test func countBeyondIntIsADataErrorToo() throws {
        var line = MiniData.line("甲鄉", "111-03", [:]).split(separator: ",").map(String.init)
        line[2 + CountColumn.allCases.firstIndex(of: .autoDebit)!] = "\"99,999,999,999,999,999,999\""
        let error = try BadInputTests.error(BadInputTests.withExtraLine(line.joined(separator: ",")))
        #expect(error.column == "約定轉帳" && error.expected.contains("不超過"))
    }

    /// Every count at the limit in every month: the sums and products (×2, ×100, pooled over
    /// the group) are computed, not crashed on.
    @Test func countsAtTheLimitAreComputed() throws {
        let limit = CountLimit.maximum
        var counts = Dictionary(uniqueKeysWithValues: CountColumn.allCases.map { ($0, limit) })
        (counts[.transferOut], counts[.suspend], counts[.resume]) = (0, 0, 0)
        let month = Dictionary(uniqueKeysWithValues: (2...9).map { ($0, counts) })
        let data = MiniData(offices: ["甲鄉,1,250,Y", "乙鄉,1,250,N"], activity: ["甲鄉": month, "乙鄉": month])
        for readings in [[:], ["rate-average": "pooled", "quality-basis": "period", "local-card": "combined"]] {
            let result = try data.run(readings)
            #expect(result.value("甲鄉", "A2") == Decimal(40 * limit))
            #expect(result.value("甲鄉", "S1") == 80)
            #expect(result.value("乙鄉", "assist") == Decimal(8 * 9) * Decimal(limit))
            #expect(result.value("甲鄉", "assist") == Decimal(8 * 10) * Decimal(limit))
        }
    }
}

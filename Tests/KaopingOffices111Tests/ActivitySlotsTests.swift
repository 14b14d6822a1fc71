import Foundation
import PingbiCore
import PingbiTesting
import Testing
@testable import KaopingOffices111

/// `activity.csv` read from the input check's reading of its bytes (``ActivitySlots/init(plain:offices:columns:period:programPeriod:)``)
/// gives what its table's reading gives, and gives up wherever that reading throws.
@Suite struct ActivitySlotsTests {
    /// The sample's offices and activity text.
    static func sample() throws -> (offices: [Office], activity: String) {
        let program = Kaoping111()
        var warnings: [String] = []
        let data = DataSource(sampleOf: program)
        let offices = try Office.load(data, groups: Kaoping111.documentGroups, bounds: .halfOpen, warnings: &warnings)
        let text = try String(contentsOf: program.sampleData.appendingPathComponent("activity.csv"), encoding: .utf8)
        return (offices, text)
    }

    /// Both readings of `text`: the plain one (nil when it gives up) and the table's (nil when it throws).
    static func readings(_ text: String, offices: [Office], period: PeriodRange? = nil) throws -> (plain: ActivitySlots?, table: ActivitySlots?) {
        let program = Kaoping111(), columns = program.countColumns
        let spec = KaopingInputs.activity(program.period, columns: columns)
        let plain = CSVBytes(Array(text.utf8)).flatMap { InputValidation.plainTable($0, spec: spec) }.flatMap {
            ActivitySlots(plain: $0, offices: offices, columns: columns, period: period, programPeriod: program.period)
        }
        let table = try? ActivitySlots(
            table: Table(records: CSV.parse(text, file: "activity.csv"), spec: spec, file: "activity.csv"), offices: offices,
            columns: columns, period: period, programPeriod: program.period)
        return (plain, table)
    }

    /// The counts of each office and month of `slots`, nil where it has no row.
    static func counted(_ slots: ActivitySlots) -> [Counts?] {
        let store = slots.store(columns: Kaoping111().countColumns, months: [], entries: [])
        return slots.rowOf.map { $0 < 0 ? nil : store.counts(Int($0)) }
    }

    static func same(_ a: ActivitySlots, _ b: ActivitySlots) -> Bool {
        counted(a) == counted(b) && a.seenAnywhere == b.seenAnywhere && Set(a.months) == Set(b.months)
    }

    /// A month's sum of some columns read straight from the store (what item (5) reads) is the
    /// sum of the counts the store makes for that month, in both kinds of store: item (5)'s
    /// columns, every column, and a column the file lacks (0).
    @Test func sumsReadFromTheStoreAreTheSumsOfItsCounts() throws {
        let (offices, text) = try Self.sample()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // Without the optional 在地製卡件數 column: the plain store has no place for it.
        let dropped = try #require(header.firstIndex(of: CountColumn.localCards.rawValue))
        header.remove(at: dropped)
        lines[0] = header.joined(separator: ",")
        for line in lines.indices.dropFirst() where !lines[line].isEmpty {
            var fields = lines[line].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields.remove(at: dropped)
            lines[line] = fields.joined(separator: ",")
        }
        let (plain, table) = try Self.readings(lines.joined(separator: "\n"), offices: offices)
        let columnSets: [[CountColumn]] = [[.systemErrors, .manualErrors], Kaoping111().countColumns, [.localCards, .volume]]
        for slots in [try #require(plain), try #require(table)] {
            let store = slots.store(columns: Kaoping111().countColumns, months: [], entries: [])
            var nonzero = 0
            for row in slots.rowOf where row >= 0 {
                for columns in columnSets {
                    let sum = store.sum(columns, row: Int(row))
                    #expect(sum == store.counts(Int(row)).sum(columns))
                    if sum > 0 { nonzero += 1 }
                }
            }
            #expect(nonzero > 0)
            // Every month's sum at once (``MonthCounts/eachSum(_:_:)``), over rows that follow
            // each other in the file (read in one pass) and rows that do not.
            let rows = slots.rowOf.filter { $0 >= 0 }.sorted()
            for order in [rows, rows.reversed(), rows.enumerated().filter { $0.offset % 3 != 1 }.map(\.element)] {
                let entries = order.map { (month: UInt8(0), row: $0) }
                let months = MonthCounts(store: slots.store(columns: Kaoping111().countColumns, months: [YearMonth(year: 111, month: 2)], entries: entries), range: entries.indices)
                for columns in columnSets {
                    var sums: [Int] = []
                    months.eachSum(columns) { index, sum in
                        #expect(index == sums.count)
                        sums.append(sum)
                    }
                    #expect(sums == order.map { store.sum(columns, row: Int($0)) })
                }
            }
        }
    }

    @Test func theSampleReadsTheSameFromItsBytes() throws {
        let (offices, text) = try Self.sample()
        for period in [nil, PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 5))] {
            let (plain, table) = try Self.readings(text, offices: offices, period: period)
            let read = try #require(plain)
            #expect(Self.same(read, try #require(table)))
            #expect(read.rowOf.contains { $0 >= 0 })
        }
    }

    /// A count beyond 32 bits (kept apart from the check's 32-bit words) and one written with
    /// spaces around it (not plain digits) are read as the table reads them, in every month.
    @Test func countsBeyond32BitsAndSpacedCountsReadTheSame() throws {
        let (offices, text) = try Self.sample()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Fields 6 and 8: 承保異動量 and 電子繳款單_網路.
        for (line, field, value) in [(1, 6, "5000000000"), (2, 8, " 7 "), (3, 6, "4294967295")] {
            var fields = lines[line].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[field] = value
            lines[line] = fields.joined(separator: ",")
        }
        let (plain, table) = try Self.readings(lines.joined(separator: "\n"), offices: offices)
        let read = try #require(plain), expected = try #require(table)
        #expect(Self.same(read, expected))
        #expect(Self.counted(read).contains { $0?[.volume] == 5_000_000_000 })
        #expect(Self.counted(read).contains { $0?[.volume] == 4_294_967_295 })
        #expect(Self.counted(read).contains { $0?[.eBillWeb] == 7 })
    }

    @Test func damagedActivityIsReadTheSameOrLeftToTheTable() throws {
        let (offices, text) = try Self.sample()
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var generator = SplitMix64(seed: 0x0C5B_0003)
        let damage = ["台", " ", "\u{3000}", "-1", "1,0", "999999", "111-10", "111-1", "", "x", "\r", "9999999999999", "1000000000001"]
        var outcomes = (same: 0, givenUp: 0)
        for _ in 0..<300 {
            var damaged = lines
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let line = Int.random(in: 1..<(damaged.count - 1), using: &generator)
                var fields = damaged[line].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let field = Int.random(in: 0..<fields.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: fields[field] = damage.randomElement(using: &generator)!
                case 1: fields[field] += damage.randomElement(using: &generator)!
                case 2: damaged.insert(damaged[line], at: Int.random(in: 1..<damaged.count, using: &generator))
                default: damaged.remove(at: line)
                }
                if damaged.indices.contains(line) && fields.count > 1 { damaged[line] = fields.joined(separator: ",") }
            }
            let (plain, table) = try Self.readings(damaged.joined(separator: "\n"), offices: offices)
            if let plain {
                let table = try #require(table, "the plain reading read what the table's refuses")
                #expect(Self.same(plain, table))
                outcomes.same += 1
            } else {
                outcomes.givenUp += 1
            }
        }
        #expect(outcomes.same > 30 && outcomes.givenUp > 100)
        lines.removeAll()
    }
}

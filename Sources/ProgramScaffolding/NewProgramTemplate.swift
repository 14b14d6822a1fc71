/// The files of a brand-new program module and of its test target (`new-program` without
/// `--from`): a minimal version of the worked example in Tests/NewProgramExampleTests — one item
/// scored against the mean, one award by quota with ties, a small sample — built from PingbiCore
/// only. Pure functions from the request to text.
public enum NewProgramTemplate {
    /// The program type's name: the module's name with `Program` (a type named like its module
    /// would hide the module's `programs`).
    public static func typeName(_ module: String) -> String { module + "Program" }

    /// The files of `Programs/<name>/`, by path inside it.
    public static func moduleFiles(name: String, id: String, title: String) -> [String: String] {
        let type = typeName(name)
        return [
            "Programs.swift": #"""
                import PingbiCore

                /// This module's programs, registered with pingbi (Package.swift's `programs` names the module).
                public let programs: [any Program] = [\#(type)()]

                """#,
            "\(type).swift": #"""
                import Foundation
                import PingbiCore

                /// \#(oneLine(title)): scaffolded by `swift package new-program` with one item and one award on
                /// made-up sample data. Write the document's items, awards and input columns in their place
                /// (docs/new-year.md, "A brand-new program"; Tests/NewProgramExampleTests is a worked example).
                public struct \#(type): WeightedByItem, ScoredProgram {
                    public let id = \#(StringLiteral.quoted(id)), title = \#(StringLiteral.quoted(title))
                    public var primaryPolicy: String? { "top" }
                    /// 評比項目, and their weights in 總得分 by id.
                    public var service = ServiceCount()
                    public var weights: [String: Decimal] = ["S1": .exact("1")]
                    /// 獎項.
                    public var top = TopAward()

                    /// The program as the document writes it.
                    public init() {}

                    /// `units.csv`: one row per unit.
                    public static let units = TableSpec("units.csv", title: "受評單位", columns: [
                        ColumnSpec("單位", kind: .unit, note: "受評單位名稱"), ColumnSpec("件數", kind: .count, note: "評比期間之服務件數"),
                    ])

                    public var inputs: [TableSpec] { [Self.units] }
                    public var readings: [AnyReading] { [CutTies.reading.erased] }
                    public var groupItems: [any GroupScoredItem<UnitRecord>] { [service] }
                    public var unitItems: [any UnitScoredItem<UnitRecord>] { [] }
                    /// 總得分 descending; equal totals share a rank.
                    public var rankKeys: [RankKey<UnitRecord>] { [.descending { $0.total }] }
                    public var awards: [any StandingsAward<UnitRecord>] { [top] }
                    public var columns: [ValueColumn] { weightedColumns + [ValueColumn("total", "總得分", scale: 1, ranks: true)] }
                    public var groupTitles: [String: String] { [:] }
                    public var tiedAtCutTitle: String? { TiedAtCut.title(referredTo: "評審") }
                    public var sampleData: URL { Bundle.module.url(forResource: "Sample", withExtension: nil)! }

                    /// Reads `units.csv`: one unit per row, each named once.
                    public func load(_ context: EvaluationContext) throws -> Roster<UnitRecord> {
                        Roster(try context.data.table(Self.units).uniqueRows(by: "單位").map { name, row in
                            try UnitRecord(name: name, counts: ["件數": row.limitedCount("件數")])
                        })
                    }
                    /// Each score and the total are rounded to one decimal.
                    public func rounding(_ readings: ReadingChoices) -> RoundingStage { .items }
                    public func finish(_ result: inout ProgramResult, data: Roster<UnitRecord>, context: EvaluationContext) {
                        if context.data.isSample { result.notes.append("範例資料：單位名稱與件數皆為虛構，不是實際成績") }
                    }
                }

                /// One row of `units.csv` (the unit, its counts by column), with its 總得分 once totalled; no groups.
                public struct UnitRecord: TotalledUnit {
                    public var name: String, counts: [String: Int], total: Decimal = 0
                    public var group: String { "" }
                }

                """#,
            "ServiceCount.swift": #"""
                import Foundation
                import PingbiCore

                /// Item (1): A is the period's count, scored against the mean of all units.
                public struct ServiceCount: GroupScoredItem {
                    public typealias Unit = UnitRecord
                    public let id = "S1", name = "服務件數", column = "件數"
                    public let clause = "原始得分 A：評比期間之件數；平均 B：各受評單位 A 之平均；本項得分＝〔(A−B)/B〕×10＋80，最高 100 分。"

                    /// Every unit's score.
                    public func evaluate(_ units: GroupMembers<UnitRecord>) -> [ItemScore] {
                        let members = units.units.map { unit in
                            var explanation = Explanation("\(id) \(name) A")
                            explanation.input(column, count: unit.counts[column]!)
                            return (unit: unit.name, a: Fraction?(Fraction(unit.counts[column]!)), explanation: explanation)
                        }
                        return GroupRelativeScore.scores(title: "\(id) \(name)", members: members, formula: .init(factor: 10, cap: 100), rounding: .items)
                    }

                    public var examples: [Example] {
                        let scores: @Sendable ([Int]) -> [Decimal] = { counts in
                            ServiceCount().evaluate(GroupMembers(units: counts.indices.map { UnitRecord(name: "\($0)", counts: ["件數": counts[$0]]) }, readings: ReadingChoices())).map(\.value)
                        }
                        return [
                            Example("B = 100：A = 150 得 85 分、A = 50 得 75 分、A = B 得 80 分", expect: [85, 75, 80]) { scores([150, 50, 100]) },
                            Example("B = 25：A = 100 為 110 分，以上限 100 計", expect: [100, 70, 70, 70]) { scores([100, 0, 0, 0]) },
                            Example("皆為 0 件（B = 0）：皆得 80 分", expect: [80, 80]) { scores([0, 0]) },
                        ]
                    }
                }

                """#,
            "TopAward.swift": #"""
                import Foundation
                import PingbiCore

                /// 績優獎: the best units by 總得分.
                public struct TopAward: StandingsAward {
                    public typealias Member = UnitRecord
                    public let id = "top", name = "績優獎"
                    /// The places.
                    public var places = 3
                    public var clause: String { "依總得分排名，錄取前 \(places) 名；總得分相同者並列。" }

                    /// The best by rank, ties at the line per `cut-ties`; places nobody fills stay empty.
                    public func decide(_ input: Standings<UnitRecord>) -> Decision {
                        let cut = QuotaCut(input.members, ranks: input.ranks, places: places, ties: input.readings(CutTies.reading))
                        var decision = Decision(outcomes: cut.outcomes(policy: id, label: name, unit: \.name, reason: { "總得分 \($0.total.plainText)" }) {
                            "第 \($0) 名同分，名額 \(places) 名，交評審決定"
                        })
                        if cut.exceeded { decision.warnings.append("\(name)名額 \(places) 名，因切線同分錄取 \(cut.selected.count) 名") }
                        if let empty = cut.vacantPlaces { decision.vacant("\(name)名額 \(places) 名，受評單位僅 \(input.members.count) 個，\(cut.vacant) 名從缺。", policy: id, places: empty) }
                        return decision
                    }

                    public var examples: [Example] {
                        let field = [("甲", 90), ("乙", 85), ("丙", 80), ("丁", 80), ("戊", 70)].map { UnitRecord(name: $0.0, counts: [:], total: Decimal($0.1)) }
                        let decide: @Sendable ([UnitRecord], CutTies) -> Decision = { units, ties in
                            TopAward().decide(Standings(members: units, ranks: Ranking.ranks(units, by: [.descending { $0.total }]), readings: ReadingChoices(["cut-ties": ties.rawValue])))
                        }
                        return [
                            Example("錄取前 3 名", expect: ["甲", "乙", "丙"]) { decide([field[0], field[1], field[2], field[4]], .include).outcomes.map(\.unit) },
                            Example("cut-ties=include：切線同分者全部錄取", expect: ["甲", "乙", "丙", "丁"]) { decide(field, .include).outcomes.map(\.unit) },
                            Example("cut-ties=refer：名額不變，同分者交評審", expect: ["top", "top", "tied-at-cut", "tied-at-cut"]) {
                                decide(field, .refer).outcomes.map(\.policy)
                            },
                            Example("只有 2 個單位：1 名從缺", expect: 1) { decide([field[0], field[1]], .include).vacancies.count },
                        ]
                    }
                }

                """#,
            "Sample/units.csv": "單位,件數\n甲單位,120\n乙單位,100\n丙單位,80\n丁單位,60\n戊單位,140\n",
        ]
    }

    /// The files of `Tests/<name>Tests/`, by path inside it.
    public static func testFiles(name: String, id: String) -> [String: String] {
        let type = typeName(name)
        return [
            "\(name)Tests.swift": #"""
                import Foundation
                import PingbiCore
                import PingbiTesting
                import Testing
                import \#(name)

                /// \#(name) as scaffolded: its sample gives the hand-checked result and every worked example
                /// holds. Change these as the document's items and awards are written.
                @Suite struct \#(name)Tests {
                    let program = \#(type)()

                    @Test func registersItsProgram() {
                        #expect(\#(name).programs.map(\.id) == [\#(StringLiteral.quoted(id))])
                    }

                    @Test func runsItsSample() throws {
                        let result = try program.evaluate(EvaluationContext(data: DataSource(sampleOf: program)))
                        // B = 500 / 5 = 100: 戊 〔(140−100)/100〕×10+80 = 84, 甲 82, 乙 80, 丙 78, 丁 76.
                        #expect(result.units.map { "\($0.rank!) \($0.unit) \($0.values["total"]!)" } == [
                            "1 戊單位 84", "2 甲單位 82", "3 乙單位 80", "4 丙單位 78", "5 丁單位 76",
                        ])
                        #expect(result.outcomes.map { "\($0.policy):\($0.unit)" } == ["top:戊單位", "top:甲單位", "top:乙單位"])
                    }

                    @Test(arguments: ExampleCase.all(of: \#(name).programs))
                    func exampleHolds(_ testCase: ExampleCase) throws {
                        try testCase.check()
                    }

                    @Test(arguments: ["12abc", "1,000,000,000,001"])
                    func aBadCellIsADataErrorNamingIt(_ cell: String) throws {
                        let folder = try temporaryFolder(holding: ["units.csv": "單位,件數\n甲單位,120\n乙單位,\"\(cell)\"\n"])
                        defer { try? FileManager.default.removeItem(at: folder) }
                        #expect {
                            _ = try program.evaluate(EvaluationContext(data: DataSource(directory: folder, label: "資料")))
                        } throws: { error in
                            guard let error = error as? DataError else { return false }
                            return (error.file, error.line, error.column, error.value) == ("資料/units.csv", 3, "件數", cell)
                        }
                    }
                }

                """#,
        ]
    }

    /// `text` on one line, for a doc comment.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

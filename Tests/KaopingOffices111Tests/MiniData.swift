import Foundation
import PingbiCore
import PingbiTesting
@testable import KaopingOffices111

/// Small input folders written to a temporary directory, for end-to-end and bad-input tests.
struct MiniData {
    /// `offices.csv` lines after the header.
    var offices: [String]
    /// Activity rows by office: month → counts; every office gets a zero row for every
    /// month of 111-02..111-09 not given, unless listed in `skip`.
    var activity: [String: [Int: [CountColumn: Int]]]
    /// Office-months to leave out.
    var skip: Set<String> = []
    /// Raw lines appended to `activity.csv` as written.
    var extraActivityLines: [String] = []

    static let header = "公所," + "月份," + CountColumn.allCases.map(\.rawValue).joined(separator: ",")

    /// The activity line of one office-month.
    static func line(_ office: String, _ month: String, _ counts: [CountColumn: Int]) -> String {
        ([office, month] + CountColumn.allCases.map { String(counts[$0] ?? 0) }).joined(separator: ",")
    }

    var activityText: String {
        var lines = [MiniData.header]
        for office in activity.keys.sorted() {
            for month in 2...9 where !skip.contains("\(office) \(month)") {
                lines.append(MiniData.line(office, "111-0\(month)", activity[office]![month] ?? [:]))
            }
        }
        return (lines + extraActivityLines).joined(separator: "\n") + "\n"
    }

    /// Writes the files and returns the folder as a data source.
    func write(officesText: String? = nil, activityText: String? = nil) throws -> DataSource {
        let directory = try temporaryFolder(holding: [
            "offices.csv": officesText ?? (["公所,組別,110年月平均異動筆數,在地製卡"] + offices).joined(separator: "\n") + "\n",
            "activity.csv": activityText ?? self.activityText,
        ])
        return DataSource(directory: directory, label: "")
    }

    /// Runs the program on this data.
    func run(_ readings: [String: String] = [:], period: String? = nil) throws -> ProgramResult {
        try Kaoping111().evaluate(EvaluationContext(
            data: write(), readings: ReadingChoices(readings), period: period.flatMap(PeriodRange.init)))
    }

    /// The readings test set (values worked out by hand in ReadingTests):
    /// group 1 甲/乙/丙(在地製卡), group 2 丁/戊 (equal scores), group 3 子1…子5 (identical).
    static let readings: MiniData = {
        var activity: [String: [Int: [CountColumn: Int]]] = [
            "甲鄉": [2: [.enrol: 1, .volume: 3, .systemErrors: 3, .lineText: 5, .cardReplacement: 3]],
            "乙鄉": [2: [.enrol: 2, .volume: 4, .staticPromotion: 5, .autoDebit: 10, .areaInstalment: 2]],
            "丙鄉": [2: [.staticPromotion: 10, .cardReplacement: 50, .localCards: 150, .autoDebit: 20, .areaInstalment: 4]],
            "丁鄉": [2: [.enrol: 1, .volume: 10, .staticPromotion: 1, .eBillWeb: 5, .areaInstalment: 2]],
            "戊鄉": [2: [.enrol: 1, .volume: 10, .staticPromotion: 1, .eBillCounter: 5, .counterInstalment: 1]],
        ]
        var offices = ["甲鄉,1,250,N", "乙鄉,1,300,N", "丙鄉,1,,Y", "丁鄉,2,100,N", "戊鄉,2,,N"]
        for i in 1...5 {
            activity["子\(i)鄉"] = [2: [.enrol: 1, .volume: 2, .staticPromotion: 1, .autoDebit: 1, .areaInstalment: 1]]
            offices.append("子\(i)鄉,3,50,N")
        }
        return MiniData(offices: offices, activity: activity)
    }()
}

extension ProgramResult {
    /// A value of a unit, for assertions.
    func value(_ unit: String, _ key: String) -> Decimal? {
        self.unit(named: unit)?.values[key]
    }

    /// `unit:rank` of one policy's outcomes.
    func winners(_ policy: String) -> [String] {
        outcomes(of: policy).map { "\($0.unit):\($0.rank.map(String.init) ?? "-")" }
    }
}

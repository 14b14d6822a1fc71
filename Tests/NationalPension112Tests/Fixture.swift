import Foundation
import PingbiCore
import PingbiTesting
@testable import NationalPension112

/// Temporary data folders and runs for the end-to-end tests.
enum Fixture {
    static let counties = PensionCounty112.counties
    static let groupA = ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市"]
    static let groupB = counties.filter { !groupA.contains($0) }

    /// A fresh folder holding `files` (name → text).
    static func folder(_ files: [String: String]) throws -> URL {
        try temporaryFolder(holding: files)
    }

    /// The shipped sample's text of `file`.
    static func sample(_ file: String) throws -> String {
        try String(contentsOf: PensionStaff112().sampleData.appendingPathComponent(file), encoding: .utf8)
    }

    /// Runs `program` on `folder` with `readings`.
    static func run(
        _ program: any Program, _ folder: URL, label: String? = nil, _ readings: [String: String] = [:]
    ) throws -> ProgramResult {
        try program.evaluate(EvaluationContext(
            data: DataSource(directory: folder, label: label ?? folder.path), readings: ReadingChoices(readings)))
    }

    /// Runs `program` on its shipped sample, as `pingbi` does without `--data`.
    static func runSample(_ program: any Program, _ readings: [String: String] = [:]) throws -> ProgramResult {
        try program.sampleResult(readings)
    }

    /// One county's visit numbers.
    struct Visit {
        var change: String
        var target = 1000
        var actual: Int
        var success: Int
        var paid: Int
        var supervisors = 1
        var workers = 4
        var analysed: Int? = nil
        var sessions: Int? = nil
        var sessionTarget: Int? = nil
    }

    /// A county whose four indicators all get worse as `level` grows (so its score is its rank).
    static func level(_ level: Int) -> Visit {
        Visit(
            change: "-0." + String(format: "%02d", level), actual: 1000 - level, success: 600 - 10 * level,
            paid: 200 - 5 * level)
    }

    /// county-rates.csv and visits.csv for `visits` (county → numbers); every county must be given.
    static func staffFiles(_ visits: [String: Visit], extraColumns: Bool = false) -> [String: String] {
        var rates = "地區,本期收繳率,前期收繳率\n"
        var rows = "縣市,應訪視人數,實際訪視人數,訪視成功人數,訪視後補繳人數,分析訪視成功人數,督導員人數,服務員人數,宣導場次,宣導場次目標\n"
        for county in counties {
            guard let v = visits[county] else { continue }
            // 本期 = 50, 前期 = 50 − 消長.
            let base = Decimal(50) - Decimal.exact(v.change)
            rates += "\(county),50.00%,\(base.plainText)%\n"
            rows += "\(county),\(v.target),\(v.actual),\(v.success),\(v.paid),\(v.analysed.map(String.init) ?? ""),"
                + "\(v.supervisors),\(v.workers),\(v.sessions.map(String.init) ?? ""),\(v.sessionTarget.map(String.init) ?? "")\n"
        }
        return ["county-rates.csv": rates, "visits.csv": rows]
    }

    /// Group B at levels 1…16 in roster order, and `a` for group A (default: levels 1…6).
    static func visits(a: [String: Visit]? = nil, b overrides: [String: Visit] = [:]) -> [String: Visit] {
        var all: [String: Visit] = [:]
        for (index, county) in groupA.enumerated() { all[county] = a?[county] ?? level(index + 1) }
        for (index, county) in groupB.enumerated() { all[county] = overrides[county] ?? level(index + 1) }
        return all
    }
}

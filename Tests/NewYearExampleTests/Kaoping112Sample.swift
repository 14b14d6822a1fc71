import Foundation
import KaopingOffices111
import PingbiCore
import PingbiTesting

/// The 112 edition's sample, made from the 111 sample as a 承辦人 would make next year's
/// files: months 111-MM become 112-MM, 跨區收件 is dropped, the new 行動支付件數 is filled
/// ((7 × row + 3) mod 13 on the n-th data row, from 0), and offices.csv gives the 111 average
/// (the 111 sample's figure) instead of a 組別, so the new bounds group the offices.
enum Kaoping112Sample {
    /// A folder holding the sample, written once per test process.
    static let folder: URL = {
        let base = Kaoping111().sampleData
        let folder = try! temporaryFolder()
        try! rewrite(base.appendingPathComponent("offices.csv"), to: folder.appendingPathComponent("offices.csv")) { fields, _ in
            fields[0] == "公所" ? ["公所", "組別", "111年月平均異動筆數", "在地製卡"] : [fields[0], "", fields[2], fields[3]]
        }
        var crossDistrict = 0
        try! rewrite(base.appendingPathComponent("activity.csv"), to: folder.appendingPathComponent("activity.csv")) { fields, row in
            var fields = fields
            if fields[0] == "公所" {
                crossDistrict = fields.firstIndex(of: "跨區收件")!
                fields.remove(at: crossDistrict)
                return fields + ["行動支付件數"]
            }
            fields[1] = fields[1].replacingOccurrences(of: "111-", with: "112-")
            fields.remove(at: crossDistrict)
            return fields + ["\((7 * (row - 1) + 3) % 13)"]
        }
        return folder
    }()

    /// Writes `source` (a plain CSV without quotes) to `target`, each line's fields mapped by
    /// `transform(fields, lineIndex)`.
    private static func rewrite(_ source: URL, to target: URL, _ transform: ([String], Int) -> [String]) throws {
        let lines = try String(contentsOf: source, encoding: .utf8).split(separator: "\n").map(String.init)
        let text = lines.enumerated().map { index, line in
            transform(line.split(separator: ",", omittingEmptySubsequences: false).map(String.init), index).joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        try text.write(to: target, atomically: true, encoding: .utf8)
    }
}

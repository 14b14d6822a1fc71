import Foundation
import PingbiCore

/// One office of `offices.csv`, with its group settled.
public struct Office: Sendable, Equatable {
    /// The office's name, normalised (`屏東縣潮州鎮`).
    public let name: String
    /// Its line in `offices.csv`.
    public let line: Int
    /// Its group, 1–4.
    public let group: Int
    /// Whether it is a 在地製卡 site (item (8)'s 註).
    public let isCardSite: Bool

    /// An office (for examples and tests).
    public init(name: String, line: Int = 0, group: Int, isCardSite: Bool = false) {
        self.name = name
        self.line = line
        self.group = group
        self.isCardSite = isCardSite
    }

    /// Reads `offices.csv`: groups from 組別, else from the 110 average; warnings when both are
    /// given and disagree, and when a group's size is not the document's.
    static func load(_ data: DataSource, groups: GroupScheme, bounds: GroupBounds, warnings: inout [String]) throws(DataError) -> [Office] {
        let table = try data.table(KaopingInputs.offices(groups))
        var offices: [Office] = []
        for (name, row) in try table.uniqueRows(by: "公所") {
            var stated: Int?
            if let text = row.optionalText("組別") {
                guard let group = groups.parse(text) else {
                    throw row.error("組別", expected: "組別 \(groups.numbersText)")
                }
                stated = group
            }
            let average = try row.optionalValue(groups.measure, CellParser.number)
            if let average, average < 0 {
                throw row.error(groups.measure, expected: "不小於 0 的數字")
            }
            let derived = average.flatMap { groups.group(for: $0, asWritten: bounds == .asWritten) }
            let group: Int
            switch (stated, average) {
            case (let stated?, let average?):
                group = stated
                if derived != stated {
                    let reading = derived.map { "第 \($0) 組" } ?? "無對應組別（group-bounds=as-written 的空隙）"
                    warnings.append("offices.csv 第 \(row.line) 行 \(name)：組別為 \(stated)，但\(groups.measure) \(average.plainText) 依分組標準為\(reading)；以組別（附件1）為準")
                }
            case (let stated?, nil):
                group = stated
            case (nil, let average?):
                guard let derived else {
                    throw row.error(groups.measure, expected: "可分組的平均異動筆數：依 group-bounds=as-written（\(groups.asWrittenText)），\(average.plainText) 落在分組界限的空隙，無對應組別；請填組別或改用 group-bounds=half-open")
                }
                group = derived
            case (nil, nil):
                throw row.error("組別", expected: "組別（1–\(groups.count)）或\(groups.measure)，至少須填一項")
            }
            var isCardSite = false
            if row.optionalText("在地製卡") != nil {
                isCardSite = try row.choice("在地製卡", ["Y", "N"]) == "Y"
            }
            offices.append(Office(name: name, line: row.line, group: group, isCardSite: isCardSite))
        }
        for group in groups.numbers {
            let size = offices.filter { $0.group == group }.count
            if let documented = groups.documentedSize(of: group), size != documented {
                warnings.append("\(groups.title(group))有 \(size) 家公所，與計畫所列 \(documented) 家不同")
            }
        }
        return offices
    }
}

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
        let spec = KaopingInputs.offices(groups)
        var offices: [Office]
        // A plain file is read from its bytes; one that is not, or with a problem, by its table,
        // which also words the error.
        var plainWarnings = warnings
        if let table = data.plainTable(spec.fileName, spec: spec),
           let read = plain(table, groups: groups, bounds: bounds, warnings: &plainWarnings) {
            offices = read
            warnings = plainWarnings
        } else {
            offices = []
            let table = try data.table(spec)
            for (name, row) in try table.uniqueRows(by: "公所") {
                offices.append(try office(
                    name: name, line: row.line, stated: row.text("組別"), average: row.text(groups.measure),
                    cardSite: row.text("在地製卡"), groups: groups, bounds: bounds, warnings: &warnings
                ) { column, expected in row.error(column, expected: expected) })
            }
        }
        var sizes: [Int: Int] = [:]
        for office in offices { sizes[office.group, default: 0] += 1 }
        for group in groups.numbers {
            let size = sizes[group] ?? 0
            if let documented = groups.documentedSize(of: group), size != documented {
                warnings.append("\(groups.title(group))有 \(size) 家公所，與計畫所列 \(documented) 家不同")
            }
        }
        return offices
    }

    /// The offices of the plain, clean file `table` (as the input check read it, ``PlainTable``),
    /// as ``load(_:groups:bounds:warnings:)`` reads its table: each name as its read form, each
    /// pair of 組別 and 在地製卡 written settled once. Nil when a name repeats, a row has a
    /// problem, or an average is written (the table's reading then reads it, or throws its error).
    private static func plain(_ table: PlainTable, groups: GroupScheme, bounds: GroupBounds, warnings: inout [String]) -> [Office]? {
        guard !table.isWritten(groups.measure), let names = table.forms("公所") else { return nil }
        let stated = table.forms("組別"), cards = table.forms("在地製卡")
        var seen = [Bool](repeating: false, count: names.forms.count)
        // The group and site of each pair of 組別 and 在地製卡 numbers (each +1, 0 for a blank),
        // by pair: `stated × sites + card`.
        let sites = (cards?.forms.count ?? 0) + 1
        var settled = [(group: Int, isCardSite: Bool)?](repeating: nil, count: ((stated?.forms.count ?? 0) + 1) * sites)
        var pairs = [Int](repeating: 0, count: table.rowCount)
        let statedIDs = stated?.ids ?? [], cardIDs = cards?.ids ?? []
        for row in 0..<table.rowCount {
            let number = Int(names.ids[row])
            guard number >= 0, !seen[number] else { return nil }
            seen[number] = true
            let statedNumber = statedIDs.isEmpty ? -1 : Int(statedIDs[row]), cardNumber = cardIDs.isEmpty ? -1 : Int(cardIDs[row])
            let pair = (statedNumber + 1) * sites + (cardNumber + 1)
            pairs[row] = pair
            if settled[pair] != nil { continue }
            // No average: the office depends on its 組別 and 在地製卡 alone, and warns of nothing.
            do throws(DataError) {
                let office = try office(
                    name: names.forms[number], line: table.line(of: row), stated: statedNumber < 0 ? "" : stated!.forms[statedNumber], average: "",
                    cardSite: cardNumber < 0 ? "" : cards!.forms[cardNumber], groups: groups, bounds: bounds, warnings: &warnings
                ) { _, _ in DataError(file: "", expected: "") }
                settled[pair] = (office.group, office.isCardSite)
            } catch {
                return nil
            }
        }
        // Each office made from its row's pair, on two threads.
        let (known, rowPairs) = (settled, pairs)
        return TwoThreads.map(count: table.rowCount) { row in
            let office = known[rowPairs[row]]!
            return Office(name: names.forms[Int(names.ids[row])], line: table.line(of: row), group: office.group, isCardSite: office.isCardSite)
        }
    }

    /// The office of one row of `offices.csv`: its normalised `name`, its `line`, and the texts
    /// of its 組別, average and 在地製卡 cells (empty where blank or absent); `problem` makes the
    /// error of a cell of the row (column, expected).
    static func office(
        name: String, line: Int, stated statedText: String, average averageText: String, cardSite cardText: String, groups: GroupScheme,
        bounds: GroupBounds, warnings: inout [String], problem: (String, String) -> DataError
    ) throws(DataError) -> Office {
        var stated: Int?
        if !statedText.isEmpty {
            guard let group = groups.parse(statedText) else {
                throw problem("組別", "組別 \(groups.numbersText)")
            }
            stated = group
        }
        var average: Decimal?
        if !averageText.isEmpty {
            do throws(CellError) {
                average = try CellParser.number(averageText)
            } catch {
                throw problem(groups.measure, error.expected.description)
            }
        }
        if let average, average < 0 {
            throw problem(groups.measure, "不小於 0 的數字")
        }
        let derived = average.flatMap { groups.group(for: $0, asWritten: bounds == .asWritten) }
        let group: Int
        switch (stated, average) {
        case (let stated?, let average?):
            group = stated
            if derived != stated {
                let reading = derived.map { "第 \($0) 組" } ?? "無對應組別（解讀「\(GroupBounds.asWritten.label)」時落在分組界限的空隙）"
                warnings.append("offices.csv 第 \(line) 行 \(name)：組別為 \(stated)，但\(groups.measure) \(average.plainText) 依分組標準為\(reading)；以組別（附件1）為準")
            }
        case (let stated?, nil):
            group = stated
        case (nil, let average?):
            guard let derived else {
                throw problem(groups.measure, "可分組的平均異動筆數：依 group-bounds=as-written（\(groups.asWrittenText)），\(average.plainText) 落在分組界限的空隙，無對應組別；請填組別或改用 group-bounds=half-open")
            }
            group = derived
        case (nil, nil):
            throw problem("組別", "組別（1–\(groups.count)）或\(groups.measure)，至少須填一項")
        }
        var isCardSite = false
        if !cardText.isEmpty {
            guard cardText == "Y" || cardText == "N" else { throw problem("在地製卡", CellExpectation.oneOf(["Y", "N"]).description) }
            isCardSite = cardText == "Y"
        }
        return Office(name: name, line: line, group: group, isCardSite: isCardSite)
    }
}

import Foundation
import PingbiCore

/// One nomination for the 標竿學習獎 as 初審 and 複審 read it. Only what they need is kept:
/// the form's contact details (聯絡方式, e-mail, 電話) are never read (最小揭露).
public struct Nomination: Sendable, Equatable {
    /// The line of `nominations.csv` where the row is.
    public let line: Int
    /// The nominee's name as shown in results (姓名, with the county added when two share it).
    public let name: String
    /// The county whose government nominated (of the 22).
    public let agency: String
    /// 職稱: 督導員 or 服務員.
    public let title: String
    /// 現任.
    public let serving: Bool
    /// The length of 事蹟概述 (``NominationTable/summaryLength(_:)``).
    public let summaryLength: Int
    /// 照片數.
    public let photos: Int
    /// 評審1 … 評審5, each 0–100 where given.
    public let scores: [Decimal?]

    /// A nomination.
    public init(
        line: Int, name: String, agency: String, title: String, serving: Bool, summaryLength: Int, photos: Int,
        scores: [Decimal?]
    ) {
        self.line = line
        self.name = name
        self.agency = agency
        self.title = title
        self.serving = serving
        self.summaryLength = summaryLength
        self.photos = photos
        self.scores = scores
    }

    /// A nomination for examples.
    static func sample(
        _ name: String, agency: String = "臺北市", title: String = "服務員", serving: Bool = true, summary: Int = 300,
        photos: Int = 2, line: Int = 2
    ) -> Nomination {
        Nomination(
            line: line, name: name, agency: agency, title: title, serving: serving, summaryLength: summary, photos: photos,
            scores: [80, 80, 80, 80, 80].map { Decimal($0) })
    }
}

/// `nominations.csv` (附件六's form, one row per nominee), read and checked.
public struct NominationTable: Sendable {
    /// The column names.
    public enum Column {
        /// 推薦機關.
        public static let agency = "推薦機關"
        /// 姓名.
        public static let name = "姓名"
        /// 職稱.
        public static let title = "職稱"
        /// 現任.
        public static let serving = "現任"
        /// 事蹟概述.
        public static let summary = "事蹟概述"
        /// 照片數.
        public static let photos = "照片數"
        /// 評審1 … 評審5.
        public static let scores = (1...5).map { "評審\($0)" }
    }

    /// The two 職稱 the award has places for.
    public static let titles = ["督導員", "服務員"]

    /// The layout of `nominations.csv`, its notes quoting the limits in force (附件六: 500 字以內, 至少 2 張).
    public static func spec(summaryLimit: Int, minimumPhotos: Int) -> TableSpec {
        TableSpec("nominations.csv", title: "績優國民年金督導員及服務員推薦（附件五、六）", columns: [
            ColumnSpec(Column.agency, kind: .unit, note: "推薦之直轄市、縣(市)政府，例如 臺北市政府社會局"),
            ColumnSpec(Column.name, kind: .person, note: "受推薦人姓名"),
            ColumnSpec(Column.title, kind: .choice(titles), note: "督導員 或 服務員"),
            ColumnSpec(Column.serving, kind: .choice(["是", "否"]), note: "是否現任：是 或 否"),
            ColumnSpec(Column.summary, note: "優良事蹟概述（\(summaryLimit) 字以內）"),
            ColumnSpec(Column.photos, kind: .count, note: "服務照片張數（至少 \(minimumPhotos) 張）"),
        ] + Column.scores.map { ColumnSpec($0, kind: .range(0, 100), allowsBlank: true, note: "複審委員評分 0 到 100（初審未通過者可空白）") },
        key: [Column.agency, Column.name], keyRule: "同一推薦機關不重複推薦同一人", rosterKey: false)
    }

    /// The file, as the user named it.
    public let file: String
    /// The nominations, in file order.
    public let rows: [Nomination]

    /// Reads `nominations.csv`: agencies of the 22, 職稱 and 現任 from their lists, scores 0–100.
    /// A name is kept as written (trimmed only: 台→臺 is for units, not people, so 王台生 and
    /// 王臺生 are two people); it is shown as 姓名（縣市） only where two agencies nominate it.
    public init(_ table: Table) throws(DataError) {
        var parsed: [Nomination] = []
        var seen: [String: Int] = [:]
        var agenciesByName: [String: Set<String>] = [:]
        for row in table.rows {
            let agency = try Self.county(row)
            let name = try Self.personName(row)
            let key = agency + "\u{0}" + name
            if let first = seen[key] {
                throw row.error(Column.name, value: name, expected: "同一推薦機關不重複推薦同一人（第 \(first) 行已有「\(name)」）")
            }
            seen[key] = row.line
            agenciesByName[name, default: []].insert(agency)
            let title = try row.choice(Column.title, Self.titles)
            let serving = try row.choice(Column.serving, ["是", "否"]) == "是"
            let photos = try row.value(Column.photos, CountLimit.parse)
            var scores: [Decimal?] = []
            for column in Column.scores {
                scores.append(try row.optionalValue(column) { (text: String) throws(CellError) -> Decimal in
                    let value = try CellParser.number(text)
                    guard value >= 0, value <= 100 else { throw CellError(expected: .range(0, 100)) }
                    return value
                })
            }
            parsed.append(Nomination(
                line: row.line, name: name, agency: agency, title: title, serving: serving,
                summaryLength: Self.summaryLength(row.text(Column.summary)), photos: photos, scores: scores))
        }
        self.file = table.file
        self.rows = parsed.map { n in
            agenciesByName[n.name]!.count > 1
                ? Nomination(
                    line: n.line, name: "\(n.name)（\(n.agency)）", agency: n.agency, title: n.title, serving: n.serving,
                    summaryLength: n.summaryLength, photos: n.photos, scores: n.scores)
                : n
        }
    }

    /// The length of a 事蹟概述 as 初審 counts it (附件六「500字以內」): Unicode characters
    /// (scalars), not counting line breaks (LF, CR, CRLF) or leading and trailing white space.
    public static func summaryLength(_ text: String) -> Int {
        text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars.count { $0 != "\n" && $0 != "\r" }
    }

    /// A person's name as written, trimmed of surrounding white space only; blank is an error.
    private static func personName(_ row: Row) throws(DataError) -> String {
        let name = row.text(Column.name).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw row.error(Column.name, expected: CellExpectation.nonEmpty.description) }
        return name
    }

    /// The county of a 推薦機關 cell: one of the 22, alone or followed by its office's name.
    private static func county(_ row: Row) throws(DataError) -> String {
        let text = try row.unit(Column.agency)
        guard let county = PensionCounty112.counties.first(where: { text.hasPrefix($0) }) else {
            throw row.error(Column.agency, value: text, expected: "22 個直轄市、縣(市)政府之一（例如 臺北市 或 臺北市政府社會局）")
        }
        return county
    }
}

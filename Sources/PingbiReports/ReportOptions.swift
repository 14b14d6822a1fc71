import PingbiCore
/// What the HTML report is asked for: its 製表日期, whether it carries the warnings meant for
/// the 承辦人, and whether it is the report or a page per unit.
public struct ReportOptions: Sendable {
    /// The 製表日期 printed on every page (`--date`); the only part of the report that changes on rerun.
    public var date: ReportDate
    /// Include the warnings for the 承辦人 (`--internal`); the public report leaves them out.
    public var internalWarnings: Bool
    /// A printable page per unit instead of the report (`--per-unit`).
    public var perUnit: Bool
    /// The reading sensitivity of each program, by id (`--sensitivity`): the report then has a
    /// 判讀敏感度 section.
    public var sensitivity: [String: ReadingSensitivity] = [:]
    /// Each program's differences from a previous result, by id (`--previous`): the report then
    /// has a 與前次結果比較 section.
    public var previous: [String: ResultDiff] = [:]
    /// Each program's gap of every unit to each award, by id, in the result's unit order
    /// (`--gap`): the report then has a 與獎項的距離 section and each unit's page its lines.
    public var gaps: [String: [AwardGap]] = [:]

    /// Options; today's date, the public report.
    public init(date: ReportDate = .today(), internalWarnings: Bool = false, perUnit: Bool = false) {
        self.date = date
        self.internalWarnings = internalWarnings
        self.perUnit = perUnit
    }
}

import PingbiCore

/// The two input tables of `kaoping-111`.
enum KaopingInputs {
    /// `offices.csv` under `groups`: the offices, their 組別 (附件1) or 110 average, and 在地製卡.
    static func offices(_ groups: GroupScheme) -> TableSpec {
        TableSpec(
            "offices.csv", title: "參與評比公所（附件1 分組）",
            columns: [
                ColumnSpec("公所", kind: .unit, note: "公所全名，例如 高雄市三民區、屏東縣潮州鎮"),
                ColumnSpec("組別", required: false, kind: groupKind(groups), note: "1–\(groups.count)（附件1，為準）；空白則依\(groups.measure)分組"),
                ColumnSpec(groups.measure, required: false, kind: .number(minimum: 0), note: "\(groups.measure.replacingOccurrences(of: "年月", with: "年每月"))（\(groups.halfOpenText(titled: true))）"),
                ColumnSpec("在地製卡", required: false, kind: .choice(["Y", "N"]), note: "Y 為在地製卡據點公所（111年：屏東縣潮州鎮、春日鄉、車城鄉），空白或 N 為否"),
            ])
    }

    /// `offices.csv` of the 111 program.
    static let offices = offices(Kaoping111.documentGroups)

    /// What a 組別 cell holds: whatever ``GroupScheme/parse(_:)`` reads (`1`, `一`, `第一組`).
    static func groupKind(_ groups: GroupScheme) -> ColumnKind {
        ColumnKind.accepted(description: "組別 \(groups.numbersText)") { groups.parse($0) != nil }
    }

    /// `activity.csv` of a program over `period` reading `columns`: one row per office per month.
    static func activity(_ period: PeriodRange, columns: [CountColumn] = CountColumn.allCases) -> TableSpec {
        TableSpec(
            "activity.csv", title: "各公所每月績效件數",
            columns: [
                ColumnSpec("公所", kind: .unit, note: "與 offices.csv 相同的公所名稱"),
                ColumnSpec("月份", kind: .month(period), note: "民國年-月，例如 \(period.first.year)-03（計畫期間 \(period.first) 至 \(period.last)）"),
            ] + columns.map { ColumnSpec($0.rawValue, required: $0.required, kind: .count, note: $0.note) },
            key: ["公所", "月份"], keyRule: "每一公所每月一列")
    }

    /// `activity.csv` of the 111 program.
    static let activity = activity(programPeriod)

    /// The whole program period, 111年2月至9月.
    static let programPeriod = PeriodRange(YearMonth(year: 111, month: 2), YearMonth(year: 111, month: 9))
}

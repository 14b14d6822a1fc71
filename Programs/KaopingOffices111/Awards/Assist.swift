import Foundation
import PingbiCore

/// 協助件數 (伍、一 備註「若總得分相同者，再依協助件數多寡比序」), which the document does not
/// define: reading `assist-count`.
enum Assist {
    /// The columns counted under `reading`, among the program's `columns`; 在地製卡件數 only at a
    /// 製卡 site (elsewhere that count is ignored everywhere, the tie-break included).
    static func columns(_ reading: AssistCount, cardSite: Bool, among columns: [CountColumn]) -> [CountColumn] {
        switch reading {
        case .everyCase:
            columns.filter { $0.isCase && (cardSite || $0 != .localCards) }
        case .mobile:
            CountColumn.mobile.filter(columns.contains)
        case .arrears:
            [CountColumn.areaInstalment, .counterInstalment, .reliefLoan].filter(columns.contains)
        }
    }

    /// The office's 協助件數 over the period, with its explanation; `counted`, when given, is
    /// ``columns(_:cardSite:among:)`` made once for many offices.
    static func count(
        _ counts: Counts, cardSite: Bool, reading: AssistCount, among programColumns: [CountColumn], counted: [CountColumn]? = nil
    ) -> (value: Int, explanation: Explanation) {
        var explanation = Explanation("協助件數（比序用）")
        explanation.add(.note, "解讀「\(reading.label)」")
        // A note only: the program's columns (compared by name) looked through only when it is written.
        if reading == .everyCase, !cardSite, counts[.localCards] > 0, Explanation.records, programColumns.contains(.localCards) {
            explanation.add(.note, "非在地製卡據點公所：在地製卡件數 \(counts[.localCards]) 不計")
        }
        let columns = counted ?? columns(reading, cardSite: cardSite, among: programColumns)
        for column in columns { explanation.input(column.rawValue, count: counts[column]) }
        let value = Self.value(counts, counted: columns)
        explanation.add(.substitution, columns.map { "\(counts[$0])" }.joined(separator: " + ") + " = \(value)")
        explanation.result(Decimal(value))
        return (value, explanation)
    }

    /// The office's 協助件數 over the period: the sum of the columns `counted` (``columns(_:cardSite:among:)``),
    /// without an explanation.
    static func value(_ counts: Counts, counted: [CountColumn]) -> Int {
        CheckedCount.boundedSum(counted.lazy.map { counts[$0] })
    }

    /// The office's 行動量 (行動服務貢獻獎's pool), with its explanation.
    static func mobileVolume(_ counts: Counts) -> (value: Int, explanation: Explanation) {
        var explanation = Explanation("行動量（行動服務貢獻獎）")
        explanation.add(.formula, "健保櫃檯-承保申辦量（加保+轉出+停保+復保）+ 健保櫃檯-設定電子繳款單 + 健保櫃檯-保費分期")
        let columns = CountColumn.mobile
        for column in columns { explanation.input(column.rawValue, count: counts[column]) }
        let value = counts.mobileVolume
        explanation.add(.substitution, columns.map { "\(counts[$0])" }.joined(separator: " + ") + " = \(value)")
        explanation.result(Decimal(value))
        return (value, explanation)
    }
}

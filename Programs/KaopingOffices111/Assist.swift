import Foundation
import PingbiCore

/// 協助件數 (伍、一 備註「若總得分相同者，再依協助件數多寡比序」), which the document does not
/// define: reading `assist-count`.
enum Assist {
    /// The columns counted under `reading`.
    static func columns(_ reading: AssistCount) -> [CountColumn] {
        switch reading {
        case .everyCase:
            [.enrol, .transferOut, .suspend, .resume, .eBillCounter, .eBillWeb, .autoDebit, .areaInstalment,
             .counterInstalment, .reliefLoan, .crossDistrict, .cardReplacement, .localCards]
        case .mobile:
            [.enrol, .transferOut, .suspend, .resume, .eBillCounter, .counterInstalment]
        case .arrears:
            [.areaInstalment, .counterInstalment, .reliefLoan]
        }
    }

    /// The office's 協助件數 over the period, with its explanation.
    static func count(_ counts: Counts, reading: AssistCount) -> (value: Int, explanation: Explanation) {
        var explanation = Explanation("協助件數（比序用）")
        explanation.add(.note, "assist-count=\(reading.rawValue)")
        let columns = columns(reading)
        for column in columns { explanation.input(column.rawValue, count: counts[column]) }
        let value = columns.reduce(0) { $0 + counts[$1] }
        explanation.add(.substitution, columns.map { "\(counts[$0])" }.joined(separator: " + ") + " = \(value)")
        explanation.result(Decimal(value))
        return (value, explanation)
    }

    /// The office's 行動量 (行動服務貢獻獎's pool), with its explanation.
    static func mobileVolume(_ counts: Counts) -> (value: Int, explanation: Explanation) {
        var explanation = Explanation("行動量（行動服務貢獻獎）")
        explanation.add(.formula, "健保櫃檯-承保申辦量（加保+轉出+停保+復保）+ 健保櫃檯-設定電子繳款單 + 健保櫃檯-保費分期")
        let columns: [CountColumn] = [.enrol, .transferOut, .suspend, .resume, .eBillCounter, .counterInstalment]
        for column in columns { explanation.input(column.rawValue, count: counts[column]) }
        let value = counts.mobileVolume
        explanation.add(.substitution, columns.map { "\(counts[$0])" }.joined(separator: " + ") + " = \(value)")
        explanation.result(Decimal(value))
        return (value, explanation)
    }
}

import Foundation
import PingbiCore

/// One indicator ranked within a group, descending, competition ranks, undefined values last
/// (tied among themselves), each rank with the explanation of how it was reached.
enum GroupRanking {
    /// The ranks of `rates` (parallel to `names`) by their ``RateValue/rankKey``, 1 best,
    /// with explanations quoting the shown values.
    static func descending(
        _ rates: [RateValue], names: [String], indicator: String, group: String
    ) -> [(rank: Int, explanation: Explanation)] {
        let keys = rates.map(\.rankKey), values = rates.map(\.value)
        let ranks = Ranking.ranks(keys, by: [.descending { $0 }])
        return values.indices.map { index in
            var explanation = Explanation("\(indicator)排名（\(group)）")
            explanation.input(indicator, values[index])
            explanation.add(.formula, "同組由高至低排名，同值並列（1、1、3），無數值者排在最後")
            let others = values.indices.filter { $0 != index }
            if let key = keys[index] {
                let better = others.filter { keys[$0].map { $0 > key } ?? false }
                let tied = others.filter { keys[$0] == key }
                explanation.value("同組數值較高者個數", Decimal(better.count))
                if !better.isEmpty {
                    explanation.add(.note, "較高者：" + better.map { "\(names[$0]) \(values[$0]!.plainText)" }.joined(separator: "、"))
                }
                if !tied.isEmpty {
                    explanation.add(.note, "同值並列：" + tied.map { names[$0] }.joined(separator: "、"))
                }
                explanation.add(.substitution, "名次 = \(better.count) + 1 = \(ranks[index])")
            } else {
                let defined = others.filter { keys[$0] != nil }
                let tied = others.filter { keys[$0] == nil }
                explanation.add(.note, "分母為 0，無數值：排在同組 \(defined.count) 個有數值者之後")
                if !tied.isEmpty {
                    explanation.add(.note, "同樣無數值而並列：" + tied.map { names[$0] }.joined(separator: "、"))
                }
                explanation.add(.substitution, "名次 = \(defined.count) + 1 = \(ranks[index])")
            }
            explanation.result(Decimal(ranks[index]))
            return (ranks[index], explanation)
        }
    }
}

import Foundation
import PingbiCore

/// An item scored against its group's mean (items (1)–(5)).
protocol GroupItem: Indicator where Input == GroupInput, Output == [ItemScore] {
    /// The weight in the total (0.30, 0.15, 0.20).
    var weight: Decimal { get }
}

extension GroupItem {
    /// The shown score of `unit` in `group` (for examples).
    func score(of unit: String, in group: GroupInput) -> Decimal? {
        evaluate(group).first { $0.unit == unit }?.value
    }

    /// The shown score of `unit` among offices with the given counts, one month each.
    func score(of unit: String, among counts: [String: Counts], readings: [String: String] = [:]) -> Decimal? {
        score(of: unit, in: .oneMonth(counts, readings: readings))
    }
}

/// An item whose A is a weighted sum of counts over the period (items (2)–(4)).
protocol CountSumItem: GroupItem {
    /// The counts and their weights in A, in the document's order.
    var terms: [(column: CountColumn, weight: Int)] { get }
    /// The formula of A as the document writes it.
    var formulaOfA: String { get }
    /// The factor of 〔(A−B)/B〕 under the readings in force.
    func factor(_ readings: ReadingChoices) -> Int
    /// A note for every score's explanation, if any.
    func note(_ readings: ReadingChoices) -> String?
}

extension CountSumItem {
    /// A = Σ weight × count, with its explanation.
    func raw(_ counts: Counts) -> (a: Int, explanation: Explanation) {
        var explanation = Explanation("A\(id.dropFirst()) \(name) A")
        for term in terms { explanation.input(term.column.rawValue, Decimal(counts[term.column])) }
        explanation.add(.formula, "A = " + formulaOfA)
        let a = terms.reduce(0) { $0 + $1.weight * counts[$1.column] }
        explanation.add(
            .substitution,
            terms.map { $0.weight == 1 ? "\(counts[$0.column])" : "\($0.weight)×\(counts[$0.column])" }.joined(separator: " + ")
                + " = \(a)")
        explanation.result(Decimal(a))
        return (a, explanation)
    }

    func evaluate(_ input: GroupInput) -> [ItemScore] {
        let members = input.offices.map { office in
            let (a, explanation) = raw(office.total)
            return (unit: office.office.name, a: Fraction(a), explanation: explanation)
        }
        return RelativeScore.scores(
            title: "\(id) \(name)（\((weight * 100).plainText)%）", members: members, factor: factor(input.readings),
            cap: 100, rounding: input.readings(KaopingReadings.rounding), note: note(input.readings))
    }

    func note(_ readings: ReadingChoices) -> String? { nil }
}

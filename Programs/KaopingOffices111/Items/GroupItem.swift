import Foundation
import PingbiCore

/// An item scored against its group's mean (items (1)–(5)), weighted in the total by
/// ``Kaoping111/weights``. A later edition writes a new one in its own module (usually as a
/// ``CountSumItem``) and appends it to ``Kaoping111/items``.
public protocol GroupItem: GroupScoredItem where Unit == OfficeActivity {
    /// The short label of its columns: `申辦率` in `(1)申辦率30%` and `申辦率A(%)`.
    var label: String { get }
    /// The unit in the title of A's column (`(%)` for a rate); none by default.
    var aUnit: String { get }
    /// The decimals A's column shows: 0 (the default) for a sum of counts, 2 for a rate or a mean.
    var aScale: Int { get }
    /// The columns of `activity.csv` it reads: they are required while the item is in the program.
    var columns: [CountColumn] { get }
}

extension GroupItem {
    /// No unit.
    public var aUnit: String { "" }
    /// A sum of counts.
    public var aScale: Int { 0 }

    /// A's column: `申辦率A(%)`, keyed `A1`.
    public var aColumn: ValueColumn? { ValueColumn("A" + number, "\(label)A\(aUnit)", scale: aScale) }
    /// The item's number as the document writes it (`1` for `S1`).
    public var number: String { String(id.dropFirst()) }

    /// The title of a score's explanation, with the weight in force: `S1 健保櫃檯承保申辦率（30%）`.
    public func scoreTitle(_ input: GroupInput) -> String {
        "\(id) \(name)（\(input.percent(of: id))%）"
    }

    /// The shown score of `unit` in `group` (for examples).
    public func score(of unit: String, in group: GroupInput) -> Decimal? {
        evaluate(group).first { $0.unit == unit }?.value
    }

    /// The shown score of `unit` among offices with the given counts, one month each (for examples).
    public func score(of unit: String, among counts: [String: Counts], readings: [String: String] = [:]) -> Decimal? {
        score(of: unit, in: .oneMonth(counts, readings: readings))
    }
}

/// An item whose A is a weighted sum of the period's counts and whose score is
/// 〔(A−B)/B〕×factor+80 ≦100 against the group mean B (items (2)–(4)). An item states its
/// terms and factor; A, B, the score, the cap, the rounding and the explanations follow.
public protocol CountSumItem: GroupItem {
    /// The counts and their weights in A, in the document's order.
    var terms: [(column: CountColumn, weight: Int)] { get }
    /// The formula of A as the document writes it.
    var formulaOfA: String { get }
    /// The factor of 〔(A−B)/B〕 under the readings in force.
    func factor(_ readings: ReadingChoices) -> Int
    /// A note for every score's explanation under the input's readings and weights, if any.
    func note(_ input: GroupInput) -> String?
}

extension CountSumItem {
    /// The columns of its terms.
    public var columns: [CountColumn] { terms.map(\.column) }

    /// A = Σ weight × count, with its explanation.
    public func raw(_ counts: Counts) -> (a: Int, explanation: Explanation) {
        raw(counts, terms: terms, slots: termSlots)
    }

    /// Each term's column's slot in ``Counts`` and its weight: found once for a group, not
    /// per office (a term read per office copied its column, retaining its name).
    var termSlots: [(slot: Int, weight: Int)] {
        terms.map { (slot: $0.column.position, weight: $0.weight) }
    }

    /// ``raw(_:)`` with the terms and their slots (``termSlots``) read once by the caller.
    private func raw(_ counts: Counts, terms: [(column: CountColumn, weight: Int)], slots: [(slot: Int, weight: Int)]) -> (a: Int, explanation: Explanation) {
        var explanation = Explanation("A\(number) \(name) A")
        var a = 0
        for index in slots.indices {
            let count = counts.count(inSlot: slots[index].slot)
            explanation.input(terms[index].column.rawValue, count: count)
            a = CheckedCount.boundedAdd(a, CheckedCount.boundedProduct(slots[index].weight, count))
        }
        explanation.add(.formula, "A = " + formulaOfA)
        explanation.add(
            .substitution,
            terms.map { $0.weight == 1 ? "\(counts[$0.column])" : "\($0.weight)×\(counts[$0.column])" }.joined(separator: " + ")
                + " = \(a)")
        explanation.result(Decimal(a))
        return (a, explanation)
    }

    /// Every office's score in the group: 〔(A−B)/B〕×factor+80, at most 100.
    public func evaluate(_ input: GroupInput) -> [ItemScore] {
        collectedScores(input)
    }

    /// Every office's score in the group, as ``evaluate(_:)`` gives them, each handed to `body`
    /// with the office's index.
    public func eachScore(_ input: GroupInput, _ body: (Int, ItemScore.Parts) -> Void) {
        var members = GroupRelativeScore.Members(capacity: input.offices.count)
        // Each office's counts read in place: the office is not copied (retaining its name and
        // the months' store that every office shares).
        let terms = terms, slots = termSlots
        for index in input.offices.indices {
            let (a, explanation) = raw(input.offices[index].total, terms: terms, slots: slots)
            members.append(Fraction(a), explanation: explanation)
        }
        GroupRelativeScore.eachScore(
            title: scoreTitle(input), members: members, formula: .init(factor: factor(input.readings)),
            rounding: input.readings(KaopingReadings.rounding), note: note(input), body)
    }

    /// No note.
    public func note(_ input: GroupInput) -> String? { nil }
}

import Foundation

/// How far a unit stands from each award: for an award it does not have, the smallest change
/// to one of its own input counts (over the period) that would give it the award; for one it
/// has, the smallest change that would lose it — each found by running the program again on
/// the changed data, so group means, caps, ties and tie-breaks move exactly as the program
/// computes them.
///
/// The search tries changes of 1, 2, 4, … (up to ten times the unit's total, or all of it when
/// removing) and then halves the last step: it finds the smallest change wherever an award,
/// once won within a step, stays won to the end of that step. How the runs are shared and
/// which are skipped (without changing any answer) is ``AwardGapSearch``'s.
public struct AwardGap: Sendable {
    /// One change to one of the unit's counts.
    public struct Step: Sendable, Equatable {
        /// The input file.
        public let file: String
        /// The column.
        public let column: String
        /// The change over the period: positive to add, negative to remove.
        public let delta: Int
        /// The unit's total of the column over its rows now.
        public let total: Int
        /// What the column counts in: 件, or 人 for a count of people.
        public let countWord: String

        /// A step.
        public init(file: String, column: String, delta: Int, total: Int, countWord: String = "件") {
            self.file = file
            self.column = column
            self.delta = delta
            self.total = total
            self.countWord = countWord
        }
    }

    /// What the analysis found for one award policy.
    public struct Finding: Sendable {
        /// The policy.
        public let policy: String
        /// Whether the unit has the award now.
        public let holds: Bool
        /// The smallest single-count changes that would change that, smallest first (at most
        /// three); empty when no single count can.
        public let steps: [Step]
    }

    /// The unit.
    public let unit: String
    /// The baseline result.
    public let result: ProgramResult
    /// One finding per award policy.
    public let findings: [Finding]
    /// What the program's counts are, as sentences about them say: 件數, 人數 (every count
    /// is of people), or 件數或人數 (``countNoun(of:)``).
    public let countNoun: String

    /// The noun of the counts of `specs`' count columns (``countNoun``).
    static func countNoun(of specs: [TableSpec]) -> String {
        let words = Set(specs.flatMap(\.columns).filter(\.kind.isCount).map(\.kind.countWord))
        return words == ["人"] ? "人數" : words.count > 1 ? "件數或人數" : "件數"
    }

    /// Searches every count column of `unit`'s rows for every award policy of `program`.
    /// Throws the baseline's ``DataError``; a unit not in the result is a nil result.
    public static func analyse(_ program: any Program, context: EvaluationContext, unit name: String) throws -> AwardGap? {
        let result = try program.evaluate(context)
        guard let unit = result.unit(named: name)?.unit else { return nil }
        return AwardGapSearch(program, context: context, baseline: result).run(units: [unit])[0]
    }

    /// Searches as ``analyse(_:context:unit:)`` does for every unit of the program's result, in
    /// the result's order (the report's gap lines), sharing the data read and using every core.
    /// Throws the baseline's ``DataError``.
    public static func analyseAll(_ program: any Program, context: EvaluationContext) throws -> [AwardGap] {
        let result = try program.evaluate(context)
        return AwardGapSearch(program, context: context, baseline: result).run(units: result.units.map(\.unit))
    }
}

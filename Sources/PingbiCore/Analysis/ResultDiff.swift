import Foundation

/// What changed between two results of the same program (the June and October rounds, or a
/// published result and its correction): the input cells, then every unit whose values, rank
/// or outcomes changed, each traced to the inputs that moved it.
public struct ResultDiff: Sendable {
    /// Why a unit's result changed.
    public enum Cause: Sendable, Equatable {
        /// Its own input rows changed (these columns).
        case ownData(columns: [String])
        /// Its own data did not change, but data of these units of its group did (the group
        /// mean moved).
        case groupData(units: [String])
        /// Neither its data nor its group's changed: other units' data moved its rank or outcome.
        case otherUnits(units: [String])
        /// No input cell is known to have changed (two results compared without their data).
        case unknown
    }

    /// One value that changed.
    public struct ValueChange: Sendable, Equatable {
        /// The column.
        public let column: ValueColumn
        /// The old value (nil: undefined or absent).
        public let old: Decimal?
        /// The new value.
        public let new: Decimal?
    }

    /// One unit whose result changed.
    public struct UnitChange: Sendable {
        /// The unit.
        public let unit: String
        /// Its group (the new one, or the old where it left).
        public let group: String?
        /// The values that changed, in column order.
        public let values: [ValueChange]
        /// The old and new rank, when it changed.
        public let rank: (old: Int?, new: Int?)?
        /// The old and new outcomes, when they changed.
        public let outcomes: (old: [Outcome], new: [Outcome])?
        /// Why.
        public let cause: Cause
    }

    /// The new result (titles, columns, policy titles).
    public let result: ProgramResult
    /// The old result's period, where it differs (the June round against October's).
    public let oldPeriod: PeriodRange?
    /// The input cells that changed, file by file.
    public let inputs: [CellChange]
    /// The units whose result changed, in the new result's order, then units that left.
    public let units: [UnitChange]

    /// Compares `old` and `new` results of one program; `inputs` are the cell changes between
    /// their data (empty when only the results are compared).
    public init(old: ProgramResult, new: ProgramResult, inputs: [CellChange], inputsKnown: Bool) {
        result = new
        oldPeriod = old.period == new.period ? nil : old.period
        self.inputs = inputs
        let oldUnits = Dictionary(old.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let newNames = Set(new.units.map(\.unit))
        let changedUnits = Dictionary(grouping: inputs, by: \.unit)
        let groupOf = Dictionary(new.units.map { ($0.unit, $0.group) }, uniquingKeysWith: { a, _ in a })
            .merging(old.units.map { ($0.unit, $0.group) }, uniquingKeysWith: { a, _ in a })

        // Compared without `provisional` (the June round's awards are provisional by nature;
        // the period line says so once) and without `rank` (a rank change is its own line).
        func outcomes(_ result: ProgramResult, _ unit: String) -> [Outcome] {
            result.outcomes.filter { $0.unit == unit }.map { outcome in
                var compared = outcome
                compared.provisional = false
                compared.rank = nil
                return compared
            }
        }
        func cause(_ unit: String, group: String?) -> Cause {
            guard inputsKnown else { return .unknown }
            if let own = changedUnits[unit] {
                var columns: [String] = []
                for change in own { for name in [change.column ?? "整列"] where !columns.contains(name) { columns.append(name) } }
                return .ownData(columns: columns)
            }
            let others = changedUnits.keys.sorted()
            let sameGroup = others.filter { group != nil && (groupOf[$0] ?? nil) == group }
            return sameGroup.isEmpty ? .otherUnits(units: others) : .groupData(units: sameGroup)
        }

        var units: [UnitChange] = []
        let names = new.units.map(\.unit) + old.units.map(\.unit).filter { !newNames.contains($0) }
        var outcomeUnits = Set(old.outcomes.map(\.unit)).union(new.outcomes.map(\.unit))
        for name in names {
            outcomeUnits.remove(name)
            let before = oldUnits[name], after = new.units.first { $0.unit == name }
            let values = new.columns.compactMap { column -> ValueChange? in
                let a = before?.values[column.key], b = after?.values[column.key]
                return a == b ? nil : ValueChange(column: column, old: a, new: b)
            }
            let rank: (Int?, Int?)? = before?.rank == after?.rank ? nil : (before?.rank, after?.rank)
            let oldOutcomes = outcomes(old, name), newOutcomes = outcomes(new, name)
            let outcomeChange = oldOutcomes == newOutcomes ? nil : (oldOutcomes, newOutcomes)
            guard !values.isEmpty || rank != nil || outcomeChange != nil else { continue }
            let group = after?.group ?? before?.group
            units.append(UnitChange(
                unit: name, group: group, values: values, rank: rank, outcomes: outcomeChange, cause: cause(name, group: group)))
        }
        // Names with outcomes but no values (a nominee excluded at 初審, say).
        for name in outcomeUnits.sorted() {
            let oldOutcomes = outcomes(old, name), newOutcomes = outcomes(new, name)
            guard oldOutcomes != newOutcomes else { continue }
            units.append(UnitChange(
                unit: name, group: nil, values: [], rank: nil, outcomes: (oldOutcomes, newOutcomes), cause: cause(name, group: nil)))
        }
        self.units = units
    }
}

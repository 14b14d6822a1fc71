import Foundation

/// What changed between two results of the same program (the June and October rounds, or a
/// published result and its correction): the input cells, then every unit whose values, rank
/// or outcomes changed, each traced to the inputs that moved it. Two results compared without
/// their data (two result files) are traced to the input files whose recorded SHA-256 differ.
public struct ResultDiff: Sendable {
    /// Why a unit's result changed.
    public enum Cause: Sendable, Equatable {
        /// Its own input rows changed (these columns).
        case ownData(columns: [String])
        /// Its own data did not change, but data of these units of its group did, and its
        /// values moved with them (the group mean moved).
        case groupData(units: [String])
        /// Its own data did not change and its values did not, or did without its group's data
        /// changing: these units' data (of its group, where some are) moved its rank or outcome.
        case otherUnits(units: [String])
        /// Only the results were compared, by their recorded input files: these files' bytes
        /// differ (none: the same bytes were read, so the readings or the period differ).
        case inputFiles(files: [String])
        /// No input cell is known to have changed (two results compared without their data).
        case unknown
    }

    /// What the input side of the comparison rests on.
    public enum Basis: Sendable, Equatable {
        /// The two data folders, cell by cell (``ResultDiff/inputs``).
        case cells
        /// The input files recorded in both results, by SHA-256 (``ResultDiff/files``).
        case digests
        /// Nothing: a result records no input files.
        case none
    }

    /// A reading whose value differs between the two results.
    public struct ReadingChange: Sendable, Equatable {
        /// The reading.
        public let reading: AnyReading
        /// The old result's value.
        public let old: String
        /// The new result's value.
        public let new: String
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
        /// Its group in the old result, where it was in another (a corrected 組別); nil otherwise.
        public var oldGroup: String? = nil
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
    /// What the input side rests on.
    public let basis: Basis
    /// The input cells that changed, file by file (empty unless ``basis`` is ``Basis/cells``).
    public let inputs: [CellChange]
    /// The input files whose recorded SHA-256 differ, or that one result read and the other
    /// did not (empty unless ``basis`` is ``Basis/digests``).
    public let files: [FileChange]
    /// The readings whose values differ (two result files may record different readings).
    public let readings: [ReadingChange]
    /// The units whose result changed, in the new result's order, then units that left.
    public let units: [UnitChange]

    /// Compares `old` and `new` results of one program; `inputs` are the cell changes between
    /// their data (empty when only the results are compared, `inputsKnown` false).
    public init(old: ProgramResult, new: ProgramResult, inputs: [CellChange], inputsKnown: Bool) {
        self.init(old: old, new: new, basis: inputsKnown ? .cells : .none, inputs: inputs, files: [])
    }

    /// Compares two results without their data (two result files): the causes name the input
    /// files whose recorded SHA-256 differ when both results record their inputs
    /// (``ProgramResult/provenance``), else they are unknown.
    public init(old: ProgramResult, new: ProgramResult) {
        guard !old.provenance.version.isEmpty, !new.provenance.version.isEmpty else {
            self.init(old: old, new: new, basis: .none, inputs: [], files: [])
            return
        }
        self.init(old: old, new: new, basis: .digests, inputs: [], files: FileChange.between(old.provenance, new.provenance))
    }

    private init(old: ProgramResult, new: ProgramResult, basis: Basis, inputs: [CellChange], files: [FileChange]) {
        result = new
        oldPeriod = old.period == new.period ? nil : old.period
        self.basis = basis
        self.inputs = inputs
        self.files = files
        readings = new.readings.compactMap { now in
            guard let before = old.readings.first(where: { $0.reading.name == now.reading.name }), before.value != now.value else { return nil }
            return ReadingChange(reading: now.reading, old: before.value, new: now.value)
        }
        // Each unit's row and outcomes found by name once, not by a search per unit.
        let oldUnits = Dictionary(old.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let newUnits = Dictionary(new.units.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let oldOutcomesOf = Dictionary(grouping: old.outcomes, by: \.unit), newOutcomesOf = Dictionary(grouping: new.outcomes, by: \.unit)
        let newNames = Set(new.units.map(\.unit))
        let changedUnits = Dictionary(grouping: inputs, by: \.unit)
        // The units whose data changed, by name, and by group: a unit that changed group counts
        // in both (it left the one group's mean and joined the other's).
        let changedNames = changedUnits.keys.sorted()
        var changedByGroup: [String: [String]] = [:]
        for name in changedNames {
            for group in Set([oldUnits[name]?.group ?? nil, newUnits[name]?.group ?? nil].compactMap { $0 }).sorted() {
                changedByGroup[group, default: []].append(name)
            }
        }

        // Compared without `provisional` (the June round's awards are provisional by nature;
        // the period line says so once), without `rank` (a rank change is its own line) and,
        // for awards and lists, without `reason` (it quotes the values, whose changes are
        // their own line: 積分 2.6 → 2.8 does not change the award). An exclusion's reason, and
        // a referral's, is the decision itself and is compared.
        func outcomes(_ result: ProgramResult, of listed: [String: [Outcome]], _ unit: String) -> [Outcome] {
            (listed[unit] ?? []).map { outcome in
                var compared = outcome
                compared.provisional = false
                compared.rank = nil
                if let kind = result.policyKinds[outcome.policy], kind == .award || kind == .list { compared.reason = nil }
                return compared
            }
        }
        /// Why `unit` of `groups` (its old and new group) changed; `valuesChanged` when its values
        /// did (not only its rank or outcome).
        func cause(_ unit: String, groups: [String?], valuesChanged: Bool) -> Cause {
            switch basis {
            case .none: return .unknown
            case .digests: return .inputFiles(files: files.map(\.file))
            case .cells: break
            }
            if let own = changedUnits[unit] {
                var columns: [String] = []
                for change in own { for name in [change.column ?? "整列"] where !columns.contains(name) { columns.append(name) } }
                return .ownData(columns: columns)
            }
            var sameGroup: [String] = []
            for group in groups.compactMap({ $0 }) { for name in changedByGroup[group] ?? [] where !sameGroup.contains(name) { sameGroup.append(name) } }
            // Its values moved with its group's mean; with its values as they were, its rank or
            // outcome moved because the changed units passed it or fell behind it.
            if valuesChanged, !sameGroup.isEmpty { return .groupData(units: sameGroup) }
            return .otherUnits(units: sameGroup.isEmpty ? changedNames : sameGroup)
        }

        var units: [UnitChange] = []
        let names = new.units.map(\.unit) + old.units.map(\.unit).filter { !newNames.contains($0) }
        var outcomeUnits = Set(old.outcomes.map(\.unit)).union(new.outcomes.map(\.unit))
        for name in names {
            outcomeUnits.remove(name)
            let before = oldUnits[name], after = newUnits[name]
            let values = new.columns.compactMap { column -> ValueChange? in
                let a = before?.values[column.key], b = after?.values[column.key]
                return a == b ? nil : ValueChange(column: column, old: a, new: b)
            }
            let rank: (Int?, Int?)? = before?.rank == after?.rank ? nil : (before?.rank, after?.rank)
            let oldOutcomes = outcomes(old, of: oldOutcomesOf, name), newOutcomes = outcomes(new, of: newOutcomesOf, name)
            let outcomeChange = oldOutcomes == newOutcomes ? nil : (oldOutcomes, newOutcomes)
            guard !values.isEmpty || rank != nil || outcomeChange != nil else { continue }
            // Its group now; the old one only where it has left the result.
            let group = after.map(\.group) ?? before?.group
            var change = UnitChange(
                unit: name, group: group, values: values, rank: rank, outcomes: outcomeChange,
                cause: cause(name, groups: [before?.group ?? nil, after?.group ?? nil], valuesChanged: !values.isEmpty))
            if let before, let after, before.group != after.group { change.oldGroup = before.group }
            units.append(change)
        }
        // Names with outcomes but no values (a nominee excluded at 初審, say).
        for name in outcomeUnits.sorted() {
            let oldOutcomes = outcomes(old, of: oldOutcomesOf, name), newOutcomes = outcomes(new, of: newOutcomesOf, name)
            guard oldOutcomes != newOutcomes else { continue }
            units.append(UnitChange(
                unit: name, group: nil, values: [], rank: nil, outcomes: (oldOutcomes, newOutcomes), cause: cause(name, groups: [], valuesChanged: false)))
        }
        self.units = units
    }
}

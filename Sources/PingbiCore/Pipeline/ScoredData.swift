/// A ``ScoredProgram``'s data as read: the roster and the warnings reading gave.
public protocol ScoredData: Sendable {
    /// One unit as read.
    associatedtype Unit: RosterUnit
    /// Every unit, in roster order.
    var units: [Unit] { get }
    /// The warnings of reading the files.
    var warnings: [String] { get }
    /// The period evaluated, for a program with periods (none by default).
    var evaluatedPeriod: PeriodRange? { get }
    /// Whether that period is a part of the program's: outcomes are then provisional (false by
    /// default).
    var provisional: Bool { get }
}

extension ScoredData {
    /// No period.
    public var evaluatedPeriod: PeriodRange? { nil }
    /// Final.
    public var provisional: Bool { false }
}

/// Data that is only a roster and its warnings.
public struct Roster<Unit: RosterUnit>: ScoredData {
    /// Every unit, in roster order.
    public var units: [Unit]
    /// The warnings of reading the files.
    public var warnings: [String]

    /// A roster.
    public init(_ units: [Unit], warnings: [String] = []) {
        self.units = units
        self.warnings = warnings
    }
}

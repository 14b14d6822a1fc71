import PingbiCore

/// A county as 附件四 ranks it: its rates of 附件二 and its row of `visits.csv`, in its group.
public struct StaffCounty: RosterUnit {
    /// The county.
    public let name: String
    /// Its group's key (`A`, `B`).
    public let group: String
    /// Its row of 附件二 (收繳率消長).
    public let rates: RateRow
    /// Its visits and head count.
    public let visits: VisitRow

    /// A county of `group`.
    public init(name: String, group: StaffGroup, rates: RateRow, visits: VisitRow) {
        self.name = name
        self.group = group.rawValue
        self.rates = rates
        self.visits = visits
    }
}

/// What pension-staff reads: 附件二 and `visits.csv`, the 22 counties in group A then B, each
/// group in 附件二's order.
public struct StaffData: ScoredData {
    /// 附件二.
    public let rates: RateTable
    /// `visits.csv`.
    public let visits: VisitTable
    /// The counties, group A then B.
    public let units: [StaffCounty]
    /// Reading gives no warnings.
    public var warnings: [String] { [] }

    /// The two tables, the counties paired by name (both tables cover exactly the 22), in
    /// groups whose A 組 is `groupA`.
    public init(rates: RateTable, visits: VisitTable, groupA: Set<String>) {
        self.rates = rates
        self.visits = visits
        units = StaffGroup.allCases.flatMap { group in
            PensionCounty112.counties.filter { StaffGroup.of($0, groupA: groupA) == group }.map { name in
                StaffCounty(
                    name: name, group: group, rates: rates.rows.first { $0.name == name }!,
                    visits: visits.rows.first { $0.name == name }!)
            }
        }
    }
}

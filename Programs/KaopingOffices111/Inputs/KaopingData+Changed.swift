import PingbiCore

extension KaopingData {
    /// The data with the counts of the office at `office` (its position in ``activity``)
    /// replaced in the months of `changed`, its sums and monthly values made anew by `program`;
    /// a month outside the evaluated period (or without a row in it) changes nothing.
    func changing(_ office: Int, months changed: [YearMonth: Counts], program: Kaoping111) -> KaopingData {
        let old = activity[office]
        var activity = self.activity
        activity[office] = OfficeActivity(
            office: old.office, months: old.months.map { (month: $0.month, counts: changed[$0.month] ?? $0.counts) }, missing: old.missing)
        return KaopingData(
            period: period, provisional: provisional, periodFromData: periodFromData, activity: activity,
            monthly: MonthlyA(activity, items: program.items),
            warnings: warnings)
    }
}

import PingbiCore

extension KaopingData {
    /// The data with the counts of the office at `office` (its position in ``activity``)
    /// replaced in the months of `changed`, its sums and monthly values made anew by `program`;
    /// a month outside the evaluated period (or without a row in it) changes nothing.
    func changing(_ office: Int, months changed: [YearMonth: Counts], program: Kaoping111) -> KaopingData {
        replacing(office, with: activity[office].changing(months: changed), program: program)
    }

    /// The data with the office at `office` (its position in ``activity``) made `moved`: another
    /// group, as `offices.csv` with a changed 組別 (or average) gives it; its counts as read.
    func moving(_ office: Int, to moved: Office, program: Kaoping111) -> KaopingData {
        replacing(office, with: activity[office].moving(to: moved), program: program)
    }

    /// The data with the activity at `office` replaced by `changed`, its monthly values made anew
    /// by `program`.
    private func replacing(_ office: Int, with changed: OfficeActivity, program: Kaoping111) -> KaopingData {
        var activity = self.activity
        activity[office] = changed
        return KaopingData(
            period: period, provisional: provisional, periodFromData: periodFromData, activity: activity,
            monthly: MonthlyA(activity, items: program.items),
            warnings: warnings)
    }
}

extension OfficeActivity {
    /// The activity of `moved` (the same office in another group): these counts, sums and
    /// missing months.
    func moving(to moved: Office) -> OfficeActivity {
        OfficeActivity(office: moved, months: months, missing: missing)
    }

    /// The office's activity with its counts replaced in the months of `changed`, its sums made
    /// anew; a month without a row here changes nothing.
    func changing(months changed: [YearMonth: Counts]) -> OfficeActivity {
        OfficeActivity(office: office, months: months.map { (month: $0.month, counts: changed[$0.month] ?? $0.counts) }, missing: missing)
    }
}

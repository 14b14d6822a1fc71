import PingbiCore

/// What-if runs for `pingbi gap` (``AwardGap``).
extension Kaoping111 {
    /// Changes to `activity.csv` and `offices.csv`, answered on the data read once: the office's
    /// counts are changed in memory, checked as reading the changed file checks them (a count
    /// over 10¹², 申辦量 over 承保異動量), and scored, ranked and awarded again; its 組別 (or
    /// average) as reading the changed `offices.csv` settles it, and the run made again on it.
    /// For the office's outcomes only its groups and the 行動服務貢獻獎 pool are worked out
    /// (``KaopingTrialOutcomes``).
    public func trials(_ context: EvaluationContext) throws -> ProgramTrials? {
        let bounds: GroupBounds = context.readings(KaopingReadings.groupBounds)
        let data = try load(context, bounds: bounds)
        let rows = try ActivityRows(context.data, offices: data.activity.map(\.office), program: self)
        let officesFile = KaopingInputs.offices(groups).fileName, officeRows = try context.data.table(KaopingInputs.offices(groups)).rows
        let program = self, readings = context.readings, frame = resultFrame(context, rules: resultRules)
        let (scored, totals) = Explanation.silently {
            let scored = scoreItems(data, readings)
            return (scored, self.totals(scored, data, readings))
        }
        let ranked = Explanation.silently { rank(totals, scored, data, readings) }
        let unchanged = Explanation.silently { decide(ranked, data, context, frame: frame) }
        let outcomes = KaopingTrialOutcomes(self, data: data, readings: readings, scored: scored, ranked: ranked, unchanged: unchanged)
        /// The whole run on `data` with the office at `office` made `moved`.
        @Sendable func moving(_ office: Int, to moved: Office) -> ProgramResult {
            Explanation.silently { program.compute(data.moving(office, to: moved, program: program), context) }
        }
        return ProgramTrials(files: [KaopingInputs.activity.fileName, officesFile]) { change in
            if change.file == officesFile {
                guard let (office, moved) = try program.movedOffice(by: change, rows: officeRows, in: data, bounds: bounds) else { return unchanged }
                return moving(office, to: moved)
            }
            guard let (office, months, _) = try program.changedMonths(by: change, rows: rows) else { return unchanged }
            return program.recompute(data.changing(office, months: months, program: program), unit: office, from: scored, rows: totals, context, frame: frame)
        } outcomes: { change in
            if change.file == officesFile {
                guard let (office, moved) = try program.movedOffice(by: change, rows: officeRows, in: data, bounds: bounds) else {
                    return unchanged.outcomes.filter { $0.unit == change.unit }
                }
                // A 製卡 site is read from 在地製卡, never a count: should it change, the whole run.
                guard moved.isCardSite == data.activity[office].office.isCardSite else {
                    return moving(office, to: moved).outcomes.filter { $0.unit == moved.name }
                }
                return outcomes.outcomes(office: office, movedTo: moved)
            }
            guard let (office, months, column) = try program.changedMonths(by: change, rows: rows) else {
                return unchanged.outcomes.filter { $0.unit == change.unit }
            }
            return outcomes.outcomes(office: office, months: months, column: column)
        }
    }

    /// The changed office's position in `data` and the office `offices.csv` with `change`
    /// written in makes of its row in `rows` (nil when it stays in its group as it was), or the
    /// error reading that file would give for the row.
    func movedOffice(by change: DataChange, rows: [Row], in data: KaopingData, bounds: GroupBounds) throws(DataError) -> (Int, Office)? {
        guard change.column == "組別" || change.column == groups.measure, let cell = change.cells.last else { return nil }
        guard let row = rows.row(startingOn: cell.line), let office = data.activity.firstIndex(where: { $0.office.line == cell.line }) else {
            throw DataError(file: change.file, line: cell.line, column: change.column, expected: "\(change.unit) 的一列")
        }
        let text = { (column: String) in column == change.column ? String(cell.value) : row.text(column) }
        var warnings: [String] = []
        let moved = try Office.office(
            name: data.activity[office].office.name, line: row.line, stated: text("組別"), average: text(groups.measure),
            cardSite: row.text("在地製卡"), groups: groups, bounds: bounds, warnings: &warnings
        ) { column, expected in row.error(column, value: text(column), expected: expected) }
        return moved == data.activity[office].office ? nil : (office, moved)
    }

    /// The changed office's position, its counts in the months `change` changes in `rows`, and
    /// the column changed (nil when nothing changes), or the error reading `activity.csv` with
    /// the change written in would give.
    func changedMonths(by change: DataChange, rows: ActivityRows) throws(DataError) -> (Int, [YearMonth: Counts], CountColumn)? {
        let columns = countColumns
        // A column the program does not read changes nothing.
        guard let column = columns.first(where: { $0.rawValue == change.column }) else { return nil }
        let checksVolume = columns.contains(.volume)
        var office: Int?
        var months: [YearMonth: Counts] = [:]
        for cell in change.cells {
            guard let entry = try rows.entry(at: cell.line) else {
                throw DataError(file: change.file, line: cell.line, column: change.column, expected: "\(change.unit) 的一列")
            }
            var counts = entry.counts
            let text = String(cell.value)
            do throws(CellError) {
                counts[column] = try CountLimit.parse(text)
            } catch {
                throw entry.row.error(column.rawValue, value: text, expected: error.expected.description)
            }
            if checksVolume, let error = OfficeActivity.volumeError(counts, row: entry.row, volume: column == .volume ? text : nil) {
                throw error
            }
            office = entry.office
            months[entry.month] = counts
        }
        guard let office else { return nil }
        return (office, months, column)
    }
}

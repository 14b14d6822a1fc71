import PingbiCore

/// What-if runs for `pingbi gap` (``AwardGap``).
extension Kaoping111 {
    /// Changes to `activity.csv`, answered on the data read once: the office's counts are
    /// changed in memory, checked as reading the changed file checks them (a count over 10¹²,
    /// 申辦量 over 承保異動量), and scored, ranked and awarded again — for the office's outcomes,
    /// only its group and the 行動服務貢獻獎 pool (``KaopingTrialOutcomes``). A change to
    /// `offices.csv` runs on a changed copy of the file.
    public func trials(_ context: EvaluationContext) throws -> ProgramTrials? {
        let data = try load(context, bounds: context.readings(KaopingReadings.groupBounds))
        let rows = try ActivityRows(context.data, offices: data.activity.map(\.office), program: self)
        let program = self, readings = context.readings, frame = resultFrame(context, rules: resultRules)
        let (scored, totals) = Explanation.silently {
            let scored = scoreItems(data, readings)
            return (scored, self.totals(scored, data, readings))
        }
        let ranked = Explanation.silently { rank(totals, scored, data, readings) }
        let unchanged = Explanation.silently { decide(ranked, data, context, frame: frame) }
        let outcomes = KaopingTrialOutcomes(self, data: data, readings: readings, scored: scored, ranked: ranked, unchanged: unchanged)
        return ProgramTrials(files: [KaopingInputs.activity.fileName]) { change in
            guard let (office, months, _) = try program.changedMonths(by: change, rows: rows) else { return unchanged }
            return program.recompute(data.changing(office, months: months, program: program), unit: office, from: scored, rows: totals, context, frame: frame)
        } outcomes: { change in
            guard let (office, months, column) = try program.changedMonths(by: change, rows: rows) else {
                return unchanged.outcomes.filter { $0.unit == change.unit }
            }
            return outcomes.outcomes(office: office, months: months, column: column)
        }
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

import PingbiCore

/// What-if runs for `pingbi gap` (``AwardGap``).
extension Kaoping111 {
    /// Changes to `activity.csv`, answered on the data read once: the office's counts are
    /// changed in memory, checked as reading the changed file checks them (a count over 10¹²,
    /// 申辦量 over 承保異動量), and scored, ranked and awarded again. A change to `offices.csv`
    /// runs on a changed copy of the file.
    public func trials(_ context: EvaluationContext) throws -> ProgramTrials? {
        let data = try load(context, bounds: context.readings(KaopingReadings.groupBounds))
        guard let rows = try ActivityRows(context.data, offices: data.activity.map(\.office), program: self) else { return nil }
        let program = self, readings = context.readings, frame = resultFrame(context, rules: resultRules)
        let (scored, totals) = Explanation.silently {
            let scored = scoreItems(data, readings)
            return (scored, self.totals(scored, data, readings))
        }
        let unchanged = Explanation.silently { decide(rank(totals, scored, data, readings), data, context, frame: frame) }
        return ProgramTrials(files: [KaopingInputs.activity.fileName]) { change in
            guard let (changed, office) = try program.changed(data, by: change, rows: rows) else { return unchanged }
            return program.recompute(changed, unit: office, from: scored, rows: totals, context, frame: frame)
        }
    }

    /// `data` with `change` made to the cells of `rows`, with the changed office's position (nil
    /// when nothing changes), or the error reading `activity.csv` with the change written in
    /// would give.
    func changed(_ data: KaopingData, by change: DataChange, rows: ActivityRows) throws(DataError) -> (KaopingData, Int)? {
        let columns = countColumns
        // A column the program does not read changes nothing.
        guard let column = columns.first(where: { $0.rawValue == change.column }) else { return nil }
        let checksVolume = columns.contains(.volume)
        var office: Int?
        var months: [YearMonth: Counts] = [:]
        for cell in change.cells {
            guard let entry = rows.byLine[cell.line] else {
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
        return (data.changing(office, months: months, program: self), office)
    }
}

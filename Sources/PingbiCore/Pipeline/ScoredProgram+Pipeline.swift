import Foundation

/// The pipeline's stages: items → totals → ranks → awards → result. Each is a pure function of
/// the data and the readings, so runs under many readings or weights can share them.
extension ScoredProgram {
    /// Every unit's score on every item under `readings`: each group item once per group (groups
    /// in roster order), then each unit item per unit; the group means of the shown A's; the
    /// items' warnings in roster order.
    ///
    /// A group item's scores in a group depend on that group's members alone, and a unit item's
    /// on its unit alone: each group item's scores in each group are one job of ``TwoThreads``,
    /// and the unit items' scores of each range of units another, the ranges taken last (the
    /// smallest jobs), so that both threads finish about together however unequal the items'
    /// costs. Each column is then joined from its jobs' parts, in roster order.
    public func scoreItems(_ data: Data, _ readings: ReadingChoices) -> ScoredItems {
        // Scores are kept at the units' roster positions: no name is hashed. The roster's names
        // and groups are read by the unit's type (``RosterUnit/names(of:)``), and the units
        // gathered by group (``GroupPlaces``).
        let names = Data.Unit.names(of: data.units), grouped = GroupPlaces(Data.Unit.groups(of: data.units))
        let order = grouped.order, members = grouped.members
        var sheet = ScoreSheet(roster: names)
        let places = members
        let groups = places.map { GroupMembers(units: GroupUnits(data.units, at: $0), readings: readings, weights: weights) }
        let count = data.units.count
        // Explanations recorded only where the scope says (one group's, for one unit's explanation).
        let scope = Explanation.scope, keys = order
        // The group jobs, each an item and a group: round by round, each item at another group,
        // so that two threads scoring two items at once score different groups' offices and do
        // not both retain and release the same offices' names (a shared reference count).
        let itemCount = groupItems.count
        let pairs = places.indices.flatMap { round in groupItems.indices.map { (item: $0, group: (round + $0) % places.count) } }
        // The unit jobs, each a range of units, half as large as the smallest group job (but at
        // least 500 units: a small run is one range): taken last, they fill whatever time one
        // thread has left over the other.
        let length = max(500, (places.map(\.count).min() ?? count) / 2 / max(1, unitItems.count))
        let ranges = unitItems.isEmpty ? [] : stride(from: 0, to: count, by: length).map { $0..<min(count, $0 + length) }
        let sizes = pairs.map { places[$0.group].count } + ranges.map { $0.count * unitItems.count }
        var parts = TwoThreads.map(sizes: sizes) { number in
            guard number < pairs.count else {
                // The items read once (a program may make them anew each time they are read).
                let items = unitItems, range = ranges[number - pairs.count]
                var columns = items.map { _ in ScoreColumn(count: range.count) }
                // One input moved along the roster: no unit copied, the roster retained once.
                var input = UnitMember(data.units, at: range.lowerBound, readings: readings)
                for index in range {
                    input.index = index
                    scope.run(for: input.unit.group) {
                        // By index: enumerating the items' existentials made their type's metadata per unit.
                        for number in items.indices { columns[number].set(items[number].evaluate(input), at: index - range.lowerBound) }
                    }
                }
                return (columns: columns, mean: Decimal?.none, warnings: [ScoredItems.ItemWarning]())
            }
            let (item, group) = pairs[number]
            var column = ScoreColumn(count: places[group].count)
            let told = scope.run(for: keys[group]) {
                scoreGroup(item: item, groups[group], at: places[group]) { score, _, member in column.set(score, at: member) }
            }
            return (columns: [column], mean: told.mean, warnings: told.warnings)
        }
        // Each column joined from its parts (on two threads: a column is 100,000 places), the
        // parts moved out of the jobs' results and each let go once joined: all the parts kept
        // until every column was joined made the run's peak memory.
        let groupCount = places.count
        let job: @Sendable (Int, Int) -> Int = { item, group in (group - item % groupCount + groupCount) % groupCount * itemCount + item }
        let columnParts = ScoreColumn.Parts(
            (0..<itemCount).map { number in places.indices.map { parts[job(number, $0)].columns[0] } }
                + unitItems.indices.map { number in ranges.indices.map { parts[pairs.count + $0].columns[number] } })
        for index in parts.indices { parts[index].columns = [] }
        let columns = TwoThreads.map(sizes: Array(repeating: count, count: itemCount + unitItems.count)) { number in
            var column = ScoreColumn(count: count), mine = columnParts.take(number)
            for index in mine.indices {
                if number < itemCount { column.set(mine[index], at: places[index]) } else { column.set(mine[index], at: ranges[index]) }
                mine[index] = ScoreColumn(count: 0)
            }
            return column
        }
        var groupMeans: [String: [String: Decimal]] = [:], itemWarnings: [ScoredItems.ItemWarning] = []
        for (number, item) in groupItems.enumerated() {
            sheet.add(item.id, column: columns[number])
            for group in places.indices {
                let part = parts[job(number, group)]
                if let key = item.aColumn?.key, let mean = part.mean { groupMeans[order[group], default: [:]][key] = mean }
                itemWarnings += part.warnings
            }
        }
        for (number, item) in unitItems.enumerated() { sheet.add(item.id, column: columns[itemCount + number]) }
        return scoredItems(sheet, data, groupMeans, itemWarnings)
    }

    /// Scores group item `number` on `input`, the group of the members at roster positions
    /// `places`, handing each member's score to `record` with its place and its index among the
    /// members as it is made (no array of them); returns what the scores tell beyond themselves:
    /// the group's B of the item's shown A (the first B among them), and the item's warnings on
    /// the members' scores.
    private func scoreGroup(
        item number: Int, _ input: GroupMembers<Data.Unit>, at places: [Int], _ record: (ItemScore.Parts, Int, Int) -> Void
    ) -> (mean: Decimal?, warnings: [ScoredItems.ItemWarning]) {
        let item = groupItems[number]
        var warnings: [ScoredItems.ItemWarning] = [], mean: Decimal?, next = 0
        item.eachScore(input) { index, score in
            precondition(index == next, "scoreGroup: \(item.id) scored member \(index) for \(next)")
            let place = places[index]
            record(score, place, index)
            // The unit's name read only to write a warning.
            if let text = item.warning(score, of: { input.units[index].name }) {
                warnings.append(.init(place: place, item: number, text: text))
            }
            if mean == nil { mean = score.mean }
            next += 1
        }
        precondition(next == places.count, "scoreGroup: \(item.id) scored \(next) of \(places.count) members")
        return (item.aColumn == nil ? nil : mean, warnings)
    }

    /// Scores every group item on `group`'s members at roster positions `places` of `data` into
    /// `sheet` (``scoreGroup(item:_:at:_:)``), the shown A's means into `means`, the items'
    /// warnings into `warnings`.
    private func record(
        _ group: String, _ places: [Int], of data: Data, _ readings: ReadingChoices, into sheet: inout ScoreSheet,
        means: inout [String: [String: Decimal]], warnings: inout [ScoredItems.ItemWarning]
    ) {
        let input = GroupMembers(units: GroupUnits(data.units, at: places), readings: readings, weights: weights)
        for (number, item) in groupItems.enumerated() {
            let told = sheet.withColumn(item.id) { column in
                scoreGroup(item: number, input, at: places) { score, place, _ in column.set(score, at: place) }
            }
            if let column = item.aColumn, let mean = told.mean { means[group, default: [:]][column.key] = mean }
            warnings += told.warnings
        }
    }

    /// The scored items: the group items' `itemWarnings` put in roster order (then item
    /// order) after the data's warnings.
    private func scoredItems(
        _ sheet: ScoreSheet, _ data: Data, _ groupMeans: [String: [String: Decimal]], _ itemWarnings: [ScoredItems.ItemWarning]
    ) -> ScoredItems {
        let ordered = itemWarnings.sorted { ($0.place, $0.item) < ($1.place, $1.item) }
        return ScoredItems(sheet: sheet, warnings: data.warnings + ordered.map(\.text), groupMeans: groupMeans, itemWarnings: ordered)
    }

    /// Every unit's row under these weights: each item's value, each shown A, the weighted total
    /// (``WeightedTotal``, rounded per `readings`) unless the program ranks without one, and the
    /// program's own values.
    public func totals(_ scored: ScoredItems, _ data: Data, _ readings: ReadingChoices) -> [UnitResult] {
        // Each row is its unit's alone: made on two threads, in order (explained where the scope says).
        let row = rowMaker(scored, data, readings), scope = Explanation.scope
        return TwoThreads.map(count: data.units.count) { index in scope.run(for: data.units[index].group) { row(index) } }
    }

    /// The row of the unit at an index of `data`, as ``totals(_:_:_:)`` makes it: the items'
    /// values (``ResultRows``), then the program's own (``describe(_:at:in:)``).
    private func rowMaker(_ scored: ScoredItems, _ data: Data, _ readings: ReadingChoices) -> @Sendable (Int) -> UnitResult {
        let weights = addsTotal ? itemWeights : nil, bonuses = unitItems.filter(\.isBonus).map(\.id)
        let shown = groupItems.compactMap { item in item.aColumn.map { (id: item.id, key: $0.key) } }
        let ids = groupItems.map(\.id) + unitItems.map(\.id)
        let rowKeys = weights.map { ScoreSheet.rowKeys(weights: $0, bonuses: bonuses) } ?? ids
        let keys = ValueKeys(rowKeys + shown.map(\.key) + columns.map(\.key))
        let rows = ResultRows(scored.sheet, keys: keys, weights: weights, bonuses: bonuses, ids: ids, shown: shown, rounding: rounding(readings))
        // Each unit's group read once, by the unit's type (``RosterUnit/groups(of:)``).
        let groups = Data.Unit.groups(of: data.units)
        return { index in
            var row = rows.row(at: index, group: groups[index].isEmpty ? nil : groups[index])
            describe(&row, at: index, in: data)
            return row
        }
    }

    /// The result on `changed`, data that differs from the data `scored` and `rows` were made
    /// on only in the unit at `index` (in the same group), without explanations: only that unit's group is scored
    /// and totalled again (a group item's scores depend on its group alone), then every unit is
    /// ranked and every award decided into `frame` (``resultFrame(_:rules:)``, made once for
    /// them all). `pingbi gap` asks thousands of such what-ifs.
    public func recompute(
        _ changed: Data, unit index: Int, from scored: ScoredItems, rows: [UnitResult], _ context: EvaluationContext,
        frame: ProgramResult
    ) -> ProgramResult {
        Explanation.silently {
            let readings = context.readings, group = changed.units[index].group
            precondition(rows[index].group == (group.isEmpty ? nil : group), "recompute: \(changed.units[index].name) changed group")
            let members = changed.units.indices.filter { changed.units[$0].group == group }
            var sheet = scored.sheet, groupMeans = scored.groupMeans
            // The other groups' warnings kept, this group's told again.
            let rescoredPlaces = Set(members)
            var itemWarnings = scored.itemWarnings.filter { !rescoredPlaces.contains($0.place) }
            record(group, members, of: changed, readings, into: &sheet, means: &groupMeans, warnings: &itemWarnings)
            let unitInput = UnitMember(unit: changed.units[index], readings: readings)
            for item in unitItems { sheet.add(item.id, [item.evaluate(unitInput)], at: [index]) }
            let rescored = scoredItems(sheet, changed, groupMeans, itemWarnings)
            var rows = rows
            let row = rowMaker(rescored, changed, readings)
            for member in members { rows[member] = row(member) }
            return decide(rank(rows, rescored, changed, readings), changed, context, frame: frame)
        }
    }

    /// How ``totals(_:_:_:)`` totals a unit under `readings`: from the unit's score on each item
    /// (by id) to its row's total, the weighted items' and bonuses' scores summed by
    /// ``WeightedTotal`` as the score sheet sums a row's. `pingbi gap`'s trials total again only
    /// the units whose scores changed.
    public func totaller(_ readings: ReadingChoices) -> (_ score: (String) -> ItemScore) -> Decimal {
        precondition(addsTotal, "totaller: \(id) ranks without a total")
        let weights = itemWeights, bonuses = unitItems.filter(\.isBonus).map(\.id), rounding = rounding(readings)
        return { score in
            WeightedTotal.compute(
                weighted: weights.map { score($0.id) }, weights: weights, bonus: bonuses.map(score), bonusIDs: bonuses, rounding: rounding
            ).value
        }
    }

    /// Each unit's standing and its rank within its group over ``rankKeys``; the rows in display
    /// order (``Swift/Array/sortForDisplay(tied:groups:)``), made here once for every run that shares the ranks.
    public func rank(_ rows: consuming [UnitResult], _ scored: ScoredItems, _ data: Data, _ readings: ReadingChoices) -> RankedUnits<Member> {
        // Taken over, not copied: the rows are changed in place.
        var rows = consume rows
        let standings = standings(data, rows: &rows, readings: readings)
        // Rows read and set where they are: neither copied whole (a dozen references retained and
        // released) nor moved out and back for one field.
        let groups = rows.withUnsafeBufferPointer { rows in rows.indices.map { rows[$0].group ?? "" } }
        let ranks = GroupRanking.ranks(standings, groups: groups, by: rankKeys, method: rankMethod(readings))
        rows.withUnsafeMutableBufferPointer { rows in
            for index in rows.indices { rows[index].rank = ranks[index] }
        }
        rows.sortForDisplay(tied: tiedOrder, groups: groupOrder)
        return RankedUnits(rows: rows, standings: standings, ranks: ranks, warnings: scored.warnings, groupMeans: scored.groupMeans)
    }

    /// What every result of this program has whatever the run: the program's own fields
    /// (``Program/emptyResult(_:rules:)``), the files read, the columns and the group titles.
    /// A caller evaluating many runs makes it once (`rules` too) and hands it to
    /// ``decide(_:_:_:frame:stage:)``.
    public func resultFrame(_ context: EvaluationContext, rules: [RulesDocument.Entry]? = nil) -> ProgramResult {
        var result = emptyResult(context, rules: rules)
        result.sources = inputs.map { context.data.displayName($0.fileName) }
        result.columns = columns
        result.groupTitles = groupTitles
        if let title = tiedAtCutTitle { result.policyTitles[TiedAtCut.policy] = title }
        return result
    }

    /// Each award on `ranked` in order (each seeing the outcomes before it), and the result;
    /// `rules` when the caller made them once for many runs.
    public func decide(
        _ ranked: RankedUnits<Member>, _ data: Data, _ context: EvaluationContext, rules: [RulesDocument.Entry]? = nil,
        stage: (String) -> Void = { _ in }
    ) -> ProgramResult {
        decide(ranked, data, context, frame: resultFrame(context, rules: rules), stage: stage)
    }

    /// Each award on `ranked` in order, and the result in `frame` (``resultFrame(_:rules:)``)
    /// under the context's readings.
    public func decide(
        _ ranked: RankedUnits<Member>, _ data: Data, _ context: EvaluationContext, frame: ProgramResult,
        stage: (String) -> Void = { _ in }
    ) -> ProgramResult {
        var result = frame
        result.readings = context.readings.inForce(readings)
        result.period = data.evaluatedPeriod
        result.provisional = data.provisional
        result.units = ranked.rows
        result.warnings = ranked.warnings
        result.record(decidedBeforeAwards(data, readings: context.readings))
        var input = Standings(members: ranked.standings, ranks: ranked.ranks, readings: context.readings, provisional: data.provisional)
        for award in awards {
            let decision = award.decide(input)
            input.decided += decision.outcomes
            result.record(decision)
        }
        stage("獎項")
        result.groupMeans = ranked.groupMeans
        finish(&result, data: data, context: context)
        return result
    }

    /// The result on `data` under the context's readings, explanations included; `stage` is
    /// called after each stage with its name (項目與總分, 名次, 獎項).
    public func compute(_ data: Data, _ context: EvaluationContext, stage: (String) -> Void = { _ in }) -> ProgramResult {
        var scored = scoreItems(data, context.readings)
        let rows = totals(scored, data, context.readings)
        // Every score is in the rows now: the sheet is let go before ranking.
        scored = scored.withoutSheet
        stage("項目與總分")
        // The rows are handed over: ranking adds to them in place, not to a copy.
        let ranked = rank(consume rows, scored, data, context.readings)
        stage("名次")
        return decide(ranked, data, context, stage: stage)
    }

    /// Evaluates the program: the pipeline on the context's data.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        try evaluate(context) { _ in }
    }

    /// Evaluates as ``evaluate(_:)`` does, calling `stage` after each stage with its name (讀取,
    /// 項目與總分, 名次, 獎項): `pingbi-bench` times them. The result is computed without
    /// explanations; a unit's are made, with its group's, by one more run when first read
    /// (``RecordedExplanations``).
    public func evaluate(_ context: EvaluationContext, stage: (String) -> Void) throws -> ProgramResult {
        let data = try load(context)
        stage("讀取")
        var result = Explanation.silently { compute(data, context, stage: stage) }
        // Each row's unit and group read where they are (a copy of the row retains and releases a
        // dozen references), on two threads: each name is retained from memory not read since
        // the rows were made.
        let rows = result.units.withUnsafeBufferPointer { units in
            nonisolated(unsafe) let units = units
            return TwoThreads.map(count: units.count) { (unit: units[$0].unit, group: units[$0].group ?? "") }
        }
        let recorded = RecordedExplanations(rows: rows) { groups in
            Explanation.recording(onlyGroups: groups) { compute(data, context) }
        }
        for index in result.units.indices { result.units[index].deferExplanations(to: recorded, row: index) }
        return result
    }

    /// Reads the data once per value of ``loadingReadings`` and evaluates it under any readings,
    /// reusing item scores and ranks where the readings they depend on repeat; results without
    /// explanations.
    public func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult {
        let stages = PipelineCache(self, context: context), frame = resultFrame(context, rules: resultRules)
        return { readings in
            var variant = context
            variant.readings = readings
            let data = try stages.loaded(readings)
            let ranked = stages.ranks(readings) {
                Explanation.silently {
                    let scored = stages.itemScores(readings) { scoreItems(data, readings) }
                    return rank(stages.totals(readings) { totals(scored, data, readings) }, scored, data, readings)
                }
            }
            return Explanation.silently { decide(ranked, data, variant, frame: frame) }
        }
    }

    /// Reads the data once and evaluates it under each weight vector (entries replacing this
    /// program's), scoring the items once: results without explanations or the rules appendix.
    public func pipelineWeightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        let stages = PipelineCache(self, context: context), program = self, readings = context.readings
        let frame = resultFrame(context, rules: [])
        return { weights in
            var reweighted = program
            reweighted.weights.merge(weights) { $1 }
            let data = try stages.loaded(readings)
            return Explanation.silently {
                let scored = stages.itemScores(readings) { program.scoreItems(data, readings) }
                let ranked = reweighted.rank(reweighted.totals(scored, data, readings), scored, data, readings)
                return reweighted.decide(ranked, data, context, frame: frame)
            }
        }
    }
}

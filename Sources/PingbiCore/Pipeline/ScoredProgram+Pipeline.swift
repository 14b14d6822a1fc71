import Foundation

/// The pipeline's stages: items → totals → ranks → awards → result. Each is a pure function of
/// the data and the readings, so runs under many readings or weights can share them.
extension ScoredProgram {
    /// Every unit's score on every item under `readings`: each group item once per group (groups
    /// in roster order), then each unit item per unit; the group means of the shown A's; the
    /// items' warnings in roster order.
    public func scoreItems(_ data: Data, _ readings: ReadingChoices) -> ScoredItems {
        var sheet = ScoreSheet()
        var groupMeans: [String: [String: Decimal]] = [:]
        var order: [String] = [], members: [String: [Data.Unit]] = [:]
        for unit in data.units {
            let group = unit.group
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(unit)
        }
        for group in order {
            let input = GroupMembers(units: members[group]!, readings: readings, weights: weights)
            for item in groupItems {
                let scores = item.evaluate(input)
                sheet.add(item.id, scores)
                if let column = item.aColumn, let mean = scores.lazy.compactMap(\.mean).first {
                    groupMeans[group, default: [:]][column.key] = mean
                }
            }
        }
        for unit in data.units {
            let input = UnitMember(unit: unit, readings: readings)
            for item in unitItems { sheet.add(item.id, [item.evaluate(input)]) }
        }
        var warnings = data.warnings
        for unit in data.units {
            for item in groupItems { if let warning = item.warning(sheet.score(item.id, of: unit.name)) { warnings.append(warning) } }
        }
        return ScoredItems(sheet: sheet, warnings: warnings, groupMeans: groupMeans)
    }

    /// Every unit's row under these weights: each item's value, each shown A, the weighted total
    /// (``WeightedTotal``, rounded per `readings`), and the program's own values.
    public func totals(_ scored: ScoredItems, _ data: Data, _ readings: ReadingChoices) -> [UnitResult] {
        let weights = itemWeights, bonuses = unitItems.filter(\.isBonus).map(\.id), rounding = rounding(readings)
        let shown = groupItems.compactMap { item in item.aColumn.map { (id: item.id, key: $0.key) } }
        var rows: [UnitResult] = []
        rows.reserveCapacity(data.units.count)
        for (index, unit) in data.units.enumerated() {
            var row = scored.sheet.unit(unit.name, group: unit.group.isEmpty ? nil : unit.group, weights: weights, bonuses: bonuses, rounding: rounding)
            let scores = scored.sheet.scores(of: unit.name)
            for column in shown {
                let score = scores[column.id]!
                if let a = score.a { row.values[column.key] = a.display() }
                row.explanations[column.key] = score.aExplanation
            }
            describe(&row, of: unit, at: index, in: data)
            rows.append(row)
        }
        return rows
    }

    /// Each unit's standing and its rank within its group over ``rankKeys``.
    public func rank(_ rows: [UnitResult], _ scored: ScoredItems, _ data: Data, _ readings: ReadingChoices) -> RankedUnits<Member> {
        var rows = rows
        let standings = standings(data, rows: &rows, readings: readings)
        let ranks = GroupRanking.ranks(standings, groups: rows.map { $0.group ?? "" }, by: rankKeys)
        for index in rows.indices { rows[index].rank = ranks[index] }
        return RankedUnits(rows: rows, standings: standings, ranks: ranks, warnings: scored.warnings, groupMeans: scored.groupMeans)
    }

    /// Each award on `ranked` in order (each seeing the outcomes before it), and the result;
    /// `rules` when the caller made them once for many runs.
    public func decide(
        _ ranked: RankedUnits<Member>, _ data: Data, _ context: EvaluationContext, rules: [RulesDocument.Entry]? = nil,
        stage: (String) -> Void = { _ in }
    ) -> ProgramResult {
        var result = emptyResult(context, rules: rules)
        result.period = data.evaluatedPeriod
        result.provisional = data.provisional
        result.sources = inputs.map { context.data.displayName($0.fileName) }
        result.columns = columns
        result.units = ranked.rows
        result.sortUnits()
        result.warnings = ranked.warnings
        var input = Standings(members: ranked.standings, ranks: ranked.ranks, readings: context.readings, provisional: data.provisional)
        for award in awards {
            let decision = award.decide(input)
            input.decided += decision.outcomes
            result.record(decision)
        }
        stage("獎項")
        result.groupTitles = groupTitles
        result.groupMeans = ranked.groupMeans
        if let title = tiedAtCutTitle { result.policyTitles[TiedAtCut.policy] = title }
        finish(&result, data: data, context: context)
        return result
    }

    /// The result on `data` under the context's readings, explanations included; `stage` is
    /// called after each stage with its name (項目與總分, 名次, 獎項).
    public func compute(_ data: Data, _ context: EvaluationContext, stage: (String) -> Void = { _ in }) -> ProgramResult {
        let scored = scoreItems(data, context.readings)
        let rows = totals(scored, data, context.readings)
        stage("項目與總分")
        let ranked = rank(rows, scored, data, context.readings)
        stage("名次")
        return decide(ranked, data, context, stage: stage)
    }

    /// Evaluates the program: the pipeline on the context's data.
    public func evaluate(_ context: EvaluationContext) throws -> ProgramResult {
        try evaluate(context) { _ in }
    }

    /// Evaluates as ``evaluate(_:)`` does, calling `stage` after each stage with its name (讀取,
    /// 項目與總分, 名次, 獎項): `pingbi-bench` times them. The result is computed without
    /// explanations; each is made, with all the others, by one more run when first read.
    public func evaluate(_ context: EvaluationContext, stage: (String) -> Void) throws -> ProgramResult {
        let data = try load(context)
        stage("讀取")
        var result = Explanation.silently { compute(data, context, stage: stage) }
        let recorded = RecordedExplanations { compute(data, context) }
        for index in result.units.indices {
            let unit = result.units[index].unit
            for key in Array(result.units[index].explanations.keys) {
                result.units[index].explanations[key] = Explanation(deferred: { recorded.explanation(unit, key) })
            }
        }
        return result
    }

    /// Reads the data once per value of ``loadingReadings`` and evaluates it under any readings,
    /// reusing item scores and ranks where the readings they depend on repeat; results without
    /// explanations.
    public func evaluator(_ context: EvaluationContext) -> @Sendable (ReadingChoices) throws -> ProgramResult {
        let stages = PipelineCache(self, context: context), rules = resultRules
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
            return Explanation.silently { decide(ranked, data, variant, rules: rules) }
        }
    }

    /// Reads the data once and evaluates it under each weight vector (entries replacing this
    /// program's), scoring the items once: results without explanations or the rules appendix.
    public func pipelineWeightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        let stages = PipelineCache(self, context: context), program = self, readings = context.readings
        return { weights in
            var reweighted = program
            reweighted.weights.merge(weights) { $1 }
            let data = try stages.loaded(readings)
            return Explanation.silently {
                let scored = stages.itemScores(readings) { program.scoreItems(data, readings) }
                let ranked = reweighted.rank(reweighted.totals(scored, data, readings), scored, data, readings)
                return reweighted.decide(ranked, data, context, rules: [])
            }
        }
    }
}

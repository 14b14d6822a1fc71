import PingbiCore

/// One unit's values with the explanation behind each, as `pingbi explain` prints them.
public enum ExplainRenderer {
    /// The unit's heading, each value with its chain, each text (a trend, a direction) with
    /// its chain, and its outcomes.
    public static func render(_ unit: UnitResult, in result: ProgramResult) -> String {
        var out = "\(result.title)（\(result.program)）\n單位：\(VisibleText.of(unit.unit))"
        if let group = unit.group { out += "　組別：" + (result.groupTitles[group] ?? group) }
        if let rank = unit.rank { out += "　名次：第 \(rank) 名" }
        // Read once: a unit's explanations may be made when read.
        let explanations = unit.explanations
        out += "\n解讀：" + result.readings.map { "\($0.reading.name)=\($0.value)" }.joined(separator: "  ") + "\n"
        for column in result.columns {
            out += "\n\(column.title)（\(column.key)）= " + ValueFormat.cell(unit.values[column.key], column: column) + "\n"
            if let explanation = explanations[column.key] {
                out += explanation.lines.map { "  " + $0 + "\n" }.joined()
            }
        }
        for column in result.textColumns {
            out += "\n\(column.title)（\(column.key)）= " + ValueFormat.text(unit.texts[column.key]) + "\n"
            if let explanation = explanations[column.key] {
                out += explanation.lines.map { "  " + $0 + "\n" }.joined()
            }
        }
        let outcomes = result.outcomes.filter { $0.unit == unit.unit }
        out += "\n結果：" + (outcomes.isEmpty ? "無" : OutcomeText.summary(outcomes, titles: result.policyTitles)) + "\n"
        for outcome in outcomes where outcome.reason != nil {
            out += "  \(result.policyTitles[outcome.policy] ?? outcome.policy)：\(outcome.reason!)\n"
        }
        return VisibleText.of(out, keepingLayout: true)
    }
}

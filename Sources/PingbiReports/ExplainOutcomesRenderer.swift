import PingbiCore

extension ExplainRenderer {
    /// A name that has outcomes but no computed values (a nominee excluded at 初審, say):
    /// every outcome that concerns it, with its reason.
    public static func renderOutcomes(of name: String, in result: ProgramResult) -> String {
        let outcomes = result.outcomes.filter { $0.unit == name }
        var out = "\(result.title)（\(result.program)）\n單位：\(VisibleText.of(name))\n"
        out += "此單位未列入計分，故無數值可說明；相關結果如下：\n"
        for outcome in outcomes {
            out += "  \(result.policyTitles[outcome.policy] ?? outcome.policy)"
            if let label = outcome.label { out += "（\(label)）" }
            if let reason = outcome.reason { out += "：\(reason)" }
            out += "\n"
        }
        return VisibleText.of(out, keepingLayout: true)
    }
}

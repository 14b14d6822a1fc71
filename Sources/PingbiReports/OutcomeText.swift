import Foundation
import PingbiCore

/// Outcomes in words, shared by the table, CSV and text renderers.
public enum OutcomeText {
    /// The outcomes of one unit in a short phrase: `菁英獎（第1名）；行動服務貢獻獎`.
    public static func summary(_ outcomes: [Outcome], titles: [String: String]) -> String {
        outcomes.map(phrase(titles: titles)).joined(separator: "；")
    }

    /// One outcome in a short phrase, naming its policy, label, amount and whether it is provisional.
    public static func phrase(titles: [String: String]) -> (Outcome) -> String {
        { outcome in
            var text = outcome.label ?? titles[outcome.policy] ?? outcome.policy
            if let amount = outcome.amount {
                // A per-person award's label already names the rate (`每人最高 5,000 元`): the amount is the total.
                text += outcome.perPerson != nil && outcome.label != nil
                    ? "（合計 " + ValueFormat.money(amount) + " 元）" : " " + ValueFormat.money(amount) + " 元"
            }
            if outcome.provisional { text += "（暫定）" }
            return text
        }
    }
}

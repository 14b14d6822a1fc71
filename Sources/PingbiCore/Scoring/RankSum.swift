import Foundation

/// A score that is a weighted sum of ranks (附件四: 積分 = 0.4×r₁ + 0.25×r₂ + 0.2×r₃ + 0.15×r₄),
/// in exact decimals; lower is better.
public enum RankSum {
    /// One weighted rank.
    public struct Term: Sendable {
        /// What was ranked (`收繳率消長排名`).
        public let label: String
        /// Its weight, as the document writes it.
        public let weight: Decimal
        /// The rank.
        public let rank: Int

        /// `weight` × the rank of `label`.
        public init(_ label: String, weight: Decimal, rank: Int) {
            self.label = label
            self.weight = weight
            self.rank = rank
        }
    }

    /// Σ weight × rank, exactly, with its explanation titled `title`.
    public static func evaluate(_ terms: [Term], title: String) -> (value: Decimal, explanation: Explanation) {
        var explanation = Explanation(title)
        for term in terms { explanation.input(term.label, Decimal(term.rank)) }
        explanation.add(.formula, "\(title) = " + terms.map { "\($0.weight.plainText)×\($0.label)" }.joined(separator: " + "))
        let products = terms.map { $0.weight * Decimal($0.rank) }
        let score = products.reduce(Decimal(0), +)
        explanation.add(
            .substitution,
            terms.map { "\($0.weight.plainText)×\($0.rank)" }.joined(separator: " + ") + " = "
                + products.map(\.plainText).joined(separator: " + ") + " = \(score.plainText)")
        explanation.result(score)
        return (score, explanation)
    }
}

import Foundation
import PingbiCore

/// 肆、三's weights, for `pingbi sensitivity`'s weight section.
extension Kaoping111: WeightedProgram {
    /// Items (1)–(5) with their titles and weights.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        items.map { ($0.id, "(\($0.number))\($0.label)", weight(of: $0)) }
    }

    /// The program with other weights.
    public func reweighted(_ weights: [String: Decimal]) -> any Program {
        var program = self
        program.weights = weights
        return program
    }

    /// Reads the data once (per `group-bounds` value) and evaluates it under each weight
    /// vector, scoring the items once: results without explanations or the rules appendix.
    public func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        let data = KaopingData.Cache(program: self, context: context), program = self
        return { weights in
            var reweighted = program
            reweighted.weights = weights
            let loaded = try data.loaded(context.readings)
            return Explanation.silently {
                let items = data.itemScores(context.readings) { program.itemScores(loaded, context.readings) }
                let ranked = reweighted.rank(reweighted.total(items, loaded, context.readings), loaded, context.readings)
                return reweighted.award(ranked, loaded, context, rules: [])
            }
        }
    }
}

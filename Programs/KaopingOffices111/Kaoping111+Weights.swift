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

    /// The pipeline under each weight vector, the items scored once.
    public func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        pipelineWeightEvaluator(context)
    }
}

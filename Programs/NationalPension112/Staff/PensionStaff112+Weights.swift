import Foundation
import PingbiCore

/// 附件四 一、1.(3)'s weights, for `pingbi sensitivity`'s weight section.
extension PensionStaff112: WeightedProgram {
    /// The four ranks with their names and weights, in the formula's order.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        StaffScore.ranks.map { ($0.key, $0.name, weights[$0.key]!) }
    }

    /// The program with other weights.
    public func reweighted(_ weights: [String: Decimal]) -> any Program {
        var program = self
        program.weights = weights
        return program
    }

    /// Reads the data and ranks the indicators once; each vector only scores and ranks 積分 again.
    public func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        pipelineWeightEvaluator(context)
    }
}

import Foundation

/// A ``WeightedProgram`` whose weights are one table by item id, as a document writes them
/// (「(1)*35%、(2)*35%、(3)*30%」): its weighted items are its indicators that have a weight, in
/// indicator order, and reweighting replaces entries of the table.
public protocol WeightedByItem: WeightedProgram {
    /// The weight of each weighted item in the total, by item id.
    var weights: [String: Decimal] { get set }
}

extension WeightedByItem {
    /// The indicators with a weight, in order, each with its name and weight.
    public var weightedItems: [(id: String, title: String, weight: Decimal)] {
        indicators.compactMap { item in weights[item.id].map { (item.id, item.name, $0) } }
    }

    /// The program with `weights` in place of its own, item by item.
    public func reweighted(_ weights: [String: Decimal]) -> any Program {
        var program = self
        program.weights.merge(weights) { $1 }
        return program
    }

    /// The weights of ``weightedItems`` for ``WeightedTotal``, in order.
    public var totalWeights: [WeightedTotal.Weight] {
        weightedItems.map { WeightedTotal.Weight(id: $0.id, $0.weight) }
    }

    /// A column per weighted item, titled with its weight (`臨櫃服務量35%`), shown to one decimal.
    public var weightedColumns: [ValueColumn] {
        weightedItems.map { ValueColumn($0.id, "\($0.title)\(($0.weight * 100).plainText)%", scale: 1) }
    }
}

extension WeightedByItem where Self: ScoredProgram {
    /// The pipeline's (``ScoredProgram/pipelineWeightEvaluator(_:)``): the data read and the
    /// items scored once, each weight vector only totalled, ranked and decided again.
    public func weightEvaluator(_ context: EvaluationContext) -> @Sendable ([String: Decimal]) throws -> ProgramResult {
        pipelineWeightEvaluator(context)
    }
}

/// Where 四捨五入 applies in a total of weighted scores (the documents say 「得分計算採四捨五入取至
/// 小數點後一位」 without saying whether each item's score or only the total is rounded).
public enum RoundingStage: String, ReadingValue {
    /// Each item score, then the total.
    case items
    /// The total only: the items enter exactly.
    case totalOnly = "total-only"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .items: "各項得分與總分都四捨五入"
        case .totalOnly: "只有總分四捨五入"
        }
    }
}

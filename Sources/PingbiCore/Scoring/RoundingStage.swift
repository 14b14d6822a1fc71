/// Where 四捨五入 applies in a total of weighted scores (the documents say 「得分計算採四捨五入取至
/// 小數點後一位」 without saying whether each item's score or only the total is rounded).
public enum RoundingStage: String, ReadingValue {
    /// Each item score, then the total.
    case items
    /// The total only: the items enter exactly.
    case totalOnly = "total-only"
}

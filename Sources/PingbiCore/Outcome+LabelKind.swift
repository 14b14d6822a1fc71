extension Outcome {
    /// What an outcome's label says, so that a report knows whether to show it beside the
    /// award's title without comparing their wording.
    public enum LabelKind: String, Sendable {
        /// The award's name restated (`菁英獎`, `檢討報告` under 提出檢討報告, `切線同分`,
        /// `標竿學習獎（督導員）`): left out wherever the award's title is shown.
        case name
        /// A level or class within the award (`特優`, `每人最高 5,000 元`, `初審未通過：超額`):
        /// shown beside the unit, except where the outcome's reason, shown in full, says it.
        case level
    }
}

import Foundation
import PingbiCore

/// How the five panel scores of 複審 are combined (reading `panel-score`).
public enum PanelScore: String, ReadingValue {
    /// The mean of the five scores.
    case mean
    /// One highest and one lowest score dropped, the mean of the other three.
    case trimmed

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .mean: "5 位評審平均"
        case .trimmed: "去掉最高與最低後 3 位平均"
        }
    }
}

/// The lowest combined score that can win a 標竿學習獎 (reading `award-threshold`).
public enum AwardThreshold: String, ReadingValue {
    /// No threshold: every place is filled while nominees remain.
    case zero = "0"
    /// 60 points.
    case sixty = "60"
    /// 70 points.
    case seventy = "70"
    /// 75 points.
    case seventyFive = "75"
    /// 80 points.
    case eighty = "80"
    /// 85 points.
    case eightyFive = "85"
    /// 90 points.
    case ninety = "90"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .zero: "不設門檻（0 分）"
        case .sixty: "60 分"
        case .seventy: "70 分"
        case .seventyFive: "75 分"
        case .eighty: "80 分"
        case .eightyFive: "85 分"
        case .ninety: "90 分"
        }
    }

    /// The threshold in points.
    public var points: Decimal { Decimal.exact(rawValue) }
}

/// Which nominations 超額 excludes when an agency nominates more than it may (附件五: 3;
/// reading `excess`).
public enum Excess: String, ReadingValue {
    /// The rows after the agency's last allowed (its third under 附件五), in file order.
    case firstThree = "first-three"
    /// Every row of that agency.
    case wholeAgency = "whole-agency"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .firstThree: "僅超出名額者不予納入"
        case .wholeAgency: "該機關全部不予納入"
        }
    }
}

extension PensionReadings {
    /// `panel-score`: the five panel scores' mean, or their trimmed mean.
    public static let panelScore = Reading(
        "panel-score", title: "複審 5 位評審分數", choices: "平均，或去掉最高與最低各一後取 3 位平均",
        default: PanelScore.mean)

    /// `award-threshold`: the lowest score that can win; places below it stay vacant (從缺).
    public static let awardThreshold = Reading(
        "award-threshold", title: "獲獎標準（分）", choices: "未達者不獲獎，名額從缺；文件未訂，預設不設門檻（0 分）",
        default: AwardThreshold.zero)

    /// `excess`: which of an agency's nominations beyond 3 are left out of 複審.
    public static let excess = excess(limit: PensionExemplary112.documentNominationLimit)

    /// `excess` for an edition whose agencies may nominate at most `limit`; the name and values
    /// are the same, the summary says the place in force (第 4 位 for 附件五's 3).
    public static func excess(limit: Int) -> Reading<Excess> {
        Reading(
            "excess", title: "超額提報", choices: "僅第 \(limit + 1) 位起不予納入，或該機關全部不予納入",
            default: Excess.firstThree)
    }
}

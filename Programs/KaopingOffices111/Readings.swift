import PingbiCore

/// `group-bounds`: how the 110年月平均異動筆數 bounds of 肆、一 are read.
public enum GroupBounds: String, ReadingValue {
    /// ≥200 → 1; 80–<200 → 2; 30–<80 → 3; <30 → 4: every average has a group.
    case halfOpen = "half-open"
    /// The document's ≥200 / 80~199 / 30~79 / <29: an average in a gap (199–200, 79–80,
    /// 29–30) has no group and is an error.
    case asWritten = "as-written"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .halfOpen: "半開區間"
        case .asWritten: "照文件"
        }
    }
}

/// `rate-average`: what item (1)'s 組平均申辦率 B is.
public enum RateAverage: String, ReadingValue {
    /// The mean of the offices' rates.
    case meanOfRates = "mean-of-rates"
    /// The group's Σ申辦量 / Σ承保異動量 × 100.
    case pooled

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .meanOfRates: "各公所申辦率的平均"
        case .pooled: "全組合計比率"
        }
    }
}

/// `promotion-factor`: item (4)'s factor, ×100 as written or ×10 like the other items.
public enum PromotionFactor: String, ReadingValue {
    /// ((A−B)/B)×100+80, as the document writes it.
    case hundred = "100"
    /// ×10, like items (1)–(3) and (5).
    case ten = "10"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .hundred: "×100（照文件）"
        case .ten: "×10（與其他項目相同）"
        }
    }

    /// The factor.
    public var factor: Int { self == .hundred ? 100 : 10 }
}

/// `quality-basis`: item (5)'s A from each month or from the period's total errors.
public enum QualityBasis: String, ReadingValue {
    /// The mean of the monthly A (102 for an error-free month).
    case monthly
    /// One A from the period's total errors.
    case period

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .monthly: "逐月計算後平均"
        case .period: "全期計算一次"
        }
    }
}

/// `line-cap`: item (6)'s cap, 2 as its formula says or 3 as its heading says.
public enum LineCap: String, ReadingValue {
    /// 「≦2分」 in the formula.
    case two = "2"
    /// 「3分」 in the heading.
    case three = "3"

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .two: "公式的 2 分"
        case .three: "標題的 3 分"
        }
    }

    /// The cap.
    public var cap: Int { self == .two ? 2 : 3 }
}

/// `local-card`: what a 在地製卡 office's item (8) counts.
public enum LocalCard: String, ReadingValue {
    /// 製卡件數 × 0.01 only, as the 註 says.
    case cardOnly = "card-only"
    /// (補換發健保卡 + 在地製卡件數) × 0.01: the item counts cases "透過 AREA系統或在地製卡系統".
    case combined

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .cardOnly: "只計製卡件數"
        case .combined: "補換發健保卡加計製卡件數"
        }
    }
}

/// `assist-count`: what 協助件數 (the tie-breaker) counts.
public enum AssistCount: String, ReadingValue {
    /// Every case an office handled for the 健保署 (SPEC §1's list).
    case everyCase = "all-cases"
    /// The 行動量 of 行動服務貢獻獎.
    case mobile
    /// AREA分期 + 健保櫃檯分期 + 紓困代收.
    case arrears

    /// The value in Traditional Chinese, as a published report names it (and the notes of a
    /// result say what 協助件數 counts).
    public var label: String {
        switch self {
        case .everyCase: "所有協助案件"
        case .mobile: "行動量"
        case .arrears: "欠費協助件數"
        }
    }
}

/// `exclusive-awards`: whether a 菁英獎 winner may also win 行動服務貢獻獎.
public enum ExclusiveAwards: String, ReadingValue {
    /// No: 16 different offices, as 伍、一 says.
    case yes
    /// Yes: the two awards are decided independently.
    case no

    /// The value in Traditional Chinese, as a published report names it.
    public var label: String {
        switch self {
        case .yes: "排除菁英獎得主"
        case .no: "各自評定"
        }
    }
}

/// The readings of `kaoping-111` (SPEC §1), each with its default.
public enum KaopingReadings {
    /// `group-bounds` of the 111 groups.
    public static let groupBounds = groupBounds(Kaoping111.documentGroups)
    /// `group-bounds` over `groups`, its summary quoting their bounds.
    static func groupBounds(_ groups: GroupScheme) -> Reading<GroupBounds> {
        Reading(
            "group-bounds",
            title: "依\(groups.measure)分組", choices: "半開區間（\(groups.halfOpenText(titled: false))），或照文件（\(groups.asWrittenText)，落在空隙者為錯誤）",
            default: GroupBounds.halfOpen)
    }
    /// `rate-average`.
    public static let rateAverage = Reading(
        "rate-average", title: "項目(1)組平均申辦率 B", choices: "各公所申辦率的平均，或全組合計比率（申辦量合計 ÷ 承保異動量合計 × 100）",
        default: RateAverage.meanOfRates)
    /// `promotion-factor`.
    public static let promotionFactor = Reading(
        "promotion-factor", title: "項目(4)業務宣導的倍數", choices: "照文件 ×100（得分範圍 −20～100），或與其他項目相同 ×10",
        default: PromotionFactor.hundred)
    /// `quality-basis`.
    public static let qualityBasis = Reading(
        "quality-basis", title: "項目(5)臨櫃收件品質的 A", choices: "逐月計算後平均，或以全期錯誤件數計算一次",
        default: QualityBasis.monthly)
    /// `line-cap`.
    public static let lineCap = Reading(
        "line-cap", title: "項目(6)LINE群組活躍度上限", choices: "公式的 2 分，或標題的 3 分",
        default: LineCap.two)
    /// `local-card`.
    public static let localCard = Reading(
        "local-card", title: "項目(8)在地製卡據點公所", choices: "只計製卡件數 × 0.01（依註），或（補換發健保卡 + 製卡件數）× 0.01",
        default: LocalCard.cardOnly)
    /// `rounding`.
    public static let rounding = Reading(
        "rounding", title: "四捨五入至小數一位", choices: "各項得分與總分都取，或只取總分",
        default: RoundingStage.items)
    /// `assist-count`.
    public static let assistCount = Reading(
        "assist-count", title: "比序用的「協助件數」", choices: "所有協助案件、行動量，或欠費協助件數",
        default: AssistCount.everyCase)
    /// `exclusive-awards`.
    public static let exclusiveAwards = Reading(
        "exclusive-awards", title: "行動服務貢獻獎是否排除菁英獎得主", choices: "排除（共 16 家不同公所），或各自評定",
        default: ExclusiveAwards.yes)

    /// The readings the item scores and totals depend on (all but the tie-break and the awards').
    public static let scoring = [
        groupBounds.erased, rateAverage.erased, promotionFactor.erased, qualityBasis.erased, lineCap.erased, localCard.erased,
        rounding.erased,
    ]

    /// All readings, in SPEC order, then `cut-ties`.
    public static let all = scoring + [assistCount.erased, exclusiveAwards.erased, CutTies.reading.erased]
}

import PingbiCore

/// The monthly counts of `activity.csv`, one case per column (an item's A reads them).
public enum CountColumn: String, CaseIterable, Sendable {
    case enrol = "健保櫃檯加保"
    case transferOut = "健保櫃檯轉出"
    case suspend = "健保櫃檯停保"
    case resume = "健保櫃檯復保"
    case volume = "承保異動量"
    case eBillCounter = "電子繳款單_健保櫃檯"
    case eBillWeb = "電子繳款單_網路"
    case autoDebit = "約定轉帳"
    case areaInstalment = "AREA分期"
    case counterInstalment = "健保櫃檯分期"
    case reliefLoan = "紓困代收"
    case staticPromotion = "靜態宣導"
    case eventPromotion = "活動宣導"
    case systemErrors = "系統檢核錯誤"
    case manualErrors = "人工審核錯誤"
    case lineText = "LINE文字交流"
    case lineRead = "LINE已讀回應"
    case crossDistrict = "跨區收件"
    case cardReplacement = "補換發健保卡"
    case localCards = "在地製卡件數"

    /// Whether a file without the column is an error (only 在地製卡件數 may be left out).
    public var required: Bool { self != .localCards }

    /// What the column counts, for `template` and help.
    public var note: String {
        switch self {
        case .enrol, .transferOut, .suspend, .resume: "APP健保櫃檯申辦件數（項目1 分子）"
        case .volume: "承保異動量（項目1 分母）"
        case .eBillCounter: "透過APP健保櫃檯設定電子繳款單件數（項目2，×2）"
        case .eBillWeb: "透過個人網路設定電子繳款單件數（項目2，×2）"
        case .autoDebit: "代收保費約定轉帳件數（項目2，×1）"
        case .areaInstalment: "AREA系統分期件數（項目3，×1）"
        case .counterInstalment: "健保櫃檯分期件數（項目3，×2）"
        case .reliefLoan: "代收紓困申貸件數（項目3，×2）"
        case .staticPromotion: "靜態宣導次數（項目4，×1）"
        case .eventPromotion: "活動宣導次數（項目4，×2）"
        case .systemErrors: "系統檢核除錯件數（項目5）"
        case .manualErrors: "人工審核除錯件數（項目5）"
        case .lineText: "LINE文字交流次數（項目6，×0.5）"
        case .lineRead: "LINE已讀回應次數（項目6，×0.2）"
        case .crossDistrict: "跨區收件件數（項目7，×0.2）"
        case .cardReplacement: "補換發健保卡件數（項目8，×0.25）"
        case .localCards: "在地製卡件數（僅在地製卡據點公所，項目8，×0.01；可省略，空白為 0）"
        }
    }
}

/// Counts by column: one month's row, or the sum over months. Absent columns are 0. Every
/// count is read within ``CountLimit`` (10¹²), so sums over one office's columns and months
/// cannot overflow; they are checked all the same (``CheckedCount``).
///
/// Stored by column position rather than in a dictionary: a `CountColumn` hashes its Chinese
/// raw value, which made summing months the program's hot path.
public struct Counts: Sendable, Equatable {
    private var values: [Int]

    /// Counts from `values`; columns not given are 0.
    public init(_ values: [CountColumn: Int] = [:]) {
        self.values = Array(repeating: 0, count: CountColumn.allCases.count)
        for (column, value) in values { self.values[column.position] = value }
    }

    /// The count of `column`.
    public subscript(_ column: CountColumn) -> Int {
        get { values[column.position] }
        set { values[column.position] = newValue }
    }

    /// The sum of several columns.
    public func sum(_ columns: CountColumn...) -> Int {
        CheckedCount.boundedSum(columns.lazy.map { self[$0] })
    }

    /// 健保櫃檯申辦量 = 加保 + 轉出 + 停保 + 復保.
    public var applications: Int { sum(.enrol, .transferOut, .suspend, .resume) }

    /// 行動量 = 申辦量 + 電子繳款單_健保櫃檯 + 健保櫃檯分期 (行動服務貢獻獎's pool).
    public var mobileVolume: Int { CheckedCount.boundedSum([applications, self[.eBillCounter], self[.counterInstalment]]) }

    /// The column-wise sum.
    public static func + (a: Counts, b: Counts) -> Counts {
        var result = a
        for index in result.values.indices { result.values[index] = CheckedCount.boundedAdd(result.values[index], b.values[index]) }
        return result
    }
}

extension CountColumn {
    /// The column's place in `allCases` (the storage index of ``Counts``).
    var position: Int {
        switch self {
        case .enrol: 0
        case .transferOut: 1
        case .suspend: 2
        case .resume: 3
        case .volume: 4
        case .eBillCounter: 5
        case .eBillWeb: 6
        case .autoDebit: 7
        case .areaInstalment: 8
        case .counterInstalment: 9
        case .reliefLoan: 10
        case .staticPromotion: 11
        case .eventPromotion: 12
        case .systemErrors: 13
        case .manualErrors: 14
        case .lineText: 15
        case .lineRead: 16
        case .crossDistrict: 17
        case .cardReplacement: 18
        case .localCards: 19
        }
    }
}

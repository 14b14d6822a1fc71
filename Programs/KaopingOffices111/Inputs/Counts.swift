import PingbiCore
import Synchronization

/// A monthly count column of `activity.csv` that an item's A reads. The 111 document's columns
/// are the static members (``allCases``, in the file's order); a later edition declares a new one
/// for a new item, and it becomes part of that edition's `activity.csv` (its template and its
/// errors) while an item removed takes its columns out:
///
/// ```swift
/// static let mobilePayments = CountColumn("行動支付件數", note: "以行動支付繳納保費件數（項目9）", isCase: true)
/// ```
public struct CountColumn: Hashable, Sendable {
    /// The column's header in `activity.csv`.
    public let rawValue: String
    /// What the column counts, for `template` and help.
    public let note: String
    /// Whether a file without the column is an error (only 在地製卡件數 may be left out).
    public let required: Bool
    /// Whether it counts cases an office handled for the 健保署: what 協助件數
    /// (`assist-count=all-cases`) adds up.
    public let isCase: Bool
    /// The column's slot in ``Counts`` (one per header in the process).
    let position: Int

    /// A column headed `name`.
    public init(_ name: String, note: String, required: Bool = true, isCase: Bool = false) {
        self.rawValue = name
        self.note = note
        self.required = required
        self.isCase = isCase
        self.position = CountColumn.slot(name)
    }

    /// Columns are the same column when their headers are.
    public static func == (a: CountColumn, b: CountColumn) -> Bool { a.rawValue == b.rawValue }
    /// Hashes the header.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The slots given so far, by header: the 111 columns first, in ``allCases`` order.
    private static let slots = Mutex<[String: Int]>(Dictionary(uniqueKeysWithValues: documentNames.enumerated().map { ($1, $0) }))

    /// The slot of `name`, given on first use.
    private static func slot(_ name: String) -> Int {
        slots.withLock { slots in
            if let slot = slots[name] { return slot }
            slots[name] = slots.count
            return slots.count - 1
        }
    }

    /// The 111 headers, in the file's order.
    private static let documentNames = [
        "健保櫃檯加保", "健保櫃檯轉出", "健保櫃檯停保", "健保櫃檯復保", "承保異動量", "電子繳款單_健保櫃檯", "電子繳款單_網路", "約定轉帳",
        "AREA分期", "健保櫃檯分期", "紓困代收", "靜態宣導", "活動宣導", "系統檢核錯誤", "人工審核錯誤", "LINE文字交流", "LINE已讀回應",
        "跨區收件", "補換發健保卡", "在地製卡件數",
    ]

    /// `健保櫃檯加保`.
    public static let enrol = CountColumn("健保櫃檯加保", note: "APP健保櫃檯申辦件數（項目1 分子）", isCase: true)
    /// `健保櫃檯轉出`.
    public static let transferOut = CountColumn("健保櫃檯轉出", note: "APP健保櫃檯申辦件數（項目1 分子）", isCase: true)
    /// `健保櫃檯停保`.
    public static let suspend = CountColumn("健保櫃檯停保", note: "APP健保櫃檯申辦件數（項目1 分子）", isCase: true)
    /// `健保櫃檯復保`.
    public static let resume = CountColumn("健保櫃檯復保", note: "APP健保櫃檯申辦件數（項目1 分子）", isCase: true)
    /// `承保異動量`.
    public static let volume = CountColumn("承保異動量", note: "承保異動量（項目1 分母）")
    /// `電子繳款單_健保櫃檯`.
    public static let eBillCounter = CountColumn("電子繳款單_健保櫃檯", note: "透過APP健保櫃檯設定電子繳款單件數（項目2，×2）", isCase: true)
    /// `電子繳款單_網路`.
    public static let eBillWeb = CountColumn("電子繳款單_網路", note: "透過個人網路設定電子繳款單件數（項目2，×2）", isCase: true)
    /// `約定轉帳`.
    public static let autoDebit = CountColumn("約定轉帳", note: "代收保費約定轉帳件數（項目2，×1）", isCase: true)
    /// `AREA分期`.
    public static let areaInstalment = CountColumn("AREA分期", note: "AREA系統分期件數（項目3，×1）", isCase: true)
    /// `健保櫃檯分期`.
    public static let counterInstalment = CountColumn("健保櫃檯分期", note: "健保櫃檯分期件數（項目3，×2）", isCase: true)
    /// `紓困代收`.
    public static let reliefLoan = CountColumn("紓困代收", note: "代收紓困申貸件數（項目3，×2）", isCase: true)
    /// `靜態宣導`.
    public static let staticPromotion = CountColumn("靜態宣導", note: "靜態宣導次數（項目4，×1）")
    /// `活動宣導`.
    public static let eventPromotion = CountColumn("活動宣導", note: "活動宣導次數（項目4，×2）")
    /// `系統檢核錯誤`.
    public static let systemErrors = CountColumn("系統檢核錯誤", note: "系統檢核除錯件數（項目5）")
    /// `人工審核錯誤`.
    public static let manualErrors = CountColumn("人工審核錯誤", note: "人工審核除錯件數（項目5）")
    /// `LINE文字交流`.
    public static let lineText = CountColumn("LINE文字交流", note: "LINE文字交流次數（項目6，×0.5）")
    /// `LINE已讀回應`.
    public static let lineRead = CountColumn("LINE已讀回應", note: "LINE已讀回應次數（項目6，×0.2）")
    /// `跨區收件`.
    public static let crossDistrict = CountColumn("跨區收件", note: "跨區收件件數（項目7，×0.2）", isCase: true)
    /// `補換發健保卡`.
    public static let cardReplacement = CountColumn("補換發健保卡", note: "補換發健保卡件數（項目8，×0.25）", isCase: true)
    /// `在地製卡件數`.
    public static let localCards = CountColumn(
        "在地製卡件數", note: "在地製卡件數（僅在地製卡據點公所，項目8，×0.01；可省略，空白為 0）", required: false, isCase: true)

    /// The 111 document's columns, in the file's order.
    public static let allCases: [CountColumn] = [
        enrol, transferOut, suspend, resume, volume, eBillCounter, eBillWeb, autoDebit, areaInstalment, counterInstalment,
        reliefLoan, staticPromotion, eventPromotion, systemErrors, manualErrors, lineText, lineRead, crossDistrict,
        cardReplacement, localCards,
    ]

    /// 健保櫃檯申辦量's columns: 加保, 轉出, 停保, 復保.
    public static let applications = [enrol, transferOut, suspend, resume]
    /// 行動量's columns (行動服務貢獻獎's pool): 申辦量 + 電子繳款單_健保櫃檯 + 健保櫃檯分期.
    public static let mobile = applications + [eBillCounter, counterInstalment]
}

/// Counts by column: one month's row, or the sum over months. Absent columns are 0. Every
/// count is read within ``CountLimit`` (10¹²), so sums over one office's columns and months
/// cannot overflow; they are checked all the same (``CheckedCount``).
///
/// Stored by column slot rather than in a dictionary: a `CountColumn` hashes its Chinese
/// header, which made summing months the program's hot path; in 32 bits a count while they fit
/// (``CountSlots``).
public struct Counts: Sendable {
    private var values: CountSlots

    /// Counts from `values`; columns not given are 0.
    public init(_ values: [CountColumn: Int] = [:]) {
        self.values = CountSlots(zeros: max(CountColumn.allCases.count, (values.keys.map(\.position).max() ?? 0) + 1))
        for (column, value) in values { self.values[column.position] = value }
    }

    /// Zeros in `width` slots (``width(for:)``): what a reader fills slot by slot.
    init(width: Int) {
        values = CountSlots(zeros: width)
    }

    /// The slots counts of `columns` need: every 111 column's and theirs.
    static func width(for columns: [CountColumn]) -> Int {
        max(CountColumn.allCases.count, (columns.map(\.position).max() ?? 0) + 1)
    }

    /// The count in `slot` (a column's ``CountColumn/position``), within the width given.
    subscript(slot slot: Int) -> Int {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    /// The count in `slot` (a column's ``CountColumn/position``), 0 beyond the width given:
    /// what a reader holding the slots of its columns reads (no column copied per count).
    func count(inSlot slot: Int) -> Int {
        slot < values.count ? values[slot] : 0
    }

    /// The count of `column` (0 when never set).
    public subscript(_ column: CountColumn) -> Int {
        get { count(inSlot: column.position) }
        set {
            values.extend(to: column.position + 1)
            values[column.position] = newValue
        }
    }

    /// The sum of several columns.
    public func sum(_ columns: CountColumn...) -> Int {
        CheckedCount.boundedSum(columns.lazy.map { self[$0] })
    }

    /// The sum of `columns`.
    public func sum(_ columns: [CountColumn]) -> Int {
        CheckedCount.boundedSum(columns.lazy.map { self[$0] })
    }

    /// 健保櫃檯申辦量 = 加保 + 轉出 + 停保 + 復保.
    public var applications: Int { sum(CountColumn.applications) }

    /// 行動量 = 申辦量 + 電子繳款單_健保櫃檯 + 健保櫃檯分期 (行動服務貢獻獎's pool).
    public var mobileVolume: Int { sum(CountColumn.mobile) }

    /// Adds `b` column by column, in place.
    public static func += (a: inout Counts, b: Counts) {
        a.values.extend(to: b.values.count)
        for index in b.values.indices { a.values[index] = CheckedCount.boundedAdd(a.values[index], b.values[index]) }
    }

    /// The column-wise sum.
    public static func + (a: Counts, b: Counts) -> Counts {
        let (longer, shorter) = a.values.count >= b.values.count ? (a, b) : (b, a)
        var result = longer
        for index in shorter.values.indices { result.values[index] = CheckedCount.boundedAdd(result.values[index], shorter.values[index]) }
        return result
    }
}

extension Counts: Equatable {
    /// Equal counts in every column (a column never set is 0).
    public static func == (a: Counts, b: Counts) -> Bool {
        let width = max(a.values.count, b.values.count)
        return (0..<width).allSatisfy { (a.values.indices.contains($0) ? a.values[$0] : 0) == (b.values.indices.contains($0) ? b.values[$0] : 0) }
    }
}

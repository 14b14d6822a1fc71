import Foundation
import KaopingOffices111
import PingbiCore

/// A hypothetical 112 edition of the 高屏 program (docs/new-year.md §2): what `swift package
/// new-program --from KaopingOffices111 --name KaopingOffices112 --id kaoping-112` writes, plus
/// the (imagined) 112 document's differences, one line each, and nothing else. In a real module
/// this is `Programs/KaopingOffices112/Programs.swift`, the list is `public let programs` and the
/// sample is the module's `Sample/`; it lives under Tests/ so the shipped list holds only real
/// programs.
let kaopingPrograms: [any Program] = [
    Edition(
        base: kaoping112, id: "kaoping-112",
        title: "112年度中央健康保險署高屏業務組與高、屏、澎地區公所合作推動健保重點工作評比（假設）",
        sampleData: Kaoping112Sample.folder,
        settling: [
            SettledReading(KaopingReadings.promotionFactor, PromotionFactor.ten),  // 肆、二(4)：〔(A-B)/B〕*10+80
            SettledReading(KaopingReadings.lineCap, LineCap.three),  // 肆、二(6)：LINE群組活躍度≦3分
        ]),
]

/// The 111 program with the 112 document's differences.
let kaoping112: Kaoping111 = {
    var program = Kaoping111()
    // 貳、計畫期間：112年2月至9月。
    program.period = PeriodRange(YearMonth(year: 112, month: 2), YearMonth(year: 112, month: 9))
    // 肆、一 分組評比：依111年每月平均異動筆數 ≥250、100~249、40~99、<39（附件1：10、10、25、32 家）。
    program.groups = GroupScheme(measure: "111年月平均異動筆數", lowerBounds: [250, 100, 40], documentedSizes: [10, 10, 25, 32])
    // 肆、二(9) 推廣行動支付繳費（新增，讀 activity.csv 的「行動支付件數」欄）；肆、三：(1)*25%、(9)*5%。
    program.items.append(MobilePayments())
    program.weights["S1"] = Decimal.exact("0.25")
    program.weights["S9"] = Decimal.exact("0.05")
    // 肆、二(7) 跨區收件 刪除（其欄位不再必填，也不再計入協助件數）。
    program.bonuses.removeAll { $0.id == "S7" }
    // 伍、一 菁英獎：第一分組前 2 名，第二、三分組各前 4 名，第四分組前 5 名。
    program.eliteQuota = [1: 2, 2: 4, 3: 4, 4: 5]
    // 伍、二 行動服務貢獻獎：行動量前 12 名中錄取前 3 名。
    program.mobilePoolSize = 12
    program.mobileWinners = 3
    return program
}()

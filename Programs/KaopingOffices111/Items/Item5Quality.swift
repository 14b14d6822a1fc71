import Foundation
import PingbiCore

/// (5) 臨櫃收件品質（111：20%）.
///
/// > 1.系統檢核除錯 … 2.人工審核除錯 … 依錯誤件數予以扣分。
/// > 原始得分 A:100-錯誤件數*2≧80
/// > (當月若無錯誤件數加 2分，則得分為 102分)
/// > 組平均得分 B:組內各公所平均得分
/// > 本項得分(5)=〔(A-B)/B〕*10+80
///
/// Under `quality-basis=monthly` each month's A is 102 (no error) or max(80, 100 − 2 ×
/// errors), and the office's A is the mean over the months it has a row for: a missing month
/// is left out, so it cannot earn the error-free 102. The mean is an exact fraction.
/// Under `period`, one A from the period's total errors (over the months present). No cap.
/// An office with no month of the period at all has no A: it is left out of B and scores 80.
public struct Quality: GroupItem {
    /// The item.
    public init() {}

    public let id = "S5"
    public let name = "臨櫃收件品質"
    public let clause = "原始得分 A:100-錯誤件數*2≧80（當月若無錯誤件數加 2分，則得分為 102分）；組平均得分 B:組內各公所平均得分；本項得分(5)=〔(A-B)/B〕*10+80"
    public let label = "品質"
    public let columns: [CountColumn] = [.systemErrors, .manualErrors]
    public let aScale = 2

    /// A from a number of errors: 102 when none, else max(80, 100 − 2 × errors).
    static func a(errors: Int) -> Int {
        errors == 0 ? 102 : max(80, 100 - CheckedCount.boundedProduct(2, errors))
    }

    /// The office's A under `basis`, with its explanation; nil (undefined) when the office has
    /// no month of the period (every month missing: no month may earn 102, under either basis).
    func raw(_ office: OfficeActivity, basis: QualityBasis) -> (a: Fraction?, explanation: Explanation) {
        raw(months: office.months, missing: office.missing, total: office.total, basis: basis)
    }

    /// The A of an office with a row in `months`, none in `missing`, and the period's `total`,
    /// as ``raw(_:basis:)`` gives it.
    private func raw(
        months: MonthCounts, missing: [YearMonth], total: Counts, basis: QualityBasis
    ) -> (a: Fraction?, explanation: Explanation) {
        var explanation = Explanation("A5 \(name) A")
        explanation.add(.formula, "錯誤件數 = 系統檢核錯誤 + 人工審核錯誤；A = 102（無錯誤），否則 max(80, 100 − 錯誤件數×2)")
        guard !months.isEmpty else {
            explanation.add(.note, "期間內沒有任何月份的資料：A 無定義，不列入組平均 B，本項以 80 分計")
            explanation.result(nil)
            return (nil, explanation)
        }
        let result: Fraction
        switch basis {
        case .monthly:
            explanation.add(.note, "解讀「\(QualityBasis.monthly.label)」：逐月計算 A，再取有資料月份的平均")
            var sum = 0
            // Each month's errors read from the store; its counts only for the explanation.
            months.eachSum(columns) { index, errors in
                let value = Self.a(errors: errors)
                sum = CheckedCount.boundedAdd(sum, value)
                explanation.add(.input, "\(months[index].month)：系統檢核錯誤 \(months[index].counts[.systemErrors]) + 人工審核錯誤 \(months[index].counts[.manualErrors]) = \(errors) 件 → A = \(value)")
            }
            if !missing.isEmpty {
                explanation.add(.note, "缺 \(missing.map(\.description).joined(separator: "、")) 的資料：不列入月平均（不得 102 分）")
            }
            result = Fraction(sum, months.count)
            explanation.add(.substitution, "A = \(sum) / \(months.count) = \(result)")
        case .period:
            let errors = total.sum(columns)
            explanation.input("系統檢核錯誤（期間合計）", count: total[.systemErrors])
            explanation.input("人工審核錯誤（期間合計）", count: total[.manualErrors])
            explanation.add(.note, "解讀「\(QualityBasis.period.label)」：以期間合計錯誤件數計算一次 A")
            result = Fraction(Self.a(errors: errors))
            explanation.add(.substitution, errors == 0 ? "錯誤 0 件 → A = 102" : "max(80, 100 − \(errors)×2) = \(result)")
        }
        explanation.add(.result, result.description)
        return (result, explanation)
    }

    public func evaluate(_ input: GroupInput) -> [ItemScore] {
        collectedScores(input)
    }

    /// Every office's score in the group, as ``evaluate(_:)`` gives them, each handed to `body`
    /// with the office's index.
    public func eachScore(_ input: GroupInput, _ body: (Int, ItemScore.Parts) -> Void) {
        let basis: QualityBasis = input.readings(KaopingReadings.qualityBasis)
        var members = GroupRelativeScore.Members(capacity: input.offices.count)
        // Each office read where the group keeps it.
        for index in input.offices.indices {
            let (a, explanation) = raw(input.offices[index], basis: basis)
            members.append(a, explanation: explanation)
        }
        GroupRelativeScore.eachScore(
            title: scoreTitle(input), members: members, formula: .init(factor: 10, cap: nil),
            rounding: input.readings(KaopingReadings.rounding), undefined: "期間內沒有任何月份的資料，A 無定義", body)
    }

    public var examples: [Example] {
        let feb = YearMonth(year: 111, month: 2), mar = YearMonth(year: 111, month: 3)
        let errorFree = OfficeActivity(office: Office(name: "甲", group: 1), months: [(feb, Counts()), (mar, Counts())])
        let mixed = OfficeActivity(
            office: Office(name: "乙", group: 1),
            months: [(feb, Counts()), (mar, Counts([.systemErrors: 1, .manualErrors: 2]))])
        let gap = OfficeActivity(office: Office(name: "丙", group: 1), months: [(feb, Counts([.manualErrors: 5]))], missing: [mar])
        return [
            Example("當月無錯誤得 102", expect: 102) { Self.a(errors: 0) },
            Example("錯誤 3 件：100 − 3×2 = 94", expect: 94) { Self.a(errors: 3) },
            Example("下限 80：錯誤 15 件 100 − 30 = 70，以 80 計", expect: 80) { Self.a(errors: 15) },
            Example("逐月平均：(102 + 94) / 2 = 98", expect: Fraction(98)) { raw(mixed, basis: .monthly).a },
            Example("quality-basis=period：全期錯誤 3 件得 94", expect: Fraction(94)) { raw(mixed, basis: .period).a },
            Example("缺月不列入月平均，不得 102：只有 2 月（錯誤 5 件）者 A = 90", expect: Fraction(90)) { raw(gap, basis: .monthly).a },
            Example("B = (102+98+90)/3；A=102 得 ((3×102 − 290)×10)/290+80 = 80.55… → 80.6", expect: Decimal.exact("80.6")) {
                evaluate(GroupInput(offices: [errorFree, mixed, gap], readings: ReadingChoices())).first { $0.unit == "甲" }?.value
            },
            Example("同組平均者得 80 分：A 為 102、98、94，B = 98", expect: Decimal.exact("80")) { () -> Decimal? in
                let threeErrors = OfficeActivity(office: Office(name: "戊", group: 1), months: [(feb, Counts([.systemErrors: 3]))])
                return evaluate(GroupInput(offices: [errorFree, mixed, threeErrors], readings: ReadingChoices()))
                    .first { $0.unit == "乙" }?.value
            },
            Example("期間內沒有任何月份者 A 無定義，不列入 B：甲 102、乙 98 的 B 為 100，丁得 80、甲得 80.2", expect: [Decimal.exact("80"), Decimal.exact("80.2")]) {
                let none = OfficeActivity(office: Office(name: "丁", group: 1), months: [], missing: [feb, mar])
                let scores = evaluate(GroupInput(offices: [errorFree, mixed, none], readings: ReadingChoices()))
                return [scores[2].value, scores[0].value]
            },
            Example("全期逐月平均為分數：(102+102+94)/3 = 298/3，精確計算", expect: Fraction(298, 3)) {
                raw(OfficeActivity(office: Office(name: "丁", group: 1), months: [
                    (feb, Counts()), (mar, Counts()), (YearMonth(year: 111, month: 4), Counts([.systemErrors: 3])),
                ]), basis: .monthly).a
            },
        ]
    }
}

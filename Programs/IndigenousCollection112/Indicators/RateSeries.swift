import Foundation
import PingbiCore

/// One snapshot of an area's series: the table's period and the area's rate in it.
public struct SeriesPoint: Sendable, Equatable {
    /// The snapshot's period (`111-09`), or `本期` for the current table.
    public let period: String
    /// 本期收繳率 in that snapshot; nil when the area is not in it.
    public let rate: Decimal?
    /// That snapshot's 收繳率消長 (本期 − 前期); nil when the area is not in it.
    public let change: Decimal?

    /// A point.
    public init(period: String, rate: Decimal?, change: Decimal?) {
        self.period = period
        self.rate = rate
        self.change = change
    }
}

/// What tracking an area over the snapshots gives: values keyed as in the result, a trend line.
public struct Tracking: Sendable, Equatable {
    /// The rate in the first snapshot that has the area.
    public let first: Decimal
    /// The rate in the last snapshot that has the area.
    public let last: Decimal
    /// last − first, in percentage points.
    public let seriesChange: Decimal
    /// Consecutive periods of decline at the end of the series.
    public let declines: Int
    /// Snapshots that have the area.
    public let periods: Int
    /// The rate in each snapshot (nil where the area is missing).
    public let series: [Decimal?]
    /// The series as a sparkline, one character per snapshot (a space where the area is missing).
    public let trend: String
    /// The explanation of each value and of `trend`, by result key.
    public let explanations: [String: Explanation]
}

/// 收繳率追蹤: an area's rate over the 勞保局's bimonthly tables.
///
/// > 四(二)：「勞保局每二個月將被保險人之保險費收繳率函送衛福部轉知原民會、各直轄市及縣(市)政府。」
public struct RateSeries: Indicator {
    public let id = "series"
    public let name = "收繳率追蹤"
    public let clause = "四(二)：勞保局每二個月將被保險人之保險費收繳率函送衛福部轉知原民會、各直轄市及縣(市)政府。"

    /// What tracking reads: the points in period order and what counts as a decline.
    public struct Input: Sendable {
        /// The points, oldest first, one per snapshot.
        public let points: [SeriesPoint]
        /// What counts as a period of decline.
        public let basis: DeclineBasis

        /// An input.
        public init(points: [SeriesPoint], basis: DeclineBasis) {
            self.points = points
            self.basis = basis
        }
    }

    /// The indicator.
    public init() {}

    /// first, last, last − first, and the periods of decline counted back from the end (a
    /// snapshot without the area is skipped; a rise or a standstill ends the count). Nil when
    /// no snapshot has the area.
    public func evaluate(_ input: Input) -> Tracking? {
        let present = input.points.filter { $0.rate != nil }
        guard let firstPoint = present.first, let lastPoint = present.last,
              let first = firstPoint.rate, let last = lastPoint.rate else { return nil }
        let listing = input.points.map { point in
            guard let rate = point.rate else { return "\(point.period)：無資料" }
            return "\(point.period)：\(rate.fixed(2))（消長 \(point.change?.fixed(2) ?? "無")）"
        }.joined(separator: "；")
        func base(_ title: String) -> Explanation {
            var explanation = Explanation(title)
            explanation.add(.input, "各期本期收繳率(%)：" + listing)
            return explanation
        }
        var firstExplanation = base("首期收繳率（%）")
        firstExplanation.add(.note, "首期 = \(firstPoint.period)")
        firstExplanation.result(first)
        var lastExplanation = base("末期收繳率（%）")
        lastExplanation.add(.note, "末期 = \(lastPoint.period)")
        lastExplanation.result(last)
        var changeExplanation = base("期間變動（百分點）")
        changeExplanation.add(.formula, "期間變動 = 末期收繳率 − 首期收繳率")
        changeExplanation.add(.substitution, "\(last.plainText) − \(first.plainText) = \((last - first).plainText)")
        changeExplanation.result(last - first)

        var declineExplanation = base("期末連續下降期數")
        var flags: [Bool] = []
        switch input.basis {
        case .previous:
            declineExplanation.add(.formula, "下降 = 本期收繳率低於前一次報送（解讀「\(DeclineBasis.previous.label)」）")
            for step in SeriesRun.steps(input.points.map(\.rate)) {
                let before = input.points[step.from], after = input.points[step.to]
                flags.append(step.direction == .decline)
                let word = switch step.direction {
                case .decline: "下降"
                case .rise: "上升"
                case .standstill: "持平"
                }
                declineExplanation.add(.substitution, "\(after.period) \(after.rate!.fixed(2)) 較 \(before.period) \(before.rate!.fixed(2))：\(word)")
            }
        case .published:
            declineExplanation.add(.formula, "下降 = 該次報送之收繳率消長為負（解讀「\(DeclineBasis.published.label)」）")
            for point in present {
                let down = (point.change ?? 0) < 0
                flags.append(down)
                declineExplanation.add(.substitution, "\(point.period) 消長 \(point.change?.fixed(2) ?? "無")：\(down ? "下降" : "未下降")")
            }
        }
        let declines = SeriesRun.trailing(flags)
        declineExplanation.result(Decimal(declines))

        var periodsExplanation = base("期數")
        periodsExplanation.add(.note, "有本地區資料之報送次數")
        periodsExplanation.result(Decimal(present.count))

        let series = input.points.map(\.rate), trend = Sparkline.render(series)
        var trendExplanation = base("趨勢")
        let low = present.compactMap(\.rate).min()!, high = present.compactMap(\.rate).max()!
        trendExplanation.add(.formula, "每期一字元，以本地區最低 \(low.plainText) 為 ▁、最高 \(high.plainText) 為 █（全同為 ▄，缺期為空白）")
        trendExplanation.add(.result, trend)

        return Tracking(
            first: first, last: last, seriesChange: last - first, declines: declines, periods: present.count, series: series, trend: trend,
            explanations: [
                "first": firstExplanation, "last": lastExplanation, "series_change": changeExplanation,
                "declines": declineExplanation, "periods": periodsExplanation, "trend": trendExplanation,
            ])
    }

    public var examples: [Example] {
        let points = { @Sendable (rates: [String?], changes: [String]) in
            zip(["111-03", "111-05", "111-07", "111-09", "本期"], zip(rates, changes)).map {
                SeriesPoint(period: $0.0, rate: $0.1.0.map { Decimal.exact($0) }, change: Decimal.exact($0.1.1))
            }
        }
        let kuanhsi = points(["38.28", "37.50", "36.72", "35.94", "35.12"], ["2.42", "1.64", "0.86", "0.08", "-0.74"])
        return [
            Example("新竹縣關西鎮（範例）：連續 4 次低於前一次", expect: 4) {
                RateSeries().evaluate(Input(points: kuanhsi, basis: .previous))!.declines
            },
            Example("同一序列以 published 認定：僅最後一次消長為負，1 期", expect: 1) {
                RateSeries().evaluate(Input(points: kuanhsi, basis: .published))!.declines
            },
            Example("期間變動 = 35.12 − 38.28 = −3.16", expect: Decimal.exact("-3.16")) {
                RateSeries().evaluate(Input(points: kuanhsi, basis: .previous))!.seriesChange
            },
            Example("持平即中斷連續下降", expect: 1) {
                RateSeries().evaluate(Input(
                    points: points(["40", "39", "39", "38.5"], ["0", "0", "0", "0"]), basis: .previous))!.declines
            },
            Example("缺期略過，仍與前一次有資料者比較；趨勢線缺期為空白", expect: "2 █▅ ▁") {
                let tracking = RateSeries().evaluate(Input(
                    points: points(["40", "39", nil, "38"], ["0", "0", "0", "0"]), basis: .previous))!
                return "\(tracking.declines) \(tracking.trend)"
            },
        ]
    }
}

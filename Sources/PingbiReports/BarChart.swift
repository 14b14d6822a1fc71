import Foundation
import PingbiCore

/// A horizontal bar chart as inline SVG: one bar per unit, a zero axis (negative values go
/// left, positive right), an optional tick per bar (a previous value) and an optional cut
/// line under the last winner. Geometry only: every value shown comes from the result.
public struct BarChart: Sendable {
    /// How a bar is drawn.
    public enum Style: String, Sendable {
        /// An ordinary unit.
        case plain
        /// A winner of the award the cut line belongs to.
        case winner
        /// A unit that is not ranked (a national total row).
        case reference
        /// A unit with another outcome than the award the cut line belongs to (a review
        /// list, a watch list, a second award).
        case listed
    }

    /// One bar.
    public struct Bar: Sendable {
        /// The unit's name.
        public var label: String
        /// The value; `nil` draws no bar and shows `—`.
        public var value: Decimal?
        /// The value as shown at the right.
        public var text: String
        /// A tick drawn across the bar (e.g. the previous period's rate).
        public var tick: Decimal?
        /// How it is drawn.
        public var style: Style
        /// A series drawn after the value as a sparkline of small bars (``Sparkline/heights(_:)``),
        /// one per period, so it does not depend on the reader's fonts; a period without a value
        /// draws nothing.
        public var spark: [Decimal?]?

        /// A bar.
        public init(
            label: String, value: Decimal?, text: String, tick: Decimal? = nil, style: Style = .plain, spark: [Decimal?]? = nil
        ) {
            self.label = label
            self.value = value
            self.text = text
            self.tick = tick
            self.style = style
            self.spark = spark
        }
    }

    /// The bars, top to bottom.
    public var bars: [Bar]
    /// The index of the bar under which the cut line is drawn, if any.
    public var cutAfter: Int?
    /// The cut line's label (`菁英獎切線`).
    public var cutLabel: String
    /// Colour bars by sign (diverging) rather than by style.
    public var diverging: Bool
    /// What the chart shows, for screen readers.
    public var caption: String
    /// Lower values are better (a rank-sum score): the scale runs from high at the left to 0
    /// at the right and bars grow from the left end, so the best unit has the longest bar, as
    /// in every other chart. The left end is the largest value's next integer, so the worst
    /// unit still has a bar.
    public var reversed: Bool

    /// A chart.
    public init(
        caption: String, bars: [Bar], cutAfter: Int? = nil, cutLabel: String = "切線", diverging: Bool = false,
        reversed: Bool = false
    ) {
        self.caption = caption
        self.bars = bars
        self.cutAfter = cutAfter
        self.cutLabel = cutLabel
        self.diverging = diverging
        self.reversed = reversed
    }

    /// The chart's width in SVG units.
    static let width = 760
    /// The height of one row: 20, or 15 for charts of more than 30 bars (the 55 原鄉) so
    /// they stay near one A4 page.
    public var rowHeight: Int { bars.count > 30 ? 15 : 20 }
    /// The space above the first row.
    public static let top = 8

    /// The space left under the cut line for its label.
    public static let cutGap = 18

    /// The y coordinate of the cut line drawn under bar `index`.
    public func cutY(after index: Int) -> Int { Self.top + (index + 1) * rowHeight + 2 }

    /// The top of row `index`, below the gap when it comes after the cut line.
    func rowY(_ index: Int) -> Int {
        Self.top + index * rowHeight + (cutAfter.map { index > $0 ? Self.cutGap : 0 } ?? 0)
    }

    /// The chart as an `<svg>` element.
    public func svg() -> String {
        let labelWidth = min(240, (bars.map { DisplayWidth.of($0.label) + 2 }.max() ?? 4) * 7 + 12)
        let textWidth = (bars.map { DisplayWidth.of($0.text) }.max() ?? 6) * 7
        let sparkLength = bars.map { $0.spark?.count ?? 0 }.max() ?? 0
        let valueWidth = max(90, textWidth + 16) + (sparkLength > 0 ? sparkLength * 5 + 8 : 0)
        let x0 = labelWidth, x1 = Self.width - valueWidth
        let numbers = bars.flatMap { [$0.value, $0.tick].compactMap { $0 } }
        let low = min(Decimal(0), numbers.min() ?? 0)
        var high = max(Decimal(0), numbers.max() ?? 0)
        if reversed { high = (high - Decimal.exact("0.5")).rounded(0) + 1 }
        if high == low { high = low + 1 }
        func x(_ value: Decimal) -> Decimal {
            let share = (value - low) * Decimal(x1 - x0) / (high - low)
            return reversed ? Decimal(x1) - share : Decimal(x0) + share
        }
        func n(_ value: Decimal) -> String { value.rounded(1).plainText }
        let bottom = rowY(bars.count)
        let height = bottom + 26
        var out = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.width) \(height)\" "
        out += "width=\"\(Self.width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(caption))\">\n"
        // Bars start at zero, or at the high end of a reversed scale.
        let zero = reversed ? Decimal(x0) : x(0)
        for (index, bar) in bars.enumerated() {
            let y = rowY(index)
            let star = bar.style == .winner ? "★ " : (bar.style == .listed ? "◆ " : "")
            out += "<g class=\"bar \(bar.style.rawValue)\" data-unit=\"\(HTMLText.escape(bar.label))\">"
            out += "<text class=\"label\" x=\"\(x0 - 6)\" y=\"\(y + rowHeight - 6)\" text-anchor=\"end\">\(HTMLText.escape(star + bar.label))</text>"
            if let value = bar.value {
                let end = x(value)
                let left = min(zero, end), length = abs(end - zero)
                let fill: String
                if bar.style == .reference { fill = "#9e9e9e" }
                else if diverging { fill = value < 0 ? "#c0504d" : "#4f8a3c" }
                else { fill = bar.style == .winner ? "#d4a017" : (bar.style == .listed ? "#b86b5a" : "#5b7fa6") }
                out += "<rect x=\"\(n(left))\" y=\"\(y + 3)\" width=\"\(n(max(length, Decimal.exact("0.5"))))\" height=\"\(rowHeight - 6)\" fill=\"\(fill)\""
                out += bar.style == .winner ? " stroke=\"#8a6500\" stroke-width=\"1.5\"/>" : "/>"
            }
            if let tick = bar.tick {
                out += "<line class=\"tick\" x1=\"\(n(x(tick)))\" x2=\"\(n(x(tick)))\" y1=\"\(y + 1)\" y2=\"\(y + rowHeight - 1)\" stroke=\"#222\" stroke-width=\"2\"/>"
            }
            out += "<text class=\"value\" x=\"\(x1 + 8)\" y=\"\(y + rowHeight - 6)\">\(HTMLText.escape(bar.text))</text>"
            if let spark = bar.spark {
                out += "<g class=\"spark\" data-trend=\"\(HTMLText.escape(Sparkline.render(spark)))\">"
                for (position, level) in Sparkline.heights(spark).enumerated() {
                    guard let level else { continue }
                    let height = 2 + level * (rowHeight - 7) / (Sparkline.levels.count - 1)
                    out += "<rect x=\"\(x1 + 8 + textWidth + 8 + position * 5)\" y=\"\(y + rowHeight - 3 - height)\" width=\"4\" height=\"\(height)\" fill=\"#2b4c7e\"/>"
                }
                out += "</g>"
            }
            out += "</g>\n"
        }
        out += "<line class=\"axis\" x1=\"\(n(zero))\" x2=\"\(n(zero))\" y1=\"\(Self.top - 4)\" y2=\"\(bottom + 2)\" stroke=\"#333\" stroke-width=\"1\"/>\n"
        let (left, right) = reversed ? (high, low) : (low, high)
        out += "<text class=\"scale\" x=\"\(x0)\" y=\"\(bottom + 16)\" text-anchor=\"start\">\(HTMLText.escape(left.plainText))</text>"
        if low != 0 && high != 0 {
            out += "<text class=\"scale\" x=\"\(n(x(0)))\" y=\"\(bottom + 16)\" text-anchor=\"middle\">0</text>"
        }
        out += "<text class=\"scale\" x=\"\(x1)\" y=\"\(bottom + 16)\" text-anchor=\"end\">\(HTMLText.escape(right.plainText))</text>\n"
        if let cutAfter, bars.indices.contains(cutAfter) {
            let y = cutY(after: cutAfter)
            out += "<line class=\"cut-line\" data-after=\"\(HTMLText.escape(bars[cutAfter].label))\" x1=\"4\" x2=\"\(Self.width - 4)\" "
            out += "y1=\"\(y)\" y2=\"\(y)\" stroke=\"#d00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            out += "<text class=\"cut-label\" x=\"\(Self.width - 6)\" y=\"\(y + 13)\" text-anchor=\"end\" fill=\"#d00\">\(HTMLText.escape(cutLabel))</text>\n"
        }
        return out + "</svg>"
    }
}
